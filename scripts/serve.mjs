// Serves the demo page (www/) and the built package (pkg/) on 127.0.0.1 with
// a strict Content-Security-Policy. `node scripts/serve.mjs` prints the URL;
// tests import startServer() and listen on port 0.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

const MOUNTS = [
  { prefix: '/pkg/', dir: join(repoRoot, 'pkg') },
  { prefix: '/', dir: join(repoRoot, 'www') },
];

function securityHeaders(type) {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function send(response, status, type, body) {
  response.writeHead(status, securityHeaders(type));
  response.end(body);
}

async function serveStatic(request, response, pathname) {
  const mount = MOUNTS.find((m) => pathname.startsWith(m.prefix));
  let relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(mount.dir, normalize(relative));
  if (!file.startsWith(mount.dir + sep)) return send(response, 403, 'text/plain', 'forbidden\n');
  try {
    const body = await readFile(file);
    const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, request.method === 'HEAD' ? undefined : body);
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
  }
}

/** Starts the server; resolves to { server, url, close() }. */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, 'http://localhost');
      if (request.method === 'GET' || request.method === 'HEAD') return await serveStatic(request, response, pathname);
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    } catch (error) {
      send(response, 500, 'text/plain; charset=utf-8', `server error: ${error.message}\n`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      resolvePromise({ server, url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  console.log(`Blindfold demo: ${url}  (Ctrl-C to stop)`);
}
