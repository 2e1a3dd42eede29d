// Node entry: instantiates the wasm module synchronously at import, so Node
// code can use Blindfold with no init() ceremony.
import { readFileSync } from 'node:fs';
import { initSync } from './index.js';

initSync(readFileSync(new URL('./wasm/blindfold_core_bg.wasm', import.meta.url)));

export * from './index.js';
