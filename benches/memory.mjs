// wasm memory over 1,000,000 rounds of three calls (redactText, redactRecord,
// restore; the vault cleared every 1,000 rounds): the linear memory, sampled
// every 100,000 rounds after a warm-up, should not grow. The Node suite runs
// the same workload for 100,000 rounds.
//   bash scripts/build.sh && node benches/memory.mjs
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { Blindfold } from '../pkg/node.js';
import { initSync } from '../pkg/wasm/blindfold_core.js';

/**
 * Runs `rounds` rounds after a 20,000-round warm-up; returns the wasm memory
 * size in bytes after the warm-up and after every `every` rounds.
 */
export function memoryOverRounds(rounds, every = rounds) {
  // The module is already instantiated by the Node entry; this returns its exports.
  const { memory } = initSync({ module: readFileSync(new URL('../pkg/wasm/blindfold_core_bg.wasm', import.meta.url)) });
  const bf = new Blindfold({ key: { id: 'k1', secret: new Uint8Array(32).fill(3) } });
  const work = (i) => {
    bf.redactText(`Ticket ${i}: mail jana${i % 100}@example.com, call +44 20 7946 0${String(i % 1000).padStart(3, '0')}`);
    bf.redactRecord({ id: i, email: `user${i % 100}@example.com`, notes: 'call me' });
    bf.restore('Dear <EMAIL_1>, we called <PHONE_2>.');
    if (i % 1000 === 0) bf.clearVault();
  };
  for (let i = 0; i < 20_000; i++) work(i);
  const samples = [memory.buffer.byteLength];
  for (let i = 1; i <= rounds; i++) {
    work(i);
    if (i % every === 0) samples.push(memory.buffer.byteLength);
  }
  bf.free();
  return samples;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const started = performance.now();
  const samples = memoryOverRounds(1_000_000, 100_000);
  const seconds = (performance.now() - started) / 1000;
  console.log(`wasm memory (bytes) after warm-up, then every 100,000 of 1,000,000 rounds (3,000,000 calls): ${samples.join(', ')}`);
  console.log(`growth: ${samples.at(-1) - samples[0]} bytes; JS heap used ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB; ${seconds.toFixed(1)} s`);
}
