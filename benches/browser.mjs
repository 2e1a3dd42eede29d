// The built package's speed in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core), where it is meant to run: the texts and the form
// of benches/scan.mjs and benches/records.mjs, measured in a page.
//   bash scripts/build.sh && node benches/browser.mjs
// The peer (redact-pii) is a Node package with Node dependencies, so its
// ratios are measured in Node by those two benchmarks, not here.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

import { launchChromium } from '../tests/browser/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const FILES = {
  '/corpus.json': ['benches/corpus.json', 'application/json'],
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
    const bf = await Blindfold.create();
    const corpus = await (await fetch('/corpus.json')).json();
    const encoder = new TextEncoder();
    const bytesOf = (text) => encoder.encode(text).length;
    const build = (pick, bytes) => {
      let text = '';
      for (let index = 0, size = 0; size < bytes; index++) {
        const part = pick(index);
        text += part;
        size += bytesOf(part);
      }
      return text;
    };
    const size = 2 << 20;
    // As benches/scan.mjs builds them.
    const texts = {
      mixed: build((i) => corpus.mixed[(i * 7) % corpus.mixed.length], size),
      realistic: build(
        (i) => (i % 10 === 0 ? corpus.mixed[((i / 10) * 7) % corpus.mixed.length] : corpus.plain[(i * 3) % corpus.plain.length]),
        size,
      ),
      plain: build((i) => corpus.plain[(i * 3) % corpus.plain.length], size),
    };
    const best = (runs, work) => {
      let fastest = Infinity;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        work();
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    const scan = {};
    for (const [name, text] of Object.entries(texts)) {
      let findings = 0;
      const ms = best(5, () => {
        findings = bf.scan(text).length;
      });
      scan[name] = { mbPerSecond: bytesOf(text) / 1e3 / ms, findings };
    }
    const message = "Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.";
    const messageUs = (best(5, () => {
      for (let i = 0; i < 20000; i++) bf.scan(message);
    }) * 1000) / 20000;
    // The form of benches/records.mjs.
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
    const records = Array.from({ length: 20000 }, (_, i) => form(i));
    const recordUs = (best(5, () => {
      for (let i = 0; i < 5000; i++) bf.redactRecord(records[i]);
    }) * 1000) / 5000;
    const batchMs = best(3, () => bf.redactRecords(records));
    return { scan, messageUs, recordUs, recordsPerSecond: records.length / (batchMs / 1000), length: message.length };
  });
  console.log(`headless Chromium ${version}; 2.1 MB texts, best of 5`);
  for (const [name, { mbPerSecond, findings }] of Object.entries(result.scan)) {
    console.log(`${name.padEnd(10)} ${mbPerSecond.toFixed(1).padStart(7)} MB/s ${String(findings).padStart(9)} findings`);
  }
  console.log(`one ${result.length}-character message: ${result.messageUs.toFixed(1)} µs/call`);
  console.log(`one 10-field form through bf.redactRecord: ${result.recordUs.toFixed(1)} µs/record`);
  console.log(`batched (bf.redactRecords, 20000 records): ${Math.round(result.recordsPerSecond).toLocaleString('en')} records/s`);
} finally {
  await browser.close();
  server.close();
}
