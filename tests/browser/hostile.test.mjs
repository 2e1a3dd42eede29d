// The hostile-input cases of tests/hostile_cases.mjs, run in real headless
// Chromium against the package as the demo page loads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('hostile inputs in Chromium: a typed error or a correct result, never a trap', async (t) => {
  const page = await browser.newPage();
  t.after(() => page.close());
  // The cases are served from the page's own origin, so its CSP allows them.
  const cases = readFileSync(new URL('../hostile_cases.mjs', import.meta.url), 'utf8');
  await page.route('**/hostile_cases.mjs', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: cases }),
  );
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const results = await page.evaluate(async () => {
    const api = await import('/pkg/index.js');
    await api.init();
    const { runHostileCases } = await import('/hostile_cases.mjs');
    return runHostileCases(api);
  });
  for (const { name, outcome } of results) t.diagnostic(`${name}: ${outcome}`);
  assert.deepEqual(
    results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.why}`),
    [],
  );
  assert.ok(results.length >= 30);
});
