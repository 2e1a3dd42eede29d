// Hostile inputs through the public JS API, shared by the Node suite
// (tests/node/hostile.test.mjs) and the Chromium suite
// (tests/browser/hostile.test.mjs), which loads this file into the page.
//
// Each case runs against one long-lived instance and says what must happen:
// a BlindfoldError with a given code (and path or offset where one is
// named), or a result its check accepts. After every case the same instance
// must still redact correctly, and no case may trap the module.

const RAW = 'jana.novakova@example.cz';

function bigString(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** The cases: { name, run(bf, api), error?: { code, path?, offset? }, check?(result) }. */
export function hostileCases() {
  return [
    {
      name: 'lone surrogates around personal data',
      run: (bf) => bf.redactText(`\ud800${RAW}\udfff x \udc00\ud800`),
      check: (r) => !r.text.includes(RAW) && r.findings.length === 1,
    },
    {
      name: 'NUL and control characters inside and around personal data',
      run: (bf) => bf.redactText(`\u0000${RAW}\u0001\u0007\u001b[31m +1 415 555 0100\u0000`),
      check: (r) => !r.text.includes(RAW) && !r.text.includes('555 0100'),
    },
    {
      name: '1 MB of digits',
      run: (bf) => bf.scan(bigString('0123456789', 1 << 20)),
      check: (r) => Array.isArray(r),
    },
    {
      name: '1 MB of @',
      run: (bf) => bf.scan(bigString('@', 1 << 20)),
      check: (r) => r.length === 0,
    },
    {
      // Each address looks back from where it starts: that look must stay
      // short, or a long line of them is quadratic.
      name: '1 MB line of street addresses',
      run: (bf) => bf.scan(bigString('12 Main Street, ', 1 << 20)).length,
      check: (found) => found >= 60_000,
    },
    {
      // Every `phone,` might head a table's column: the line is read once,
      // not once per word.
      name: '1 MB line of cue words between commas',
      run: (bf) => bf.scan(bigString('phone,', 1 << 20)),
      check: (r) => r.length === 0,
    },
    {
      // Every line is a row of the table the first line heads.
      name: '1 MB table under one header',
      run: (bf) => bf.scan(bigString('name,phone\nJana Eze,4155550100\n', 1 << 20)).length,
      check: (found) => found >= 60_000,
    },
    {
      name: '1 MB of dots',
      run: (bf) => bf.scan(bigString('.', 1 << 20)),
      check: (r) => r.length === 0,
    },
    {
      name: '1 MB without white space, email inside',
      run: (bf) => bf.redactText(`${bigString('abc1', 1 << 19)} ${RAW} ${bigString('x9', 1 << 19)}`),
      check: (r) => !r.text.includes(RAW),
    },
    {
      name: 'a 50 MB text with personal data throughout',
      run: (bf) => {
        const text = bigString(`Order 88231 shipped to ${RAW}, call +44 20 7946 0958. `, 50 << 20);
        const result = bf.redactText(text);
        return { leaked: result.text.includes(RAW) || result.text.includes('7946 0958'), findings: result.findings.length };
      },
      check: (r) => !r.leaked && r.findings > 1_000_000,
    },
    {
      name: 'a text over maxInputLength',
      make: (api) => new api.Blindfold({ maxInputLength: 1000 }),
      run: (bf) => bf.redactText('x'.repeat(1001)),
      error: { code: 'INPUT_TOO_LARGE', offset: 1000 },
    },
    {
      name: 'a record field over maxInputLength',
      make: (api) => new api.Blindfold({ maxInputLength: 100 }),
      run: (bf) => bf.redactRecord({ notes: ['short', 'y'.repeat(101)] }),
      error: { code: 'INPUT_TOO_LARGE', path: 'notes[1]' },
    },
    {
      name: '10,000-deep nesting',
      run: (bf) => {
        let deep = { email: RAW };
        for (let i = 0; i < 10_000; i++) deep = { next: deep };
        return bf.redactRecord(deep);
      },
      error: { code: 'INVALID_ARGUMENT' },
    },
    {
      name: 'a cyclic object',
      run: (bf) => {
        const node = { email: RAW };
        node.self = node;
        return bf.redactRecord(node);
      },
      error: { code: 'INVALID_ARGUMENT', path: 'self' },
    },
    {
      name: 'a 1M-element array',
      run: (bf) => bf.redactRecord({ values: Array.from({ length: 1_000_000 }, (_, i) => i) }),
      check: (r) => r.value.values.length === 1_000_000 && r.value.values[999_999] === 999_999,
    },
    {
      name: '__proto__ and constructor keys',
      run: (bf) => bf.redactRecord(JSON.parse(`{"__proto__":{"email":"${RAW}","polluted":1},"constructor":{"prototype":{"polluted":1}}}`)),
      check: (r) => ({}).polluted === undefined && Object.hasOwn(r.value, '__proto__') && !JSON.stringify(r.value).includes(RAW),
    },
    {
      name: 'a getter that throws',
      run: (bf) =>
        bf.redactRecord({
          get email() {
            throw new Error('no');
          },
        }),
      error: { code: 'INVALID_ARGUMENT', path: 'email' },
    },
    {
      name: 'a Proxy that reads through',
      run: (bf) => bf.redactRecord(new Proxy({ email: RAW }, {})),
      check: (r) => !JSON.stringify(r.value).includes(RAW),
    },
    {
      name: 'a Proxy whose traps throw',
      run: (bf) =>
        bf.redactRecord({
          inner: new Proxy(
            {},
            {
              ownKeys() {
                throw new Error('trap');
              },
            },
          ),
        }),
      error: { code: 'INVALID_ARGUMENT', path: 'inner' },
    },
    {
      name: 'a revoked Proxy',
      run: (bf) => {
        const { proxy, revoke } = Proxy.revocable({ email: RAW }, {});
        revoke();
        return bf.redactRecord({ p: proxy });
      },
      error: { code: 'INVALID_ARGUMENT', path: 'p' },
    },
    {
      name: 'a frozen object',
      run: (bf) => bf.redactRecord(Object.freeze({ email: RAW, list: Object.freeze([RAW]) })),
      check: (r) => !JSON.stringify(r.value).includes(RAW),
    },
    {
      name: 'non-JSON values: BigInt',
      run: (bf) => bf.redactRecord({ id: 1n }),
      error: { code: 'INVALID_ARGUMENT', path: 'id' },
    },
    {
      name: 'non-JSON values: Map',
      run: (bf) => bf.redactRecord({ m: new Map([['email', RAW]]) }),
      error: { code: 'INVALID_ARGUMENT', path: 'm' },
    },
    {
      name: 'non-JSON values: a function',
      run: (bf) => bf.redactRecord({ f() {} }),
      error: { code: 'INVALID_ARGUMENT', path: 'f' },
    },
    {
      name: 'wrong argument type: a number as text',
      run: (bf) => bf.redactText(42),
      error: { code: 'INVALID_ARGUMENT', path: 'text' },
    },
    {
      name: 'wrong argument type: an object as text',
      run: (bf) => bf.scan({ toString: () => RAW }),
      error: { code: 'INVALID_ARGUMENT', path: 'text' },
    },
    {
      name: 'wrong argument type: records not an array',
      run: (bf) => bf.redactRecords('[]'),
      error: { code: 'INVALID_ARGUMENT', path: 'records' },
    },
    {
      name: 'wrong argument type: call options not an object',
      run: (bf) => bf.redactText(RAW, 'fast'),
      error: { code: 'INVALID_OPTIONS' },
    },
    {
      name: 'a missing key for pseudonyms',
      make: (api) => new api.Blindfold({ operators: { EMAIL: 'pseudonym' } }),
      error: { code: 'INVALID_KEY', path: 'key' },
    },
    {
      name: 'a short key',
      make: (api) => new api.Blindfold({ key: { id: 'k1', secret: new Uint8Array(31) } }),
      error: { code: 'INVALID_KEY', path: 'key' },
    },
    {
      name: 'a key of the wrong type',
      make: (api) => new api.Blindfold({ key: { id: 'k1', secret: 12345 } }),
      error: { code: 'INVALID_OPTIONS', path: 'key.secret' },
    },
    {
      name: 'a malformed base64url key',
      make: (api) => new api.Blindfold({ key: { id: 'k1', secret: '!!!not base64!!!not base64!!!not base64!!!' } }),
      error: { code: 'INVALID_KEY', path: 'key' },
    },
    {
      name: 'an invalid policy rule',
      make: (api) => new api.Blindfold({ policy: { rules: [{ path: 'a..b', op: 'scan' }] } }),
      error: { code: 'INVALID_OPTIONS', path: 'policy.rules[0].path' },
    },
    {
      name: 'an unknown option',
      make: (api) => new api.Blindfold({ polcy: {} }),
      error: { code: 'INVALID_OPTIONS', path: 'polcy' },
    },
    {
      name: 'a tampered vault',
      run: (bf) => {
        const blob = bf.exportVault();
        blob[blob.length - 1] ^= 1;
        return bf.importVault(blob);
      },
      error: { code: 'VAULT_REJECTED' },
    },
    {
      name: 'a truncated vault',
      run: (bf) => bf.importVault(bf.exportVault().slice(0, 20)),
      error: { code: 'VAULT_REJECTED' },
    },
    {
      name: 'a vault from another key with the same id',
      run: (bf, api) => {
        const other = new api.Blindfold({ key: { id: 'k1', secret: new Uint8Array(32).fill(9) } });
        other.redactText(RAW);
        const blob = other.exportVault();
        other.free();
        return bf.importVault(blob);
      },
      error: { code: 'VAULT_REJECTED' },
    },
    {
      name: 'a vault that is not bytes',
      run: (bf) => bf.importVault('BFV1...'),
      error: { code: 'INVALID_ARGUMENT', path: 'bytes' },
    },
    {
      name: 'calls after free()',
      make: (api) => {
        const freed = new api.Blindfold();
        freed.free();
        return freed;
      },
      run: (bf) => bf.redactText(RAW),
      error: { code: 'DISPOSED' },
      own: true,
    },
  ];
}

/**
 * Runs every case; returns one line per case: { name, outcome, ok, why }.
 * `api` is the package's exports ({ Blindfold, BlindfoldError }).
 */
export async function runHostileCases(api) {
  const key = { id: 'k1', secret: new Uint8Array(32).fill(7) };
  const shared = new api.Blindfold({ key });
  shared.redactText(RAW);
  const results = [];
  for (const testCase of hostileCases()) {
    let outcome;
    let ok;
    let why = '';
    try {
      const bf = testCase.make ? testCase.make(api) : shared;
      const result = testCase.run ? await testCase.run(bf, api) : bf;
      if (testCase.make && !testCase.own) bf.free?.();
      outcome = 'ok';
      ok = !testCase.error && (testCase.check ? Boolean(testCase.check(result)) : true);
      if (!ok) why = testCase.error ? `expected ${testCase.error.code}, got a result` : 'the result failed its check';
    } catch (error) {
      outcome = error instanceof api.BlindfoldError ? `error ${error.code}` : `untyped ${error?.name}: ${error?.message}`;
      const expected = testCase.error;
      ok =
        error instanceof api.BlindfoldError &&
        expected !== undefined &&
        error.code === expected.code &&
        (expected.path === undefined || error.path === expected.path) &&
        (expected.offset === undefined || error.offset === expected.offset);
      if (!ok) why = `expected ${expected ? JSON.stringify(expected) : 'a result'}, got ${outcome} (path ${error?.path}, offset ${error?.offset})`;
      if (String(error?.message).includes(RAW)) {
        ok = false;
        why = 'the error message quotes the input';
      }
    }
    // The long-lived instance keeps working after every case.
    const after = shared.redactText(`again: ${RAW}`);
    if (after.text !== 'again: <EMAIL_1>') {
      ok = false;
      why = `the instance stopped working: ${after.text}`;
    }
    results.push({ name: testCase.name, outcome, ok, why });
  }
  shared.free();
  return results;
}
