// A regression guard on detection quality: the labelled corpus of
// benches/accuracy.mjs (smaller here), through the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Blindfold } from '../../pkg/node.js';
import { measureAccuracy } from '../../benches/accuracy.mjs';
import { measureRecall } from '../../benches/accuracy_more.mjs';
import { LOCALES, measure as measureFaker } from '../../benches/accuracy_faker.mjs';

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

test('recall of national ids, secrets, birth dates, people and addresses stays where it was measured', () => {
  const result = measureRecall(new Blindfold(), 100);
  const rate = (group, row) => {
    const { found, total } = result[group][row];
    return found / total;
  };
  // Checksum-validated ids with their context word, secrets, birth dates,
  // addresses in every covered locale, values in tables, display names in
  // mail headers and names after a role's label: all found.
  for (const group of ['national ids, with context', 'secrets', 'birth dates', 'addresses', 'tables', 'mail headers', 'role labels']) {
    // Secrets are found whole, whatever their first character
    // (`password=!x9…` was missed at 96.6%).
    const least = group === 'secrets' ? 0.99 : 0.95;
    for (const row of Object.keys(result[group])) {
      assert.ok(rate(group, row) >= least, `${group} / ${row}: ${rate(group, row)}`);
    }
  }
  // People: the cue-based tiers, including Japanese and Chinese introductions.
  for (const row of ['after "my name is"', 'after a title', 'after a greeting', 'in a sign-off', 'Japanese/Chinese, with a cue', 'in pasted JSON or config']) {
    assert.ok(rate('people', row) >= 0.95, `people / ${row}: ${rate('people', row)}`);
  }
  // Without a cue, a listed given name before a capitalized surname (93.6%,
  // 94.0% and 92.2% of 500 when measured, the sample moving with the
  // generators before it; the rest have a given name off the list).
  assert.ok(rate('people', 'bare in running text') >= 0.85, `people / bare: ${rate('people', 'bare in running text')}`);
});

test('values from an independent generator (faker): addresses after a cue, names after an introduction, in a mail header or after a label', () => {
  const limits = {
    'ADDRESS after "I live at"': 0.02,
    'ADDRESS after "Address:"': 0.01,
    // 0.0-0.5% over these 200 samples; 1.0-1.5% in en_GB and pt_BR before
    // surnames such as `DuBuque` and the title `Dra.`
    'PERSON after "my name is"': 0.008,
    'PERSON after "Dear"': 0.008,
    // 0.0-1.0% over 500 (surnames that are places or nouns after a label:
    // `Golda Hills`, `Conception Jacquet`); 13.8-82.6% before either rule.
    'PERSON in a From: header': 0.02,
    'PERSON after "Customer:"': 0.02,
    EMAIL: 0,
    CREDIT_CARD: 0,
    IBAN: 0,
    URL: 0,
  };
  const result = measureFaker(200, { only: Object.keys(limits) });
  for (const [row, limit] of Object.entries(limits)) {
    for (const locale of LOCALES) {
      assert.ok(result[row][locale] <= limit, `${row}, ${locale}: leaked ${result[row][locale]} (limit ${limit})`);
    }
  }
});

test('values from an independent generator (faker): street addresses in a sentence, no cue', () => {
  // The U.S. Postal Service's street suffixes, British, Italian, French
  // and Brazilian types, and German streets named with a preposition (`Am
  // Heidkamp 50a`): en_US 4.0%, en_IN 2.8, en_GB 4.8, it 16.4, de 12.8, fr
  // 0.0, pt_BR 0.0 leaked over 500 samples when measured (59.4, 88.0, 47.2,
  // 45.8, 23.4, 12.8, 15.6 before them; en_US 5.8, en_IN 5.0 and en_GB 9.0
  // before `Loaf`, `Plain(s)` and the British `Paddock`, `Lea`, `Grange`,
  // `Fold`, `Brae`); nl 0.2 (Dutch compound streets); es 55.0 with `s/n`,
  // `Plaza` before its name and INE's rural types (74.2 before them; the
  // rest are INE types rare in what people write, such as `Mercado` and
  // `Entrada`). Over these 200 samples: en_US 3.5%, en_GB 3.5, en_IN 4.5
  // (6.0, 7.0 and 6.5 before those types), de 13.5, it 15.0, es 50.5.
  const limits = { en_US: 0.05, en_IN: 0.055, en_GB: 0.05, it: 0.2, de: 0.16, nl: 0.02, fr: 0.02, pt_BR: 0.02, es: 0.55 };
  const row = 'ADDRESS in a sentence';
  const result = measureFaker(200, { only: [row] });
  for (const [locale, limit] of Object.entries(limits)) {
    assert.ok(result[row][locale] <= limit, `${row}, ${locale}: leaked ${result[row][locale]} (limit ${limit})`);
  }
});

test('values from an independent generator (faker): bare names with a common given name', () => {
  // The generated list of common given names (src/detect/given_names.rs):
  // 24.8-42.0% leaked in these locales over 500 samples when measured,
  // 61-84% before it; fr 43.6% with INSEE's names, 65.0% before them.
  // Locales whose given names are mostly off our lists (it, nl, en_IN) are
  // not held to a figure.
  const limits = { en_US: 0.35, en_GB: 0.35, es: 0.4, de: 0.55, pt_BR: 0.55, fr: 0.52 };
  const row = 'PERSON bare in a sentence';
  const result = measureFaker(200, { only: [row] });
  for (const [locale, limit] of Object.entries(limits)) {
    assert.ok(result[row][locale] <= limit, `${row}, ${locale}: leaked ${result[row][locale]} (limit ${limit})`);
  }
});
