// The demo page in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): the wasm module loads under the strict CSP and the page
// computes the pseudonym an independent HMAC implementation predicts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

import { startServer, CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { expectedPseudonym, PSEUDONYM_VECTORS, VECTOR_SECRET } from '../node/helpers.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = new URL('../../artifacts/', import.meta.url);

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(t) {
  const page = await browser.newPage();
  t.after(() => page.close());
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems, requests, response };
}

test('the demo page loads the wasm under a strict CSP and computes a pseudonym', async (t) => {
  const { page, problems, requests, response } = await openDemo(t);
  assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.match(await page.textContent('#status'), /Ready/);

  const secret = Buffer.from(VECTOR_SECRET);
  await page.fill('#key', secret.toString('base64url'));
  await page.selectOption('#entity', 'EMAIL');
  await page.fill('#value', '  Jane.Doe@EXAMPLE.com ');
  const expected = expectedPseudonym(secret, 'demo', 'EMAIL', 'jane.doe@example.com');
  await page.waitForFunction((token) => document.querySelector('#pseudonym').textContent === token, expected);

  await page.fill('#key', 'too-short');
  await page.waitForFunction(() => document.querySelector('#error').textContent.startsWith('INVALID_KEY'));
  assert.equal(await page.textContent('#pseudonym'), '');

  await page.screenshot({ path: new URL('demo-desktop.png', ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), [], 'no third-party requests');
});

test('the demo redacts the message in the page and restores the answer', async (t) => {
  const { page, problems } = await openDemo(t);
  await page.fill('#message', 'Mail bob@example.org or call +44 20 7946 0958, card 4111 1111 1111 1111.');
  await page.waitForFunction(() => document.querySelector('#redacted').textContent.includes('<EMAIL_1>'));
  const redacted = await page.textContent('#redacted');
  assert.equal(redacted, 'Mail <EMAIL_1> or call <PHONE_1>, card <CREDIT_CARD_1>.');
  for (const raw of ['bob@example.org', '7946', '4111']) assert.ok(!redacted.includes(raw), raw);
  assert.deepEqual(await page.$$eval('#findings li', (items) => items.map((i) => i.textContent)), [
    'EMAIL (placeholder) 5–20',
    'PHONE (placeholder) 29–45',
    'CREDIT_CARD (placeholder) 52–71',
  ]);
  await page.fill('#answer', 'Sure: write to [email_1], call **PHONE_1**, not <EMAIL_4>.');
  await page.waitForFunction(() => document.querySelector('#restored').textContent.includes('bob@example.org'));
  assert.equal(
    await page.textContent('#restored'),
    'Sure: write to bob@example.org, call **+44 20 7946 0958**, not <EMAIL_4>.\n(unknown tokens: EMAIL_4)',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: new URL('demo-mobile.png', ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test('the package API in the page matches WebCrypto HMAC-SHA-256', async (t) => {
  const { page } = await openDemo(t);
  const results = await page.evaluate(async (vectors) => {
    const { Blindfold } = await import('/pkg/index.js');
    const secret = Uint8Array.from({ length: 32 }, (_, i) => i);
    const out = [];
    for (const [type, value, length] of vectors) {
      const bf = new Blindfold({ key: { id: 'k1', secret }, tokenLength: length });
      out.push(bf.pseudonymize(value, type));
      bf.free();
    }
    // An independent HMAC in the browser, for a value that needs no normalization.
    const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('blindfold/pseudonym/v1\0TICKET\0\0TCK-1')),
    );
    const bits = [...mac].map((b) => b.toString(2).padStart(8, '0')).join('');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const code = Array.from({ length: 12 }, (_, i) => alphabet[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('');
    const bf = new Blindfold({ key: { id: 'k1', secret } });
    out.push([bf.pseudonymize('TCK-1', 'TICKET'), `TICKET_k1_${code}`]);
    return out;
  }, PSEUDONYM_VECTORS);
  const webCrypto = results.pop();
  assert.deepEqual(results, PSEUDONYM_VECTORS.map((vector) => vector[3]));
  assert.equal(webCrypto[0], webCrypto[1]);
});
