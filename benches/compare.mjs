// Two builds of the package side by side in one Node process, for A/B
// measurements of a change (timings of separate runs on a shared machine
// differ by more than most changes):
//   node benches/compare.mjs BEFORE_PKG_DIR AFTER_PKG_DIR
// e.g. a worktree of the previous commit built with `bash scripts/build.sh`
// against this one's pkg/. Rounds alternate between the two; each figure is
// the best of 3 rounds x 3 runs. Texts are those of benches/scan.mjs, the
// form that of benches/records.mjs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) {
  console.error('usage: node benches/compare.mjs BEFORE_PKG_DIR AFTER_PKG_DIR');
  process.exit(2);
}
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
function build(pick, bytes) {
  let text = '';
  for (let index = 0, size = 0; size < bytes; index++) {
    const part = pick(index);
    text += part;
    size += Buffer.byteLength(part);
  }
  return text;
}
const size = 2 << 20;
const texts = {
  dense: build((i) => corpus.mixed[(i * 7) % corpus.mixed.length], size),
  realistic: build(
    (i) => (i % 10 === 0 ? corpus.mixed[((i / 10) * 7) % corpus.mixed.length] : corpus.plain[(i * 3) % corpus.plain.length]),
    size,
  ),
  'PII-free': build((i) => corpus.plain[(i * 3) % corpus.plain.length], size),
};
const message = 'Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.';
const form = (i) => ({
  id: 100000 + i,
  name: `Jana Nováková ${i % 50}`,
  email: `jana.novakova${i % 50}@example.cz`,
  phone: `+420 601 123 ${String(i % 1000).padStart(3, '0')}`,
  country: 'CZ',
  plan: 'pro',
  amount: 49.9,
  consent: true,
  subject: 'Refund for order',
  message: `Hi, it's Jana again. My order ${88231 + i} arrived broken; please call me back on +420 601 123 456.`,
});
const records = Array.from({ length: 10000 }, (_, i) => form(i));

function best(runs, work) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const builds = [];
for (const dir of dirs) {
  const { Blindfold } = await import(pathToFileURL(resolve(dir, 'node.js')).href);
  builds.push(new Blindfold());
}
// Higher is better for every row: MB/s, calls/s, records/s.
const results = builds.map(() => ({}));
for (let round = 0; round < 3; round++) {
  for (const [index, bf] of builds.entries()) {
    const row = results[index];
    const keep = (name, value) => {
      row[name] = Math.max(row[name] ?? 0, value);
    };
    for (const [name, text] of Object.entries(texts)) {
      keep(`scan ${name} (MB/s)`, Buffer.byteLength(text) / 1e3 / best(3, () => bf.scan(text)));
    }
    const calls = 20000;
    keep('scan message (calls/s)', (calls * 1000) / best(3, () => {
      for (let i = 0; i < calls; i++) bf.scan(message);
    }));
    keep('redactRecords (records/s)', (records.length * 1000) / best(3, () => bf.redactRecords(records)));
  }
}
console.log(`${'measure'.padEnd(28)} ${'before'.padStart(12)} ${'after'.padStart(12)}   after/before`);
for (const name of Object.keys(results[0])) {
  const [before, after] = results.map((row) => row[name]);
  console.log(`${name.padEnd(28)} ${before.toFixed(1).padStart(12)} ${after.toFixed(1).padStart(12)}   ${(after / before).toFixed(3)}x`);
}
