// Scanning speed of the built package (wasm in Node) side by side with the
// peer redact-pii, on the same texts in the same run:
//   bash scripts/build.sh && node benches/scan.mjs
// Texts come from benches/corpus.json, built as benches/support/mod.rs does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Blindfold } from '../pkg/node.js';

const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));

function build(pick, bytes) {
  let text = '';
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const part = pick(index);
    text += part;
    size += Buffer.byteLength(part);
  }
  return text;
}

const texts = {
  mixed: (bytes) => build((i) => corpus.mixed[(i * 7) % corpus.mixed.length], bytes),
  realistic: (bytes) =>
    build((i) => (i % 10 === 0 ? corpus.mixed[((i / 10) * 7) % corpus.mixed.length] : corpus.plain[(i * 3) % corpus.plain.length]), bytes),
  plain: (bytes) => build((i) => corpus.plain[(i * 3) % corpus.plain.length], bytes),
};

function best(runs, work) {
  let fastest = Infinity;
  let result;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result };
}

const bf = new Blindfold();
const redactor = new SyncRedactor();
const size = Number(process.env.BENCH_BYTES ?? 2 << 20);
console.log(`text size ${(size / 1e6).toFixed(1)} MB; best of 5 (blindfold) and 2 (redact-pii)`);
console.log('text        blindfold scan   redact-pii redact   ratio   findings');
for (const [name, make] of Object.entries(texts)) {
  const text = make(size);
  const mb = Buffer.byteLength(text) / 1e6;
  const ours = best(5, () => bf.scan(text));
  const peer = best(2, () => redactor.redact(text));
  const oursSpeed = mb / (ours.ms / 1000);
  const peerSpeed = mb / (peer.ms / 1000);
  console.log(
    `${name.padEnd(10)} ${oursSpeed.toFixed(1).padStart(9)} MB/s ${peerSpeed.toFixed(1).padStart(12)} MB/s ${(oursSpeed / peerSpeed).toFixed(1).padStart(6)}x ${String(ours.result.length).padStart(9)}`,
  );
}

// Latency of one short chat message.
const message = 'Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.';
const calls = 20000;
const latency = best(3, () => {
  for (let i = 0; i < calls; i++) bf.scan(message);
});
const peerLatency = best(3, () => {
  for (let i = 0; i < 2000; i++) redactor.redact(message);
});
console.log(
  `one ${message.length}-character message: blindfold ${((latency.ms * 1000) / calls).toFixed(1)} µs/call, ` +
    `redact-pii ${((peerLatency.ms * 1000) / 2000).toFixed(1)} µs/call`,
);
