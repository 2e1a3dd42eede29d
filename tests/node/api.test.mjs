// The public API of the *built* package (pkg/), through its Node entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';

import * as blindfold from '../../pkg/node.js';
import { Blindfold, BlindfoldError, version } from '../../pkg/node.js';
import { expectedPseudonym, PSEUDONYM_VECTORS, PUBLIC_EXPORTS, VECTOR_SECRET } from './helpers.mjs';

const pkgJson = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url)));

function key(secret = VECTOR_SECRET, id = 'k1') {
  return { key: { id, secret } };
}

test('the export list is pinned, for both entries', async () => {
  assert.deepEqual(Object.keys(blindfold).sort(), PUBLIC_EXPORTS);
  const browserEntry = await import('../../pkg/index.js');
  assert.deepEqual(Object.keys(browserEntry).sort(), PUBLIC_EXPORTS);
});

test('version matches package.json', () => {
  assert.equal(version(), pkgJson.version);
});

test('pseudonym vectors match the Rust suite', () => {
  for (const [type, value, length, token] of PSEUDONYM_VECTORS) {
    const bf = new Blindfold({ ...key(), tokenLength: length });
    assert.equal(bf.pseudonymize(value, type), token);
    bf.free();
  }
});

test('pseudonyms equal an independent node:crypto HMAC-SHA-256 of the documented input', () => {
  for (let round = 0; round < 50; round++) {
    const secret = randomBytes(32 + round);
    const length = 8 + (round % 25);
    const bf = new Blindfold({ key: { id: `r${round}`, secret: new Uint8Array(secret) }, tokenLength: length });
    const value = `Ünïcødé ${randomBytes(8).toString('hex')} 🦀`;
    assert.equal(bf.pseudonymize(value, 'TICKET'), expectedPseudonym(secret, `r${round}`, 'TICKET', value, length));
    bf.free();
  }
});

test('a base64url secret equals the same bytes', () => {
  const secret = randomBytes(32);
  const a = new Blindfold(key(new Uint8Array(secret)));
  const b = new Blindfold(key(secret.toString('base64url')));
  assert.equal(a.pseudonymize('+44 20 7946 0958', 'PHONE'), b.pseudonymize('+442079460958', 'PHONE'));
});

test('different keys and types give different tokens', () => {
  const a = new Blindfold(key(new Uint8Array(32).fill(1)));
  const b = new Blindfold(key(new Uint8Array(32).fill(2)));
  assert.notEqual(a.pseudonymize('x@y.io', 'EMAIL'), b.pseudonymize('x@y.io', 'EMAIL'));
  assert.notEqual(
    a.pseudonymize('x@y.io', 'EMAIL').split('_').at(-1),
    a.pseudonymize('x@y.io', 'CONTACT').split('_').at(-1),
  );
});

test('bad options throw BlindfoldError with a code and the option path', () => {
  const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ1Ng';
  const cases = [
    [{ tokenLenght: 12 }, 'INVALID_OPTIONS', 'tokenLenght'],
    [{ tokenLength: 7 }, 'INVALID_OPTIONS', 'tokenLength'],
    [{ key: secret }, 'INVALID_OPTIONS', 'key'],
    [{ key: { id: 'k1', secret: new Uint8Array(16) } }, 'INVALID_KEY', 'key'],
    [{ key: { id: 'bad id', secret } }, 'INVALID_KEY', 'key'],
    [{ key: { id: 'k1', secret: 'not base64!' } }, 'INVALID_KEY', 'key'],
    [{ keys: [{ id: 'a', secret }, { id: 'a', secret }] }, 'INVALID_KEY', 'keys[1].id'],
    [{ keys: [{ id: 'a', secret }, { id: 'b', secret: 5 }] }, 'INVALID_OPTIONS', 'keys[1].secret'],
    [{ key: { id: 'a', secret }, keys: [] }, 'INVALID_OPTIONS', 'keys'],
    [{ tokenLength: 10n }, 'INVALID_OPTIONS', 'tokenLength'],
    [[], 'INVALID_OPTIONS', undefined],
    ['options', 'INVALID_OPTIONS', undefined],
  ];
  for (const [options, code, path] of cases) {
    assert.throws(
      () => new Blindfold(options),
      (error) => {
        assert.ok(error instanceof BlindfoldError, `${JSON.stringify(String(options))} threw ${error}`);
        assert.ok(error instanceof Error);
        assert.equal(error.code, code, error.message);
        assert.equal(error.path, path, error.message);
        assert.ok(!error.message.includes(secret), 'the secret leaked into the message');
        return true;
      },
    );
  }
});

test('cyclic and throwing options are refused with a path', () => {
  const cyclic = { key: { id: 'k1' } };
  cyclic.key.secret = cyclic;
  assert.throws(() => new Blindfold(cyclic), { code: 'INVALID_OPTIONS', path: 'key.secret' });
  const throwing = {
    get tokenLength() {
      throw new Error('boom');
    },
  };
  assert.throws(() => new Blindfold(throwing), { code: 'INVALID_OPTIONS', path: 'tokenLength' });
});

test('wrong argument types are INVALID_ARGUMENT, and the instance keeps working', () => {
  const bf = new Blindfold(key());
  for (const [value, type] of [[undefined, 'EMAIL'], [42, 'EMAIL'], ['a@b.co', null], ['a@b.co', 'email']]) {
    assert.throws(() => bf.pseudonymize(value, type), { code: 'INVALID_ARGUMENT' });
  }
  assert.match(bf.pseudonymize('a@b.co', 'EMAIL'), /^EMAIL_k1_[0-9A-HJKMNP-TV-Z]{12}$/);
});

test('pseudonymize without a key names the missing option', () => {
  const bf = new Blindfold();
  assert.throws(() => bf.pseudonymize('a@b.co', 'EMAIL'), { code: 'INVALID_KEY', path: 'key' });
});

test('free() disposes; later calls throw DISPOSED; free is idempotent', () => {
  const bf = new Blindfold(key());
  bf.free();
  bf.free();
  assert.throws(() => bf.pseudonymize('a@b.co', 'EMAIL'), { name: 'BlindfoldError', code: 'DISPOSED' });
  const disposable = new Blindfold(key());
  disposable[Symbol.dispose]();
  assert.throws(() => disposable.pseudonymize('a@b.co', 'EMAIL'), { code: 'DISPOSED' });
});

test('sessionKey() gives 32 random bytes that work as a key', () => {
  const a = Blindfold.sessionKey();
  const b = Blindfold.sessionKey('s2');
  assert.equal(a.id, 'session');
  assert.equal(a.secret.length, 32);
  assert.notDeepEqual(a.secret, b.secret);
  assert.match(new Blindfold({ key: b }).pseudonymize('x', 'PERSON'), /^PERSON_s2_/);
});

test('the browser entry: NOT_INITIALIZED before init, idempotent init from bytes or a Module', async () => {
  const fresh = await import('../../pkg/index.js?fresh-instance');
  assert.throws(() => new fresh.Blindfold(key()), { code: 'NOT_INITIALIZED' });
  assert.throws(() => fresh.version(), fresh.BlindfoldError);
  const bytes = readFileSync(new URL('../../pkg/wasm/blindfold_core_bg.wasm', import.meta.url));
  await fresh.init(await WebAssembly.compile(bytes));
  await fresh.init(bytes);
  fresh.initSync(bytes);
  assert.equal(new fresh.Blindfold(key()).pseudonymize('a@b.co', 'EMAIL'), new Blindfold(key()).pseudonymize('a@b.co', 'EMAIL'));
  const created = await fresh.Blindfold.create(key());
  assert.ok(created instanceof fresh.Blindfold);
});

test('init() with an unusable source fails with INIT_FAILED and can be retried', () => {
  // A fresh process, so that no earlier test has loaded the wasm module.
  const script = `
    import { readFileSync } from 'node:fs';
    import { init, version } from ${JSON.stringify(new URL('../../pkg/index.js', import.meta.url).href)};
    const results = [];
    try { await init(new Uint8Array([0, 1, 2, 3])); results.push('loaded'); } catch (e) { results.push(e.code); }
    try { version(); } catch (e) { results.push(e.code); }
    await init(readFileSync(new URL(${JSON.stringify(new URL('../../pkg/wasm/blindfold_core_bg.wasm', import.meta.url).href)})));
    results.push(version());
    console.log(JSON.stringify(results));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), ['INIT_FAILED', 'NOT_INITIALIZED', pkgJson.version]);
});
