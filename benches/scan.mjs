// Scanning speed of the built package (wasm in Node) side by side with the
// peer redact-pii, on the same texts in the same run:
//   bash scripts/build.sh && node benches/scan.mjs
// Texts come from benches/corpus.json, built as benches/support/mod.rs does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Blindfold } from '../pkg/node.js';
import { best, MESSAGE, scanTexts, warmUp } from './support/inputs.mjs';

const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));

const bf = new Blindfold();
const redactor = new SyncRedactor();
const size = Number(process.env.BENCH_BYTES ?? 2 << 20);
console.log(
  `text size ${(size / 1e6).toFixed(1)} MB; best of 5 (blindfold) and 2 (redact-pii), each after 1 s of warm-up`,
);
console.log('text        blindfold scan   redact-pii redact   ratio   findings');
for (const [name, text] of Object.entries(scanTexts(corpus, size, Buffer.byteLength))) {
  const mb = Buffer.byteLength(text) / 1e6;
  let findings = 0;
  warmUp(() => bf.scan(text));
  const ours = best(5, () => {
    findings = bf.scan(text).length;
  });
  warmUp(() => redactor.redact(text));
  const peer = best(2, () => redactor.redact(text));
  const oursSpeed = mb / (ours / 1000);
  const peerSpeed = mb / (peer / 1000);
  console.log(
    `${name.padEnd(10)} ${oursSpeed.toFixed(1).padStart(9)} MB/s ${peerSpeed.toFixed(1).padStart(12)} MB/s ${(oursSpeed / peerSpeed).toFixed(1).padStart(6)}x ${String(findings).padStart(9)}`,
  );
}

// Latency of one short chat message.
const calls = 20000;
const latency = best(3, () => {
  for (let i = 0; i < calls; i++) bf.scan(MESSAGE);
});
const peerLatency = best(3, () => {
  for (let i = 0; i < 2000; i++) redactor.redact(MESSAGE);
});
console.log(
  `one ${MESSAGE.length}-character message: blindfold ${((latency * 1000) / calls).toFixed(1)} µs/call, ` +
    `redact-pii ${((peerLatency * 1000) / 2000).toFixed(1)} µs/call`,
);
