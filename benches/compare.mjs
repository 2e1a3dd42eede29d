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

import { best, form, MESSAGE, scanTexts } from './support/inputs.mjs';

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2 || resolve(dirs[0]) === resolve(dirs[1])) {
  // One directory twice would be one module, one wasm instance, shared.
  console.error('usage: node benches/compare.mjs BEFORE_PKG_DIR AFTER_PKG_DIR (two different directories)');
  process.exit(2);
}
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
const { mixed, realistic, plain } = scanTexts(corpus, 2 << 20, Buffer.byteLength);
const texts = { dense: mixed, realistic, 'PII-free': plain };
const records = Array.from({ length: 10000 }, (_, i) => form(i));

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
      for (let i = 0; i < calls; i++) bf.scan(MESSAGE);
    }));
    keep('redactRecords (records/s)', (records.length * 1000) / best(3, () => bf.redactRecords(records)));
  }
}
console.log(`${'measure'.padEnd(28)} ${'before'.padStart(12)} ${'after'.padStart(12)}   after/before`);
for (const name of Object.keys(results[0])) {
  const [before, after] = results.map((row) => row[name]);
  console.log(`${name.padEnd(28)} ${before.toFixed(1).padStart(12)} ${after.toFixed(1).padStart(12)}   ${(after / before).toFixed(3)}x`);
}
