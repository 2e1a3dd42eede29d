#!/usr/bin/env bash
# The demo command: installs what the build needs, builds the package, and
# serves the demo page on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs
