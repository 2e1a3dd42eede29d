// Hostile inputs through the built package in Node (the same cases run in
// Chromium: tests/browser/hostile.test.mjs), wasm memory over many calls,
// and the fail-closed helpers against a real server that records any leak.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import * as api from '../../pkg/node.js';
import { memoryOverRounds } from '../../benches/memory.mjs';
import { runHostileCases } from '../hostile_cases.mjs';
import { startServer } from '../../scripts/serve.mjs';

const { Blindfold, sanitizedFetch } = api;

test('hostile inputs: a typed error or a correct result, never a trap, and the instance keeps working', async (t) => {
  const results = await runHostileCases(api);
  for (const { name, outcome } of results) t.diagnostic(`${name}: ${outcome}`);
  assert.deepEqual(
    results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.why}`),
    [],
  );
  assert.ok(results.length >= 30);
});

test('wasm memory stays flat over 100,000 rounds once warm', () => {
  const [warm, after] = memoryOverRounds(100_000);
  assert.equal(after, warm, `wasm memory grew from ${warm} to ${after} bytes`);
});

test('sanitizedFetch fails closed against a real server: a failed sanitize sends nothing', async () => {
  const server = await startServer({ port: 0 });
  try {
    const bf = new Blindfold();
    const url = `${server.url}api/chat`;
    const refused = [
      { json: { email: 'jana@example.com', id: 1n } },
      { json: { email: 'jana@example.com', get boom() { throw new Error('x'); } } },
      { json: { email: 'jana@example.com' }, body: 'jana@example.com' },
    ];
    for (const init of refused) {
      await assert.rejects(sanitizedFetch(url, init, bf), { name: 'BlindfoldError' });
    }
    const freed = new Blindfold();
    freed.free();
    await assert.rejects(sanitizedFetch(url, { json: { email: 'jana@example.com' } }, freed), { code: 'DISPOSED' });
    assert.equal(server.log.length, 0, 'the server received nothing');
    const response = await sanitizedFetch(url, { json: { email: 'jana@example.com' } }, bf);
    assert.equal(response.status, 200);
    assert.deepEqual(server.log.map((entry) => entry.body), [{ email: '<EMAIL_1>' }]);
  } finally {
    await server.close();
  }
});
