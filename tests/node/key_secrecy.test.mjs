// The key never appears in any output, report, error or export: every
// result of every call is searched for the secret in raw, hex, base64 and
// base64url form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { Blindfold } from '../../pkg/node.js';

const secret = randomBytes(32);
const forms = [secret.toString('hex'), secret.toString('base64'), secret.toString('base64url'), secret.toString('latin1')];

function assertNoKey(value, where) {
  const text =
    value instanceof Uint8Array
      ? Buffer.from(value).toString('latin1') + Buffer.from(value).toString('hex')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value, (_, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
  for (const form of forms) assert.ok(!text.includes(form), `the key appeared in ${where}`);
  if (value instanceof Uint8Array) assert.ok(!Buffer.from(value).includes(secret), `raw key bytes in ${where}`);
}

function errorOf(work) {
  try {
    work();
  } catch (error) {
    return { message: error.message, code: error.code, path: error.path, stack: error.stack, string: String(error) };
  }
  assert.fail('expected an error');
}

test('no output, error or export contains the key', () => {
  for (const keySecret of [new Uint8Array(secret), secret.toString('base64url')]) {
    const bf = new Blindfold({
      key: { id: 'k1', secret: keySecret },
      operators: { EMAIL: 'pseudonym', PHONE: 'surrogate', PERSON: 'surrogate', DATE_OF_BIRTH: 'dateShift', default: 'placeholder' },
    });
    const text = `Mail jane@example.com, call +44 20 7946 0958, key ${secret.toString('hex').slice(0, 8)}…`;
    assertNoKey(bf.scan(text), 'scan');
    const redacted = bf.redactText(text);
    assertNoKey(redacted, 'redactText');
    assertNoKey(bf.restore(redacted.text), 'restore');
    assertNoKey(bf.pseudonymize('x', 'EMAIL'), 'pseudonymize');
    assertNoKey(bf.redactRecord({ email: 'jane@example.com', notes: text }, { report: { tokens: true, values: true } }), 'redactRecord and its report');
    assertNoKey(bf.redactRecords([{ phone: '+44 20 7946 0958' }]), 'redactRecords');
    assertNoKey(errorOf(() => bf.redactRecord({ bad: 1n })), 'a record error');
    assertNoKey(bf.policyHash, 'policyHash');
    assertNoKey(bf.exportVault(), 'exportVault');
    assertNoKey(String(bf), 'String(bf)');
    assertNoKey(JSON.stringify(bf), 'JSON.stringify(bf)');
  }
  // Errors about keys and options, with the secret in the wrong place.
  const misplaced = [
    { key: secret.toString('base64url') },
    { key: { id: 'k1', secret: secret.toString('base64url'), extra: secret.toString('hex') } },
    { key: { id: secret.toString('hex'), secret: new Uint8Array(secret) } },
    { key: { id: 'k1', secret: new Uint8Array(secret).slice(0, 16) } },
    { keys: [{ id: 'a', secret: new Uint8Array(secret) }, { id: 'a', secret: new Uint8Array(secret) }] },
    { [secret.toString('hex')]: 1 },
    { entities: [secret.toString('hex')] },
    { deny: { [secret.toString('hex')]: ['x'] } },
    { operators: { [secret.toString('base64url')]: 'label' } },
    { allow: { [secret.toString('hex')]: 1 } },
    { patterns: [{ name: 'X', regex: '(', [secret.toString('hex')]: 1 }] },
  ];
  for (const options of misplaced) {
    const error = errorOf(() => new Blindfold(options));
    assertNoKey(error, `the error for ${Object.keys(options)}`);
  }
  const stranger = new Blindfold({ key: { id: 'k2', secret: randomBytes(32).toString('base64url') } });
  const exported = new Blindfold({ key: { id: 'k1', secret: new Uint8Array(secret) } }).exportVault();
  assertNoKey(errorOf(() => stranger.importVault(exported)), 'importVault error');
});
