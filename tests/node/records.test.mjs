// Records through the built package: shapes, policies, non-JSON values,
// prototype safety, batches, the report, and the fail-closed helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { readFileSync } from 'node:fs';

import { Blindfold, BlindfoldError, sanitizeForm, sanitizedFetch, version } from '../../pkg/node.js';
import { schemaErrors } from './helpers.mjs';

const key = { id: 'k1', secret: new Uint8Array(randomBytes(32)) };

const FORM = {
  id: 4711,
  amount: 1299.99,
  name: 'Jana Nováková',
  email: 'jana@example.com',
  phone: '+420 601 123 456',
  dob: new Date(Date.UTC(1985, 2, 12)),
  age: 41,
  zip: '11000',
  consent: true,
  message: "Hi, it's Jana again. Card 4111 1111 1111 1111.",
};

test('a form record keeps its shape; typed fields, free text and numbers are each treated right', () => {
  const bf = new Blindfold({ key, operators: { EMAIL: 'pseudonym', DATE_OF_BIRTH: 'generalize' } });
  const before = Date.now();
  const { value, report } = bf.redactRecord(FORM);
  const after = Date.now();
  assert.deepEqual(Object.keys(value), Object.keys(FORM));
  assert.equal(value.id, 4711);
  assert.equal(value.amount, 1299.99);
  assert.equal(value.consent, true);
  assert.equal(value.name, '<PERSON_1>');
  assert.match(value.email, /^EMAIL_k1_[0-9A-Z]{12}$/);
  assert.equal(value.dob, '1985', 'a Date becomes an ISO string, then its year');
  assert.equal(value.age, '40-49');
  assert.equal(value.zip, '110**');
  assert.equal(value.message, "Hi, it's <PERSON_2> again. Card <CREDIT_CARD_1>.");
  const sent = JSON.stringify(value);
  for (const raw of ['Jana', 'jana@', '601 123', '4111', '1985-03-12']) assert.ok(!sent.includes(raw), raw);
  assert.equal(report.version, version());
  assert.equal(report.keyId, 'k1');
  assert.match(report.policyHash, /^[0-9a-f]{16}$/);
  assert.match(report.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const stamped = Date.parse(report.timestamp);
  assert.ok(stamped >= before && stamped <= after, 'the time of the call');
  assert.deepEqual(Object.keys(report), ['version', 'keyId', 'policyHash', 'timestamp', 'counts', 'findings']);
  assert.deepEqual(report.counts.byField, { name: 1, email: 1, phone: 1, dob: 1, age: 1, zip: 1, message: 2 });
  assert.deepEqual(report.findings[0], { path: 'name', type: 'PERSON', operator: 'placeholder', start: 0, end: 13 });
  assert.ok(!JSON.stringify(report).includes('Jana'), 'no raw values in the report');
  assert.equal(bf.restore('Dear <PERSON_1>').text, 'Dear Jana Nováková');
});

test('record findings come back whole: spans, tokens and values when asked, none for drops and numbers', async () => {
  const bf = new Blindfold({ policy: { rules: [{ path: 'ssn', op: 'drop' }, { path: 'account', op: 'label', type: 'ACCOUNT' }] } });
  const record = { name: 'Jana Nováková', ssn: '123-45-6789', account: 880231, note: 'mail jana@example.com or "Jana"' };
  const { value, report } = bf.redactRecord(record, { report: { tokens: true, values: true } });
  assert.deepEqual(report.findings, [
    { path: 'name', type: 'PERSON', operator: 'placeholder', start: 0, end: 13, token: '<PERSON_1>', value: 'Jana Nováková' },
    { path: 'ssn', type: 'US_SSN', operator: 'drop' },
    { path: 'account', type: 'ACCOUNT', operator: 'label', token: '[ACCOUNT]', value: '880231' },
    { path: 'note', type: 'EMAIL', operator: 'placeholder', start: 5, end: 21, token: '<EMAIL_1>', value: 'jana@example.com' },
    { path: 'note', type: 'PERSON', operator: 'placeholder', start: 26, end: 30, token: '<PERSON_2>', value: 'Jana' },
  ]);
  assert.deepEqual(value, { name: '<PERSON_1>', account: '[ACCOUNT]', note: 'mail <EMAIL_1> or "<PERSON_2>"' });
  // Without the report options, no token or value; in a batch and in parts,
  // paths carry the record's index.
  const plain = (findings) => findings.map(({ path, type, operator, start, end }) => ({ path, type, operator, ...(start === undefined ? {} : { start, end }) }));
  const batch = bf.redactRecords([record, { note: 'call +1 415 555 0100' }]).report.findings;
  assert.deepEqual(batch, [...plain(report.findings).map((f) => ({ ...f, path: `[0].${f.path}` })), { path: '[1].note', type: 'PHONE', operator: 'placeholder', start: 5, end: 20 }]);
  const parts = await bf.redactRecordsAsync([record, { note: 'call +1 415 555 0100' }], { chunkSize: 1 });
  assert.deepEqual(parts.report.findings, batch);
});

test('policies: paths with wildcards, drop, allowlist, case-insensitive keys; invalid rules fail at creation', () => {
  const bf = new Blindfold({
    key,
    policy: {
      caseInsensitiveKeys: true,
      rules: [
        { path: 'items[*].phone', op: { mask: { keepLast: 2 } } },
        { path: '**.ssn', op: 'drop' },
        { path: 'USER.Email', op: 'label' },
      ],
    },
  });
  const { value, report } = bf.redactRecord({ user: { email: 'a@b.co', ssn: '123-45-6789' }, items: [{ phone: '555 0100' }] });
  assert.deepEqual(value, { user: { email: '[EMAIL]' }, items: [{ phone: '••• ••00' }] });
  assert.deepEqual(report.findings.map((f) => [f.path, f.operator]), [['user.email', 'label'], ['user.ssn', 'drop'], ['items[0].phone', 'mask']]);

  const allow = new Blindfold({ policy: { mode: 'allowlist', rules: [{ path: 'ticket.body', op: 'scan' }] } });
  assert.deepEqual(allow.redactRecord({ ticket: { body: 'mail a@b.co', internal: 'x' }, debug: {} }).value, { ticket: { body: 'mail <EMAIL_1>' } });

  const bad = [
    [{ rules: [{ path: 'a', op: 'scan' }, { path: 'b', op: 'hash' }] }, 'policy.rules[1].op'],
    [{ rules: [{ path: 'a[', op: 'scan' }] }, 'policy.rules[0].path'],
    [{ rules: [{ path: 'a', op: 'scan', when: 1 }] }, 'policy.rules[0].when'],
    [{ mode: 'everything' }, 'policy.mode'],
    [{ maxDepth: 0 }, 'policy.maxDepth'],
  ];
  for (const [policy, path] of bad) {
    assert.throws(() => new Blindfold({ policy }), { code: 'INVALID_OPTIONS', path });
  }
  assert.throws(() => new Blindfold({ policy: { rules: [{ path: 'a', op: 'pseudonym' }] } }), { code: 'INVALID_KEY' });
  assert.equal(new Blindfold({ policy: { mode: 'scan' } }).policyHash, new Blindfold().policyHash, 'defaults hash alike');
});

test('values that are not plain JSON: documented behaviour or an error naming the path', () => {
  const bf = new Blindfold();
  const refused = [
    [{ a: { b: 10n } }, 'a.b'],
    [{ list: [1, new Map()] }, 'list[1]'],
    [{ s: new Set([1]) }, 's'],
    [{ bytes: new Uint8Array(2) }, 'bytes'],
    [{ f: () => 1 }, 'f'],
    [{ sym: Symbol('x') }, 'sym'],
    [{ n: Number.NaN }, 'n'],
    [{ inf: Infinity }, 'inf'],
    [{ when: new Date('nope') }, 'when'],
    [{ url: new URL('https://example.com') }, 'url'],
    [{ 'odd.key': { x: 1n } }, '["odd.key"].x'],
    [{ get boom() { throw new Error('getter'); } }, 'boom'],
    [{ p: new Proxy({}, { ownKeys() { throw new Error('trap'); } }) }, 'p'],
    [undefined, '.'],
  ];
  for (const [record, path] of refused) {
    assert.throws(() => bf.redactRecord(record), (error) => {
      assert.ok(error instanceof BlindfoldError);
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.equal(error.path, path);
      return true;
    });
  }
  const cyclic = { a: { list: [] } };
  cyclic.a.list.push(cyclic);
  assert.throws(() => bf.redactRecord(cyclic), { code: 'INVALID_ARGUMENT', path: 'a.list[0]' });
  let deep = 'x';
  for (let i = 0; i < 10_000; i++) deep = [deep];
  assert.throws(() => bf.redactRecord(deep), (error) => error.code === 'INVALID_ARGUMENT' && /maxDepth \(64\)/.test(error.message));
  const shallow = new Blindfold({ policy: { maxDepth: 2 } });
  assert.throws(() => shallow.redactRecord({ a: { b: { c: 1 } } }), { code: 'INVALID_ARGUMENT', path: 'a.b.c' });

  // Accepted, as documented: undefined properties left out, undefined elements null,
  // symbol keys ignored, shared (non-cyclic) references copied, frozen objects and proxies read.
  const shared = { email: 'a@b.co' };
  const { value } = bf.redactRecord(
    Object.freeze({ u: undefined, list: [undefined, 1], [Symbol('k')]: 'x', one: shared, two: shared, p: new Proxy({ note: 'ok' }, {}) }),
  );
  assert.deepEqual(value, { list: [null, 1], one: { email: '<EMAIL_1>' }, two: { email: '<EMAIL_1>' }, p: { note: 'ok' } });
  // The instance keeps working after every refusal.
  assert.equal(bf.redactRecord({ email: 'c@d.co' }).value.email, '<EMAIL_2>');
});

test('__proto__, constructor and prototype keys are plain data and pollute nothing', () => {
  const bf = new Blindfold();
  const record = JSON.parse('{"__proto__":{"polluted":"yes","email":"a@b.co"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"x"}');
  const { value, report } = bf.redactRecord(record);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.ok(Object.hasOwn(value, '__proto__'), 'an own property, not the prototype');
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.deepEqual(value.__proto__, { polluted: 'yes', email: '<EMAIL_1>' });
  assert.equal(value.constructor.prototype.polluted, 'yes');
  assert.equal(report.findings[0].path, '__proto__.email');
});

test('a setter a script put on Object.prototype never sees or swallows a field', () => {
  const bf = new Blindfold();
  const seen = [];
  Object.defineProperty(Object.prototype, 'email', { set: (v) => seen.push(v), configurable: true });
  try {
    const { value } = bf.redactRecord({ email: 'jana@example.com', nested: { email: 'bob@example.com' } });
    assert.deepEqual(seen, [], 'the setter is never called');
    assert.ok(Object.hasOwn(value, 'email') && Object.hasOwn(value.nested, 'email'));
    assert.deepEqual(JSON.parse(JSON.stringify(value)), { email: '<EMAIL_1>', nested: { email: '<EMAIL_2>' } });
  } finally {
    delete Object.prototype.email;
  }
  // Field names that Object.prototype has are counted like any other.
  const { report } = bf.redactRecord({ constructor: 'ann@example.com', toString: 'bob@example.com', __proto__: null });
  assert.deepEqual(report.counts.byField, { constructor: 1, toString: 1 });
});

test('batches: one vault across records, batch propagation, progress and cancelling', async () => {
  const records = [
    { name: 'Jana Nováková', text: 'first' },
    { name: 'Piet de Vries', text: 'Jana asked Piet to call.' },
  ];
  const bf = new Blindfold({ policy: { propagate: 'batch' } });
  const { values, report } = bf.redactRecords(records);
  assert.deepEqual(values.map((v) => v.name), ['<PERSON_1>', '<PERSON_2>']);
  assert.ok(!values[1].text.includes('Jana') && !values[1].text.includes('Piet'), values[1].text);
  assert.equal(report.findings[0].path, '[0].name');
  assert.throws(() => bf.redactRecords({}), { code: 'INVALID_ARGUMENT', path: 'records' });
  assert.throws(() => bf.redactRecords([{}, { a: 1n }]), { code: 'INVALID_ARGUMENT', path: '[1].a' });

  const many = Array.from({ length: 1000 }, (_, i) => ({ email: `user${i % 100}@example.com`, note: `order ${i}` }));
  const progress = [];
  const async = new Blindfold();
  const result = await async.redactRecordsAsync(many, { chunkSize: 300, onProgress: (p) => progress.push(p.done) });
  assert.deepEqual(progress, [300, 600, 900, 1000]);
  assert.equal(result.values[0].email, result.values[100].email, 'same value, same token across parts');
  assert.equal(result.values.length, 1000);
  assert.equal(result.report.findings.at(-1).path, '[999].email');
  const counted = { byType: {}, byField: {} };
  for (const { type, path } of result.report.findings) {
    counted.byType[type] = (counted.byType[type] ?? 0) + 1;
    const field = path.replace(/^\[\d+\]\.?/, '');
    counted.byField[field] = (counted.byField[field] ?? 0) + 1;
  }
  assert.deepEqual(result.report.counts, counted, 'counts are the findings counted, per field of the records');
  assert.deepEqual(result.report.counts.byField, { email: 1000 });
  const nested = new Blindfold().redactRecords(['mail a@b.co', { list: ['c@d.co', 'e@f.co'] }, { list: ['g@h.co'] }]).report.counts.byField;
  assert.deepEqual(nested, { '': 1, 'list[0]': 2, 'list[1]': 1 });

  // Between parts the event loop runs (a timer set before the call fires
  // while parts remain), so a page stays responsive.
  let timerFired = false;
  setTimeout(() => {
    timerFired = true;
  }, 0);
  let firedBetweenParts = false;
  await async.redactRecordsAsync(many, {
    chunkSize: 100,
    onProgress: ({ done, total }) => {
      firedBetweenParts ||= timerFired && done < total;
    },
  });
  assert.ok(firedBetweenParts, 'a timer ran between parts');

  // In parts, batch propagation still finds a name typed in a later part.
  const team = Array.from({ length: 7 }, (_, i) => ({ name: `Person${i} Example`, text: `ask Person${(i + 5) % 7} first` }));
  const whole = new Blindfold({ policy: { propagate: 'batch' } }).redactRecords(team);
  const parts = await new Blindfold({ policy: { propagate: 'batch' } }).redactRecordsAsync(team, { chunkSize: 2 });
  assert.deepEqual(parts, { ...whole, report: { ...whole.report, timestamp: parts.report.timestamp } });
  assert.ok(parts.values.every((v) => !/Person\d/.test(v.text)), JSON.stringify(parts.values));

  const controller = new AbortController();
  const cancelled = async.redactRecordsAsync(many, { chunkSize: 100, signal: controller.signal, onProgress: () => controller.abort() });
  await assert.rejects(cancelled, { code: 'ABORTED' });
  assert.equal(async.redactRecord({ email: 'x@y.co' }).value.email.startsWith('<EMAIL_'), true, 'still works');
});

test('sanitizeForm: FormData to a sanitized object, files skipped or refused', () => {
  const bf = new Blindfold();
  const data = new FormData();
  data.append('name', 'Jana Nováková');
  data.append('email', 'jana@example.com');
  data.append('tag', 'a');
  data.append('tag', 'b');
  data.append('upload', new Blob(['%PDF']), 'cv.pdf');
  const { value, report } = sanitizeForm(data, bf);
  assert.deepEqual(value, { name: '<PERSON_1>', email: '<EMAIL_1>', tag: ['a', 'b'] });
  assert.deepEqual(report.findings.at(-1), { path: 'upload', type: 'FILE', operator: 'drop' });
  assert.throws(() => sanitizeForm(data, bf, { files: 'refuse' }), { code: 'INVALID_ARGUMENT', path: 'upload' });
  assert.throws(() => sanitizeForm({ name: 'x' }, bf), { code: 'INVALID_ARGUMENT', path: 'form' });
});

test('sanitizedFetch: sends only the sanitized body, and nothing at all when sanitizing fails', async () => {
  const bf = new Blindfold();
  const sent = [];
  const fakeFetch = async (input, init) => {
    sent.push({ input, init });
    return new Response('{}');
  };
  let report;
  const response = await sanitizedFetch('/api/chat', { json: { email: 'jana@example.com', message: 'call +1 415 555 0100' }, onReport: (r) => (report = r) }, bf, fakeFetch);
  assert.equal(response.status, 200);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].init.method, 'POST');
  assert.equal(sent[0].init.headers.get('content-type'), 'application/json');
  assert.deepEqual(JSON.parse(sent[0].init.body), { email: '<EMAIL_1>', message: 'call <PHONE_1>' });
  assert.equal(report.counts.byType.EMAIL, 1);

  for (const init of [{ json: { email: 'jana@example.com', bad: 1n } }, { json: { a: 1 }, body: 'raw jana@example.com' }, {}]) {
    await assert.rejects(sanitizedFetch('/api/chat', init, bf, fakeFetch), { name: 'BlindfoldError' });
  }
  const freed = new Blindfold();
  freed.free();
  await assert.rejects(sanitizedFetch('/api/chat', { json: { a: 'x' } }, freed, fakeFetch), { code: 'DISPOSED' });
  assert.equal(sent.length, 1, 'nothing sent when sanitizing failed');
});

test('every report conforms to the shipped JSON Schema (report.schema.json)', () => {
  const schema = JSON.parse(readFileSync(new URL('../../pkg/report.schema.json', import.meta.url), 'utf8'));
  const bf = new Blindfold({ key, policy: { rules: [{ path: '**.ssn', op: 'drop' }] } });
  const data = new FormData();
  data.append('email', 'jana@example.com');
  data.append('cv', new Blob(['x']), 'cv.pdf');
  const reports = [
    bf.redactText('Mail jana@example.com or call +1 415 555 0100').report,
    bf.redactRecord(FORM, { report: { tokens: true, values: true } }).report,
    bf.redactRecord({ user: { ssn: '123-45-6789', email: 'a@b.co' } }).report,
    bf.redactRecords([FORM, { notes: 'nothing here' }]).report,
    sanitizeForm(data, bf).report,
    new Blindfold().redactText('no key here: jana@example.com').report,
  ];
  for (const report of reports) assert.deepEqual(schemaErrors(schema, report), []);
  // The validator does catch a report that breaks the schema.
  assert.notDeepEqual(schemaErrors(schema, { ...reports[0], findings: [{ type: 'email', operator: 'hash' }] }), []);
});
