// redactText() and restore() through the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { Blindfold } from '../../pkg/node.js';

const key = { id: 'k1', secret: new Uint8Array(randomBytes(32)) };

test('each operator, with the findings it reports', () => {
  const bf = new Blindfold({
    key,
    operators: { default: 'keep', EMAIL: 'label', PHONE: 'redact', CREDIT_CARD: { mask: { keepLast: 4, char: '*' } }, IBAN: 'pseudonym', URL: 'placeholder' },
  });
  const text = 'a@b.co | +1 415 555 0100 | 4111 1111 1111 1111 | DE89 3704 0044 0532 0130 00 | https://x.example/u/1 | 8.8.8.8';
  const { text: out, findings } = bf.redactText(text);
  assert.match(out, /^\[EMAIL\] \|  \| \*\*\*\* \*\*\*\* \*\*\*\* 1111 \| IBAN_k1_[0-9A-Z]{12} \| <URL_1> \| 8\.8\.8\.8$/);
  assert.deepEqual(findings.map((f) => [f.type, f.operator, text.slice(f.start, f.end)]), [
    ['EMAIL', 'label', 'a@b.co'],
    ['PHONE', 'redact', '+1 415 555 0100'],
    ['CREDIT_CARD', 'mask', '4111 1111 1111 1111'],
    ['IBAN', 'pseudonym', 'DE89 3704 0044 0532 0130 00'],
    ['URL', 'placeholder', 'https://x.example/u/1'],
    ['IP_ADDRESS', 'keep', '8.8.8.8'],
  ]);
});

test('generalize: birth dates to their year or month, IP addresses to their network; refused elsewhere', () => {
  const bf = new Blindfold({ operators: { DATE_OF_BIRTH: 'generalize', IP_ADDRESS: 'generalize' } });
  const { text, findings } = bf.redactText('born 12 March 1985, DOB 03.04.79, from 8.8.4.4 and 2a02:8108:1234:5678::1');
  assert.equal(text, 'born 1985, DOB 1979, from 8.8.4.0/24 and 2a02:8108:1234::/48');
  assert.deepEqual([...new Set(findings.map((f) => f.operator))], ['generalize']);
  const months = new Blindfold({ operators: { DATE_OF_BIRTH: { generalize: { date: 'month' } } } });
  assert.equal(months.redactText('born 12 March 1985').text, 'born 1985-03');
  assert.throws(() => new Blindfold({ operators: { EMAIL: 'generalize' } }), { code: 'INVALID_OPTIONS', path: 'operators.EMAIL' });
  assert.throws(() => new Blindfold({ operators: { DATE_OF_BIRTH: { generalize: { date: 'day' } } } }), {
    code: 'INVALID_OPTIONS',
    path: 'operators.DATE_OF_BIRTH.generalize.date',
  });
});

test('surrogate: fakes of the same shape from fiction ranges, deterministic, restorable, idempotent', () => {
  const text = 'Jana (jana@example.org, +1 415 555 2671, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00) from 81.2.69.160';
  const bf = new Blindfold({ key, operators: { default: 'surrogate' } });
  const { text: out, findings } = bf.redactText(text);
  assert.match(out, /user-[0-9a-z]{8}@example\.invalid/);
  assert.match(out, /\+1 \d{3} 555 01\d\d/);
  assert.match(out, /card 4242 42[1-9]{2} [1-9]{4} [1-9]{3}\d/);
  assert.match(out, /IBAN DE\d\d \d{4} \d{4} \d{4} \d{4} \d\d/);
  assert.match(out, /from (192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  for (const value of ['jana@', '2671', '4111', '3704', '81.2.69']) assert.ok(!out.includes(value), out);
  assert.ok(findings.every((f) => f.operator === 'surrogate'));
  assert.equal(bf.restore(out).text, text);
  assert.equal(bf.redactText(out).text, out, 'redacting the output again changes nothing');
  assert.equal(new Blindfold({ key, operators: { default: 'surrogate' } }).redactText(text).text, out, 'same key, same fakes');
  const answer = `Sure! I will email ${out.match(/user-\w+@example\.invalid/)[0].toUpperCase()} today.`;
  assert.equal(bf.restore(answer).text, 'Sure! I will email jana@example.org today.');
  assert.throws(() => new Blindfold({ operators: { default: 'surrogate' } }), { code: 'INVALID_KEY', path: 'key' });
});

test('dateShift: every date of one subject moves by the same days', () => {
  const bf = new Blindfold({ key, operators: { DATE_OF_BIRTH: { dateShift: { maxDays: 60 } } } });
  const text = 'DOB: 01.03.1990. Twin born on 2 March 1990.';
  const shifted = (subject) => [...bf.redactText(text, { subject }).text.matchAll(/\d{4}-\d\d-\d\d/g)].map((m) => m[0]);
  const a = shifted('patient-1');
  assert.equal(a.length, 2);
  const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  assert.equal(days(a[1]) - days(a[0]), 1, 'intervals stay true');
  const offset = days(a[0]) - days('1990-03-01');
  assert.ok(offset !== 0 && Math.abs(offset) <= 60, String(offset));
  assert.deepEqual(shifted('patient-1'), a, 'stable for one subject');
  assert.ok(['patient-2', 'patient-3', 'patient-4'].some((s) => shifted(s)[0] !== a[0]), 'differs between subjects');
  assert.throws(() => new Blindfold({ key, operators: { EMAIL: 'dateShift' } }), { code: 'INVALID_OPTIONS', path: 'operators.EMAIL' });
  assert.throws(() => bf.redactText(text, { subject: 7 }), { code: 'INVALID_OPTIONS', path: 'subject' });
});

test('placeholders are stable across calls on one instance, and restore reverses them', () => {
  const bf = new Blindfold();
  const first = bf.redactText('Mail jane@example.com or bob@example.com');
  const second = bf.redactText('Again: JANE@example.com');
  assert.equal(first.text, 'Mail <EMAIL_1> or <EMAIL_2>');
  assert.equal(second.text, 'Again: <EMAIL_1>');
  const answer = 'I wrote to **<email_1>** and [EMAIL_2]; \\<EMAIL\\_1\\> confirmed. <EMAIL_9> is unknown.';
  assert.deepEqual(bf.restore(answer), {
    text: 'I wrote to **jane@example.com** and bob@example.com; jane@example.com confirmed. <EMAIL_9> is unknown.',
    unresolved: ['EMAIL_9'],
  });
  bf.clearVault();
  assert.deepEqual(bf.restore('<EMAIL_1>'), { text: '<EMAIL_1>', unresolved: ['EMAIL_1'] });
});

test('property: restore(redactText(x)) == x for placeholders, pseudonyms and surrogates', () => {
  const values = ['jane.doe@example.com', '+44 20 7946 0958', '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00', '123-45-6789', '2a02:8108::1', 'Straße 🦀', 'é', '日本', '\u200b'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const operator of ['placeholder', 'pseudonym', 'surrogate']) {
    const bf = new Blindfold({ key, operators: { default: operator } });
    for (let round = 0; round < 300; round++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => values[Math.floor(random() * values.length)]);
      const text = parts.join(random() < 0.5 ? ' and ' : ', ');
      const redacted = bf.redactText(text);
      for (const finding of redacted.findings) {
        assert.ok(!redacted.text.includes(text.slice(finding.start, finding.end)), `${operator}: ${redacted.text}`);
      }
      assert.equal(bf.restore(redacted.text).text, text, `${operator}: ${JSON.stringify(text)}`);
      assert.equal(bf.redactText(redacted.text).text, redacted.text, `${operator}: idempotent`);
    }
  }
  assert.equal(new Blindfold().restore('nothing to restore here').text, 'nothing to restore here');
});

test('operator errors name the entry; the pseudonym operator needs a key', () => {
  assert.throws(() => new Blindfold({ operators: { EMAIL: 'hash' } }), { code: 'INVALID_OPTIONS', path: 'operators.EMAIL' });
  assert.throws(() => new Blindfold({ operators: { CREDIT_CARD: { mask: { keepLst: 4 } } } }), {
    code: 'INVALID_OPTIONS',
    path: 'operators.CREDIT_CARD.mask.keepLst',
  });
  assert.throws(() => new Blindfold({ operators: { default: 'pseudonym' } }), { code: 'INVALID_KEY', path: 'key' });
  assert.throws(() => new Blindfold().redactText(42), { code: 'INVALID_ARGUMENT', path: 'text' });
});

async function streamThrough(bf, chunks) {
  const stream = bf.restoreStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const read = (async () => {
    let out = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return out;
      out += value;
    }
  })();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  return { text: await read, unresolved: stream.unresolved };
}

test('restoreStream() equals restore() at every split point and with 1-character chunks', async () => {
  const bf = new Blindfold({ key, operators: { PHONE: 'pseudonym', PERSON: 'surrogate', IBAN: 'surrogate' } });
  const { text: sent } = bf.redactText('My name is Jana Novak. Mail jane@example.com, call +1 415 555 0100, IBAN DE89 3704 0044 0532 0130 00.');
  const phoneToken = sent.match(/PHONE_k1_[0-9A-Z]+/)[0];
  const name = sent.match(/My name is (\w+ \w+)\./)[1];
  const iban = sent.match(/IBAN (DE[\d ]+)\./)[1];
  const answers = [
    `Write to <EMAIL_1> or call ${phoneToken} today.`,
    `Dear ${name}, your IBAN ${iban} is ok. ${name}s and ${name.split(' ')[0]} stay.`,
    '\\<EMAIL\\_1\\> and **email_1** and [EMAIL_1',
    'EMAIL_1',
    '<EMAIL_12> is not EMAIL_1 \\',
    '日本 🦀 <EMAIL_1>🦀 and <EMAIL_5>',
    // Pseudonyms glued to text on their left, after a long word.
    `call 8${phoneToken}, x_${phoneToken} or ll${phoneToken} ${'4'.repeat(200)}${phoneToken}.`,
  ];
  assert.equal(
    bf.restore(answers.at(-1)).text,
    `call 8+1 415 555 0100, x_+1 415 555 0100 or ll+1 415 555 0100 ${'4'.repeat(200)}+1 415 555 0100.`,
  );
  for (const answer of answers) {
    const expected = bf.restore(answer);
    for (let split = 0; split <= answer.length; split++) {
      const streamed = await streamThrough(bf, [answer.slice(0, split), answer.slice(split)]);
      assert.equal(streamed.text, expected.text, `${JSON.stringify(answer)} split at ${split}`);
    }
    const singles = await streamThrough(bf, [...answer]);
    assert.equal(singles.text, expected.text, `${JSON.stringify(answer)} one character at a time`);
    assert.deepEqual(singles.unresolved, expected.unresolved);
  }
});

test('restoreStream() holds back only what could still become a token, and refuses non-string chunks', async () => {
  const bf = new Blindfold();
  bf.redactText('jane@example.com');
  const stream = bf.restoreStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  writer.write('Dear <EMAIL_1>, here is a long word: ' + 'x'.repeat(300));
  const first = await reader.read();
  // No token can start inside a word of letters: nothing is held back.
  assert.equal(first.value, 'Dear jane@example.com, here is a long word: ' + 'x'.repeat(300));
  writer.write(' and <EMAI');
  const second = await reader.read();
  // What may still become a token is held.
  assert.equal(second.value, ' and ');
  writer.write(new Uint8Array([1])).catch(() => {});
  await assert.rejects(reader.read(), { code: 'INVALID_ARGUMENT' });
});

test('exportVault/importVault: encrypted, restores in a new instance, refuses tampering and other keys', () => {
  const first = new Blindfold({ key });
  const sent = first.redactText('Mail jane@example.com or call +44 20 7946 0958').text;
  const blob = first.exportVault();
  assert.ok(blob instanceof Uint8Array);
  assert.ok(!Buffer.from(blob).toString('latin1').includes('jane'), 'no plaintext in the blob');
  assert.ok(!Buffer.from(blob).includes(Buffer.from(key.secret)), 'no key bytes in the blob');

  const later = new Blindfold({ key });
  later.importVault(blob);
  assert.equal(later.restore(sent).text, 'Mail jane@example.com or call +44 20 7946 0958');

  const tampered = blob.slice();
  tampered[tampered.length - 1] ^= 1;
  assert.throws(() => later.importVault(tampered), { code: 'VAULT_REJECTED' });
  assert.throws(() => later.importVault(blob.slice(0, 10)), { code: 'VAULT_REJECTED' });
  const stranger = new Blindfold({ key: { id: 'k1', secret: new Uint8Array(32).fill(9) } });
  assert.throws(() => stranger.importVault(blob), { code: 'VAULT_REJECTED' });
  assert.throws(() => stranger.importVault('not bytes'), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => new Blindfold().exportVault(), { code: 'INVALID_KEY', path: 'key' });
  // The instance keeps working after a refusal, with its vault intact.
  assert.equal(later.restore(sent).text, 'Mail jane@example.com or call +44 20 7946 0958');
});

test('a number written in digit words gets the pseudonym of its digits, and two such numbers never share one', () => {
  const bf = new Blindfold({ key, operators: { default: 'pseudonym' } });
  const { text } = bf.redactText(
    'card four one one one one one one one one one one one one one one one or 4111 1111 1111 1111; ' +
      'call oh seven seven double oh nine oh oh one two three or 07700 900 123; or call five five five one two three four',
  );
  const tokens = text.match(/[A-Z_]+_k1_[0-9A-Z]+/g);
  assert.equal(tokens.length, 5, text);
  const [spelledCard, card, spelledPhone, phone, other] = tokens;
  assert.equal(spelledCard, card);
  assert.equal(spelledPhone, phone);
  assert.notEqual(other, phone);
});

test('a disguised address or link, or an id written otherwise, gets the pseudonym of its plain form', () => {
  const bf = new Blindfold({ key, operators: { default: 'pseudonym' } });
  const forms = [
    ['sarah@gmail.com', 'Sarah at Gmail.com', 'sarah (at) gmail (dot) com', 's a r a h @ g m a i l . c o m', 'sa\u200brah@gmail.com',
      'sarah&#64;gmail&#46;com', '&#115;arah%40gmail%2Ecom'],
    ['192.168.1.20', '192[.]168[.]1[.]20', '192 dot 168 dot 1 dot 20', '192 . 168 . 1 . 20'],
    ['c2 2a00:1450:4001:830::200e', 'c2 2A00[:]1450[:]4001[:]830[:][:]200E'],
    ['see https://evil-site.com/Login', 'see hxxps://Evil-Site[.]com/Login', 'see https[://]evil-site.com/Login'],
    ['NINO AB123456C', 'nino: ab 12 34 56 c'],
    ['DOB: 12/03/1985', 'I was born on March 12, 1985.', 'geboren am 12. März 1985', 'date of birth 1985-03-12'],
    [
      'My name is Jana Nováková.',
      'My name is Ja\u200bna Nov\u00adáková.',
      'My name is Ｊａｎａ Nováková.',
      // Accents as combining marks, as macOS writes file names.
      'My name is Jana Nova\u0301kova\u0301.',
    ],
    ['jose\u0301@example.es', 'JOSÉ@example.es'],
    ['NHS 943 476 5919', 'NHS number 9434765919'],
  ];
  for (const group of forms) {
    const tokens = group.map((text) => bf.redactText(text).text.match(/[A-Z_]+_k1_[0-9A-Z]+/g));
    for (const found of tokens) assert.deepEqual(found, tokens[0], group.join(' | '));
    assert.equal(tokens[0].length, 1, group[0]);
  }
  assert.notEqual(bf.pseudonymize('sarah@gmail.com', 'EMAIL'), bf.pseudonymize('sara@gmail.com', 'EMAIL'));
  // A URL's path and query keep their case.
  assert.notEqual(bf.pseudonymize('https://x.io/A', 'URL'), bf.pseudonymize('https://x.io/a', 'URL'));
  // A name without its accents is another name's token.
  assert.notEqual(bf.pseudonymize('Jana Nováková', 'PERSON'), bf.pseudonymize('Jana Novakova', 'PERSON'));
});
