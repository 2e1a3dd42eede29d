// Pseudonyms per second in wasm under Node, against node:crypto's native
// HMAC-SHA-256 of the same values as a baseline in the same run, and restore
// throughput, one-shot against streamed:
//   bash scripts/build.sh && node benches/pseudonym.mjs
import { createHmac } from 'node:crypto';

import { Blindfold } from '../pkg/node.js';

const bf = new Blindfold({ key: { id: 'k1', secret: new Uint8Array(32).fill(7) } });
const values = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com`);
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  for (const value of values) bf.pseudonymize(value, 'EMAIL');
  best = Math.min(best, performance.now() - started);
}
let baseline = Infinity;
const secret = new Uint8Array(32).fill(7);
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  for (const value of values) createHmac('sha256', secret).update(`blindfold/pseudonym/v1\0EMAIL\0\0${value}`).digest();
  baseline = Math.min(baseline, performance.now() - started);
}
const ours = values.length / (best / 1000);
const theirs = values.length / (baseline / 1000);
console.log(
  `pseudonymize: ${Math.round(ours)} values/s (wasm, Node ${process.versions.node}); ` +
    `node:crypto HMAC-SHA-256 alone (native, no normalization or encoding): ${Math.round(theirs)} values/s (${(ours / theirs).toFixed(2)}x)`,
);

// Restore: an answer of ~1 MB with a token every ~60 characters.
const redactor = new Blindfold();
const { text } = redactor.redactText(Array.from({ length: 2000 }, (_, i) => `contact person${i}@example.com please`).join('. '));
const answer = text.repeat(Math.ceil(1_000_000 / text.length));
const mb = answer.length / 1e6;
let oneShot = Infinity;
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  redactor.restore(answer);
  oneShot = Math.min(oneShot, performance.now() - started);
}
let streamed = Infinity;
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  const stream = redactor.restoreStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const drain = (async () => {
    while (!(await reader.read()).done);
  })();
  for (let i = 0; i < answer.length; i += 64) await writer.write(answer.slice(i, i + 64));
  await writer.close();
  await drain;
  streamed = Math.min(streamed, performance.now() - started);
}
console.log(`restore: ${(mb / (oneShot / 1000)).toFixed(1)} MB/s one-shot, ${(mb / (streamed / 1000)).toFixed(1)} MB/s streamed in 64-character chunks (${(streamed / oneShot).toFixed(1)}x the one-shot time)`);
