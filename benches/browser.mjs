// The built package's speed in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core), where it is meant to run: the texts, message and
// form of benches/scan.mjs and benches/records.mjs (benches/support/inputs.mjs,
// served to the page), measured in a page.
//   bash scripts/build.sh && node benches/browser.mjs
// The peer (redact-pii) is a Node package with Node dependencies, so its
// ratios are measured in Node by those two benchmarks, not here.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

import { launchChromium } from '../tests/browser/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const FILES = {
  '/corpus.json': ['benches/corpus.json', 'application/json'],
  '/inputs.mjs': ['benches/support/inputs.mjs', 'text/javascript'],
  '/index.js': ['pkg/index.js', 'text/javascript'],
  '/wasm/blindfold_core.js': ['pkg/wasm/blindfold_core.js', 'text/javascript'],
  '/wasm/blindfold_core_bg.wasm': ['pkg/wasm/blindfold_core_bg.wasm', 'application/wasm'],
};
const server = createServer(async (request, response) => {
  if (request.url === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>blindfold benchmark</title>');
    return;
  }
  const file = FILES[request.url];
  if (!file) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'Content-Type': file[1] });
  response.end(await readFile(root + file[0]));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const version = browser.version();
  const result = await page.evaluate(async () => {
    const { Blindfold } = await import('/index.js');
    const { best, form, MESSAGE, scanTexts, warmUp } = await import('/inputs.mjs');
    const bf = await Blindfold.create();
    const corpus = await (await fetch('/corpus.json')).json();
    const encoder = new TextEncoder();
    const bytesOf = (text) => encoder.encode(text).length;
    const scan = {};
    for (const [name, text] of Object.entries(scanTexts(corpus, 2 << 20, bytesOf))) {
      let findings = 0;
      warmUp(() => bf.scan(text));
      const ms = best(5, () => {
        findings = bf.scan(text).length;
      });
      scan[name] = { mbPerSecond: bytesOf(text) / 1e3 / ms, findings };
    }
    const messageUs = (best(5, () => {
      for (let i = 0; i < 20000; i++) bf.scan(MESSAGE);
    }) * 1000) / 20000;
    const records = Array.from({ length: 20000 }, (_, i) => form(i));
    const recordUs = (best(5, () => {
      for (let i = 0; i < 5000; i++) bf.redactRecord(records[i]);
    }) * 1000) / 5000;
    const batchMs = best(3, () => bf.redactRecords(records));
    // In parts of 500, yielding to the page between parts.
    let asyncMs = Infinity;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      await bf.redactRecordsAsync(records);
      asyncMs = Math.min(asyncMs, performance.now() - started);
    }
    return {
      scan,
      messageUs,
      recordUs,
      recordsPerSecond: records.length / (batchMs / 1000),
      asyncPerSecond: records.length / (asyncMs / 1000),
      length: MESSAGE.length,
    };
  });
  console.log(`headless Chromium ${version}; 2.1 MB texts, best of 5 after 1 s of warm-up`);
  for (const [name, { mbPerSecond, findings }] of Object.entries(result.scan)) {
    console.log(`${name.padEnd(10)} ${mbPerSecond.toFixed(1).padStart(7)} MB/s ${String(findings).padStart(9)} findings`);
  }
  console.log(`one ${result.length}-character message: ${result.messageUs.toFixed(1)} µs/call`);
  console.log(`one 10-field form through bf.redactRecord: ${result.recordUs.toFixed(1)} µs/record`);
  console.log(`batched (bf.redactRecords, 20000 records): ${Math.round(result.recordsPerSecond).toLocaleString('en')} records/s`);
  console.log(`in parts (bf.redactRecordsAsync, 20000 records): ${Math.round(result.asyncPerSecond).toLocaleString('en')} records/s`);
} finally {
  await browser.close();
  server.close();
}
