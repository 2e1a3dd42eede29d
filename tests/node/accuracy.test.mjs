// A regression guard on detection quality: the labelled corpus of
// benches/accuracy.mjs (smaller here), through the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Blindfold } from '../../pkg/node.js';
import { measureAccuracy } from '../../benches/accuracy.mjs';

test('labelled corpus: nothing leaks, no look-alike is removed, PII-free text is untouched', () => {
  const bf = new Blindfold();
  const result = measureAccuracy((text) => bf.scan(text), { samples: 300 });
  for (const [type, leaks] of Object.entries(result.leaks)) {
    assert.ok(leaks / result.samples <= 0.005, `${type} leaked ${leaks}/${result.samples}: ${result.examples.join('\n')}`);
  }
  const decoys = Object.values(result.decoys);
  const removed = decoys.reduce((sum, d) => sum + d.ours, 0);
  const total = decoys.reduce((sum, d) => sum + d.total, 0);
  assert.ok(removed / total <= 0.02, `decoys removed ${removed}/${total}: ${result.examples.join('\n')}`);
  assert.ok(result.plain.unchanged / result.plain.total >= 0.98, `PII-free changed: ${result.examples.join('\n')}`);
});
