// The demo page in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): the wasm module loads under the strict CSP and the page
// computes the pseudonym an independent HMAC implementation predicts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';

import { startServer, CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium.mjs';
import { expectedPseudonym, PSEUDONYM_VECTORS, VECTOR_SECRET } from '../node/helpers.mjs';

const ARTIFACTS = new URL('../../artifacts/', import.meta.url);

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0 });
  browser = await launchChromium();
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

// What a user types into the form: every value must stay in the page.
const PERSON = {
  name: 'Marek Dvořák',
  email: 'marek.dvorak@example.org',
  phone: '+44 20 7946 0958',
  dob: '24.06.1990',
  address: 'Kerkstraat 12, 1017 GC Amsterdam',
};
const MESSAGE =
  "Hello, Marek here. My card 5555 5555 5555 4444 was charged twice; refund to GB82 WEST 1234 5698 7654 32 or mail marek.dvorak@example.org.";
const RAW_VALUES = [
  'Marek',
  'Dvořák',
  'marek.dvorak',
  '7946 0958',
  '24.06.1990',
  'Kerkstraat',
  '5555 5555 5555 4444',
  'GB82 WEST',
  'WEST 1234',
];

async function fillForm(page) {
  for (const [name, value] of Object.entries(PERSON)) await page.fill(`#ask [name="${name}"]`, value);
  await page.fill('#message', MESSAGE);
  await page.fill('#record', JSON.stringify({ customerId: 7, contact: { mobile: PERSON.phone }, notes: `call ${PERSON.name}` }));
  await page.waitForFunction(() => document.querySelector('#payload').textContent.includes('"customerId": 7'));
  await page.waitForFunction(() => !document.querySelector('#send').disabled);
}

async function serverBodies() {
  return JSON.stringify(server.log.map((entry) => entry.body));
}

test('the whole loop: only sanitized data leaves the page, and the answer is restored here', async (t) => {
  const { page, problems, requests, response } = await openDemo(t);
  assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.ok(page.workers().length >= 1, 'scanning runs in a Web Worker');
  server.log.length = 0;
  await page.selectOption('#settings select[name="PERSON"]', 'pseudonym');
  await fillForm(page);

  // The live preview: highlights in the message, the payload, the report.
  const marks = await page.$$eval('#highlight mark', (items) => items.map((m) => m.dataset.type));
  assert.deepEqual(marks, ['PERSON', 'CREDIT_CARD', 'IBAN', 'EMAIL']);
  const payload = JSON.parse(await page.textContent('#payload'));
  assert.match(payload.form.name, /^PERSON_demo_[0-9A-Z]{12}$/);
  assert.equal(payload.form.dob, '1990');
  assert.ok((await page.textContent('#report')).includes('"policyHash"'));

  await page.click('#send');
  await page.waitForFunction(() => document.querySelector('#answer-restored').textContent.includes('anything else'));
  const sent = await serverBodies();
  for (const raw of RAW_VALUES) assert.ok(!sent.includes(raw), `the server saw ${raw}`);
  assert.deepEqual(server.log[0].body, payload, 'the server got exactly the previewed payload');
  assert.ok(sent.includes(payload.form.name) && sent.includes(payload.form.email), 'and the tokens');

  const received = await page.textContent('#answer-received');
  const restored = await page.textContent('#answer-restored');
  for (const raw of RAW_VALUES.slice(0, 3)) assert.ok(!received.includes(raw), `the AI wrote ${raw}?`);
  assert.ok(received.includes(payload.form.name));
  assert.ok(restored.startsWith(`Hello ${PERSON.name}! I have noted ${PERSON.email} as your email and will call ${PERSON.phone}.`), restored);

  // "What the server saw" shows the same log.
  await page.click('#refresh-log');
  await page.waitForFunction((name) => document.querySelector('#server-log').textContent.includes(name), payload.form.name);
  assert.ok(!(await page.textContent('#server-log')).includes('Marek'));

  await page.screenshot({ path: new URL('demo-desktop.png', ARTIFACTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (${overflow}px)`);
  await page.screenshot({ path: new URL('demo-mobile.png', ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), [], 'no third-party requests');
});

test('the streamed answer is restored as it arrives, equal to the one-shot restore', async (t) => {
  const { page, problems } = await openDemo(t);
  await fillForm(page);
  await page.click('#send');
  await page.waitForFunction(() => document.querySelector('#answer-restored').textContent.includes('anything else'));
  const oneShot = await page.textContent('#answer-restored');
  server.log.length = 0;
  // Cleared here, so the wait below can only be met by the streamed answer
  // (waiting for the page to clear it races with a fast stream).
  await page.evaluate(() => {
    document.querySelector('#answer-restored').textContent = '';
  });
  await page.click('#send-stream');
  await page.waitForFunction(() => document.querySelector('#answer-restored').textContent.includes('anything else'));
  assert.equal(await page.textContent('#answer-restored'), oneShot);
  assert.equal(server.log[0].path, '/api/chat/stream');
  const sent = await serverBodies();
  for (const raw of RAW_VALUES) assert.ok(!sent.includes(raw), `the server saw ${raw}`);
  assert.deepEqual(problems, []);
});

test('fails closed: nothing is sent with an invalid record or key, and long inputs keep the page responsive', async (t) => {
  const { page, problems } = await openDemo(t);
  await fillForm(page);
  server.log.length = 0;
  await page.fill('#record', '{ "broken": ');
  await page.waitForFunction(() => document.querySelector('#send').disabled);
  assert.match(await page.textContent('#record-error'), /not valid JSON/);
  await page.click('#send', { force: true });
  await page.fill('#record', '{}');
  await page.waitForFunction(() => !document.querySelector('#send').disabled);
  await page.fill('#key', 'too-short');
  await page.waitForFunction(() => document.querySelector('#settings-error').textContent.startsWith('INVALID_KEY'));
  assert.equal(await page.isDisabled('#send'), true);
  await page.click('#send-stream', { force: true });
  await page.waitForTimeout(200);
  assert.equal(server.log.length, 0, 'nothing reached the server');

  // A 2 MB message: scanned in the worker while the page keeps ticking.
  await page.click('#new-key');
  await page.waitForFunction(() => !document.querySelector('#send').disabled);
  const { longestGap, onMainThread } = await page.evaluate(async () => {
    const line = 'Order 88231 shipped; contact jana@example.com or +44 20 7946 0958 for details. ';
    const message = document.querySelector('#message');
    message.value = line.repeat(Math.ceil(2_000_000 / line.length));
    // Let the browser lay out the pasted text first: that is its work, not ours.
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    message.dispatchEvent(new Event('input', { bubbles: true }));
    let last = performance.now();
    let gap = 0;
    const started = last;
    while (!document.querySelector('#payload').textContent.includes('more characters')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
      if (now - started > 30_000) throw new Error('the preview never came');
    }
    // The same redaction done on the main thread instead, for comparison.
    const { Blindfold } = await import('/pkg/index.js');
    const bf = new Blindfold();
    const before = performance.now();
    bf.redactRecord({ form: { message: message.value } });
    const onMainThread = performance.now() - before;
    bf.free();
    return { longestGap: gap, onMainThread };
  });
  t.diagnostic(
    `2 MB message: longest main-thread gap ${Math.round(longestGap)} ms; the redaction alone on the main thread ${Math.round(onMainThread)} ms`,
  );
  // Done on the main thread, the page would stop for at least the
  // redaction's time; in the worker it stops only for its own rendering and
  // the message's copy (14-56 ms in runs where the redaction took ~100 ms:
  // half of that was too tight once redaction got faster).
  assert.ok(longestGap < onMainThread * 0.8, `the page froze for ${Math.round(longestGap)} ms`);
  assert.ok(!(await page.textContent('#payload')).includes('jana@example.com'));
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
