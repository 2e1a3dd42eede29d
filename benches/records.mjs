// Records: how they cross the JS/wasm boundary, and how fast a form goes
// through, side by side in one run:
//   bash scripts/build.sh && node benches/records.mjs
// It builds a benchmark-only variant (feature boundary-bench, into
// target/bench-pkg) whose extra entry points take records as JS objects,
// walked by serde-wasm-bindgen or by this crate's own Reflect walker, to
// compare with the JSON text the package uses. redact-pii, applied to each
// string field, is the peer.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

import { best, form } from './support/inputs.mjs';

const root = new URL('..', import.meta.url).pathname;
execFileSync('bash', ['scripts/build.sh'], {
  cwd: root,
  env: { ...process.env, BLINDFOLD_FEATURES: 'boundary-bench', BLINDFOLD_OUT: 'target/bench-pkg' },
  stdio: 'inherit',
});
const { Blindfold } = await import('../target/bench-pkg/node.js');
const { BlindfoldCore } = await import('../target/bench-pkg/wasm/blindfold_core.js');
const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');

const records = Array.from({ length: 20000 }, (_, i) => form(i));
const perCall = (label, redact) => {
  const calls = 5000;
  const ms = best(5, () => {
    for (let i = 0; i < calls; i++) redact(records[i]);
  });
  return { label, us: (ms * 1000) / calls };
};

const bf = new Blindfold();
const core = new BlindfoldCore(undefined);
const redactor = new SyncRedactor();
const peerRedact = (record) => {
  const out = {};
  for (const [k, v] of Object.entries(record)) out[k] = typeof v === 'string' ? redactor.redact(v) : v;
  return out;
};
// The three boundaries each return what the package gets from the module
// and must agree before their speed means anything: the package's JSON
// text path returns the record as JSON and its findings as numbers
// (decoded by the package, which adds its input checks and the report: a
// row of its own); the two object walks return `{ value, findings }` as
// JS objects.
const viaJsonCore = (coreInstance) => (r) => {
  const encoded = coreInstance.redactRecord(JSON.stringify(r), undefined);
  return { parsed: JSON.parse(encoded.json), findings: encoded.findings };
};
const viaPackage = JSON.stringify((({ value, report }) => ({ value, findings: report.findings }))(new Blindfold().redactRecord(records[1])));
for (const other of [new BlindfoldCore(undefined).redactRecordSerde(records[1]), new BlindfoldCore(undefined).redactRecordWalk(records[1])]) {
  if (JSON.stringify(other) !== viaPackage) throw new Error(`boundaries disagree: ${JSON.stringify(other)} vs ${viaPackage}`);
}

const rows = [
  perCall('JSON text and numbers (what the package uses)', viaJsonCore(new BlindfoldCore(undefined))),
  perCall('serde-wasm-bindgen object walk', (r) => core.redactRecordSerde(r)),
  perCall('Reflect walk (own walker)', (r) => core.redactRecordWalk(r)),
  perCall('the package: bf.redactRecord (+ checks, report)', (r) => bf.redactRecord(r)),
  perCall('redact-pii on each string field (peer)', peerRedact),
];
console.log('one 10-field form record, best of 5 × 5000 calls:');
for (const row of rows) {
  console.log(`  ${row.label.padEnd(48)} ${row.us.toFixed(1).padStart(7)} µs/record  ${(rows[0].us / row.us).toFixed(2)}× the JSON path's speed`);
}

// The boundary alone: a policy that keeps everything, so no field is scanned.
const keepAll = { policy: { rules: [{ path: '**', op: 'keep' }] } };
const coreKeep = new BlindfoldCore(keepAll);
const bfKeep = new Blindfold(keepAll);
const boundary = [
  perCall('JSON text and numbers (what the package uses)', viaJsonCore(new BlindfoldCore(keepAll))),
  perCall('serde-wasm-bindgen object walk', (r) => coreKeep.redactRecordSerde(r)),
  perCall('Reflect walk (own walker)', (r) => coreKeep.redactRecordWalk(r)),
  perCall('the package: bf.redactRecord (+ checks, report)', (r) => bfKeep.redactRecord(r)),
];
console.log('the boundary alone (policy keeps every field):');
for (const row of boundary) {
  console.log(`  ${row.label.padEnd(48)} ${row.us.toFixed(1).padStart(7)} µs/record  ${(boundary[0].us / row.us).toFixed(2)}× the JSON path's speed`);
}

const batchMs = best(3, () => bf.redactRecords(records));
const peerBatchMs = best(1, () => records.slice(0, 2000).forEach(peerRedact)) * 10;
console.log(
  `batched (bf.redactRecords, ${records.length} records): ${Math.round(records.length / (batchMs / 1000)).toLocaleString('en')} records/s; ` +
    `redact-pii ${Math.round(records.length / (peerBatchMs / 1000)).toLocaleString('en')} records/s (${(peerBatchMs / batchMs).toFixed(1)}×)`,
);

// Values of one record found in every record of the batch: the batch's
// values are gathered once, so a batch ten times the size takes ten times
// as long (it once grew with the square of the size).
const batchWide = new Blindfold({ policy: { propagate: 'batch' } });
const wideRate = (count) => {
  const part = records.slice(0, count);
  return Math.round(count / (best(3, () => batchWide.redactRecords(part)) / 1000));
};
const [wideSmall, wideLarge] = [wideRate(2000), wideRate(20000)];
// In parts of 500 (redactRecordsAsync), the batch's values are built once too.
const asyncStarted = performance.now();
await batchWide.redactRecordsAsync(records);
const wideAsync = Math.round(records.length / ((performance.now() - asyncStarted) / 1000));
console.log(
  `propagate: "batch": ${wideSmall.toLocaleString('en')} records/s over 2,000 records, ` +
    `${wideLarge.toLocaleString('en')} over 20,000 (${(wideLarge / wideSmall).toFixed(2)}× the rate; 1.00 = linear); ` +
    `in parts (redactRecordsAsync, 20,000) ${wideAsync.toLocaleString('en')}`,
);

// Where a batch's time goes: the module's call alone (JSON text in and
// out) and the package's two JSON steps around it, each timed on its own
// (best of 5; their sum is not the total, which also copies the input and
// counts the report, and runs differ by a microsecond or so).
const batchJson = JSON.stringify(records);
const batchCore = new BlindfoldCore(undefined);
let batchOut;
const perRecord = (ms) => ((ms * 1000) / records.length).toFixed(1);
const moduleMs = best(5, () => {
  batchOut = batchCore.redactRecords(batchJson, undefined, 0);
});
const stringifyMs = best(5, () => JSON.stringify(records));
const parseMs = best(5, () => JSON.parse(batchOut.json));
console.log(
  `  per record in the batch: ${perRecord(batchMs)} µs in all; the module's call alone ${perRecord(moduleMs)}; ` +
    `JSON.stringify of the input ${perRecord(stringifyMs)}, JSON.parse of the output ${perRecord(parseMs)}`,
);
