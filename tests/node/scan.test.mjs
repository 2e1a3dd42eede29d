// scan() through the built package: UTF-16 spans, disguises, limits, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Blindfold, BlindfoldError } from '../../pkg/node.js';

const bf = new Blindfold();
const values = (text, findings = bf.scan(text)) => findings.map((f) => [f.type, text.slice(f.start, f.end)]);

test('findings are typed, ordered, scored, and hold no raw values', () => {
  const text = 'Mail jane.doe@example.com or call +1 (415) 555-0100; card 4111 1111 1111 1111.';
  const findings = bf.scan(text);
  assert.deepEqual(values(text, findings), [
    ['EMAIL', 'jane.doe@example.com'],
    ['PHONE', '+1 (415) 555-0100'],
    ['CREDIT_CARD', '4111 1111 1111 1111'],
  ]);
  for (const finding of findings) {
    assert.deepEqual(Object.keys(finding).sort(), ['end', 'score', 'start', 'type']);
    assert.ok(finding.score >= 0.5 && finding.score <= 1);
  }
});

test('offsets are UTF-16 code units around emoji, CJK and combining marks', () => {
  const text = '👩🏽‍💻 日本語のテキスト ñ́ jane@example.com 🦀 DE89 3704 0044 0532 0130 00 é';
  assert.deepEqual(values(text), [
    ['EMAIL', 'jane@example.com'],
    ['IBAN', 'DE89 3704 0044 0532 0130 00'],
  ]);
});

test('values run into Chinese, Japanese or Korean words are found', () => {
  // Those texts write no space between a number and the words around it.
  const text = '😊 我的卡号是4111111111111111，手机号是13812345678谢谢。口座DE89370400440532013000です、電話番号は090-1234-5678です。IP是81.2.69.160吗';
  assert.deepEqual(values(text), [
    ['CREDIT_CARD', '4111111111111111'],
    ['PHONE', '13812345678'],
    ['IBAN', 'DE89370400440532013000'],
    ['PHONE', '090-1234-5678'],
    ['IP_ADDRESS', '81.2.69.160'],
  ]);
  const links = '邮箱：jane@example.com谢谢，网址https://example.com/x 谢谢。我的密码是hunter2!谢谢，パスワード: abc123です';
  assert.deepEqual(values(links), [
    ['EMAIL', 'jane@example.com'],
    ['URL', 'https://example.com/x'],
    ['SECRET', 'hunter2!'],
    ['SECRET', 'abc123'],
  ]);
  // Chinese, Korean and Japanese identity numbers, in their words' texts.
  assert.deepEqual(values('我是李娜，身份证号11010519491231002X，谢谢。주민등록번호: 900101-1234561, 제 주민번호는 9001011234568입니다。私のマイナンバーは123456789018です'), [
    ['CN_RESIDENT_ID', '11010519491231002X'],
    ['KR_RRN', '900101-1234561'],
    ['KR_RRN', '9001011234568'],
    ['JP_MY_NUMBER', '123456789018'],
  ]);
  // Without its word, a My Number is twelve digits like any other.
  assert.deepEqual(values('注文番号 123456789018'), []);
  // A Korean name runs into the ending after it.
  assert.deepEqual(values('제 이름은 김민준입니다. 이름: 이서연'), [
    ['PERSON', '김민준'],
    ['PERSON', '이서연'],
  ]);
  // A number run into a word of Latin script is part of that word.
  assert.deepEqual(values('ref4111111111111111 and Ωmega4111111111111111'), []);
});

test('disguised values are found and spans cover the disguise', () => {
  const rows = [
    ['mail jo\u200bhn@exa\u00admple.com', 'EMAIL', 'jo\u200bhn@exa\u00admple.com'],
    ['card ４１１１ １１１１ １１１１ １１１１', 'CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１'],
    ['card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', 'CREDIT_CARD', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['tel +49\u00a030\u2011123\u20134567', 'PHONE', '+49\u00a030\u2011123\u20134567'],
    ['write john (at) example (dot) com', 'EMAIL', 'john (at) example (dot) com'],
    ['ssn 123\u201245\u20126789', 'US_SSN', '123\u201245\u20126789'],
    ['ssn 0 7 8 0 5 1 1 2 0', 'US_SSN', '0 7 8 0 5 1 1 2 0'],
    ['📞 call me: 0 7 7 0 0 9 0 0 1 2 3', 'PHONE', '0 7 7 0 0 9 0 0 1 2 3'],
    ['é john dot smith at gmail dot com', 'EMAIL', 'john dot smith at gmail dot com'],
    ['write to john @ gmail . com', 'EMAIL', 'john @ gmail . com'],
    ['👋 j o h n @ e x a m p l e . c o m', 'EMAIL', 'j o h n @ e x a m p l e . c o m'],
    ['<p>john&#64;example.org</p>', 'EMAIL', 'john&#64;example.org'],
    ['to john%40gmail.com', 'EMAIL', 'john%40gmail.com'],
    // Every character written as an HTML reference, as pages hide addresses.
    ['é <a href="mailto:&#106;&#97;&#110;&#101;&#64;&#101;&#120;&#46;&#105;&#111;">', 'EMAIL',
      '&#106;&#97;&#110;&#101;&#64;&#101;&#120;&#46;&#105;&#111;'],
    ['😀 jane&#46;doe&#064;example&period;com', 'EMAIL', 'jane&#46;doe&#064;example&period;com'],
    ['🔑 my password is Tr0ub4dor&3, ok?', 'SECRET', 'Tr0ub4dor&3'],
    ['mon mot de passe est soleil42.', 'SECRET', 'soleil42'],
    ['🔑 Login: jdoe / Pa$$w0rd2024!', 'SECRET', 'Pa$$w0rd2024!'],
    ['username jdoe password Tr0ub4dor&3', 'SECRET', 'Tr0ub4dor&3'],
    // Defanged, as security notes and incident reports write them.
    ['🛑 blocked 192[.]168[.]1[.]20 today', 'IP_ADDRESS', '192[.]168[.]1[.]20'],
    ['from ８１［.］２［.］６９［.］１６０', 'IP_ADDRESS', '８１［.］２［.］６９［.］１６０'],
    ['host 81 dot 2 dot 69 dot 160 down', 'IP_ADDRESS', '81 dot 2 dot 69 dot 160'],
    ['host 81 . 2 . 69 . 160 down', 'IP_ADDRESS', '81 . 2 . 69 . 160'],
    ['é hxxps://evil-site[.]com/login?user=jane.', 'URL', 'hxxps://evil-site[.]com/login?user=jane'],
    ['see http[:]//bad.example.org/a', 'URL', 'http[:]//bad.example.org/a'],
    ['phish from john[@]example[.]com', 'EMAIL', 'john[@]example[.]com'],
    ['iban D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 🏦', 'IBAN', 'D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0'],
    ['wifi pw: hunter2!x', 'SECRET', 'hunter2!x'],
    // Digits under combining marks, in keycaps, as superscripts or circled.
    ['card 4\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332!', 'CREDIT_CARD',
      '4\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332 1\u0332'],
    ['card 4️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣ ok', 'CREDIT_CARD', '4️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣'],
    ['card ⁴¹¹¹ ¹¹¹¹ ①①①① 𝟙𝟙𝟙𝟙', 'CREDIT_CARD', '⁴¹¹¹ ¹¹¹¹ ①①①① 𝟙𝟙𝟙𝟙'],
    ['card 4111.1111.1111.1111.', 'CREDIT_CARD', '4111.1111.1111.1111'],
    ['card 4111 11111111 1111', 'CREDIT_CARD', '4111 11111111 1111'],
    ['😀 card 4111 1111‑1111 1111', 'CREDIT_CARD', '4111 1111‑1111 1111'],
    // Written in digit words, after a cue word.
    ['😀 call me on oh seven seven double oh nine oh oh one two three!', 'PHONE', 'oh seven seven double oh nine oh oh one two three'],
    ['Meine Karte: vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins', 'CREDIT_CARD',
      'vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins'],
    // Written without `+`, after a cue word or in a WhatsApp link.
    ['whatsapp 447700900123', 'PHONE', '447700900123'],
    ['chat on wa.me/447700900123', 'PHONE', '447700900123'],
    ['mail jane@example dot com', 'EMAIL', 'jane@example dot com'],
    // A NINO in lower case after its word.
    ['é nino: ab123456c', 'UK_NINO', 'ab123456c'],
    // The bare word `at` before a mail service's domain, or in angle brackets.
    ['😀 my email is sarah at gmail.com.', 'EMAIL', 'sarah at gmail.com'],
    ['© 2024 <jane.doe at example.org>', 'EMAIL', 'jane.doe at example.org'],
  ];
  for (const [text, type, value] of rows) assert.deepEqual(values(text), [[type, value]], text);
});

test("a log's or a query's key before an address stays in the text", () => {
  const log = "GET /reset?user=bob&email=jane%40example.com 200; notify to=ops@example.org cc='it@example.org'";
  assert.deepEqual(values(log), [
    ['EMAIL', 'jane%40example.com'],
    ['EMAIL', 'ops@example.org'],
    ['EMAIL', 'it@example.org'],
  ]);
  // A forwarding address's encoded address is its own.
  assert.deepEqual(values('from SRS0=HHH=TT=example.com=jane@srs.example.net'), [
    ['EMAIL', 'SRS0=HHH=TT=example.com=jane@srs.example.net'],
  ]);
});

test('look-alikes are left alone', () => {
  const text =
    'Order INV-2024-000123 shipped 2026-08-12T10:30:00Z for $1,299.99 (v1.2.3.4, build-20260812-09); ' +
    'tracking 1Z999AA10123456784, UUID 123e4567-e89b-12d3-a456-426614174000, localhost 127.0.0.1, ' +
    'card-like 4111 1111 1111 1112, IBAN-like DE89 3704 0044 0532 0130 01, std::io::Error, ' +
    'firmware version 078.05.1120.';
  assert.deepEqual(bf.scan(text), []);
});

test('entity selection and threshold', () => {
  const text = 'jane@example.com 4111111111111111 8.8.8.8';
  const cards = new Blindfold({ entities: ['CREDIT_CARD'] });
  assert.deepEqual(values(text, cards.scan(text)), [['CREDIT_CARD', '4111111111111111']]);
  assert.deepEqual(cards.entityTypes, ['CREDIT_CARD']);
  assert.deepEqual(new Blindfold({ threshold: 1 }).scan(text), []);
  assert.throws(() => new Blindfold({ entities: ['NOPE'] }), { code: 'INVALID_OPTIONS', path: 'entities[0]' });
  assert.throws(() => new Blindfold({ threshold: 2 }), { code: 'INVALID_OPTIONS', path: 'threshold' });
});

test('input over maxInputLength is INPUT_TOO_LARGE, and the instance keeps working', () => {
  const small = new Blindfold({ maxInputLength: 100 });
  assert.throws(() => small.scan('x'.repeat(101)), (error) => {
    assert.ok(error instanceof BlindfoldError);
    assert.equal(error.code, 'INPUT_TOO_LARGE');
    assert.equal(error.offset, 100);
    return true;
  });
  assert.deepEqual(values('a@b.co', small.scan('a@b.co')), [['EMAIL', 'a@b.co']]);
  // 100 UTF-16 units of 3-byte characters: within the limit although 300 UTF-8 bytes.
  assert.deepEqual(small.scan('日'.repeat(100)), []);
});

test('lone surrogates, NUL and control characters are scanned, not trapped', () => {
  const text = '\ud800 a@b.co \u0000\u0007 \udfff 4111111111111111 \ud83d';
  assert.deepEqual(values(text), [
    ['EMAIL', 'a@b.co'],
    ['CREDIT_CARD', '4111111111111111'],
  ]);
});

test('scan() rejects non-strings', () => {
  for (const bad of [undefined, null, 42, {}, ['a@b.co']]) {
    assert.throws(() => bf.scan(bad), { code: 'INVALID_ARGUMENT', path: 'text' });
  }
});

test('app patterns, deny-lists, allow-lists and known values', () => {
  const app = new Blindfold({
    patterns: [{ name: 'TICKET', regex: 'TCK-\\d{6}' }, { name: 'CODENAME', regex: 'blue\\s+heron', caseInsensitive: true, score: 0.8 }],
    deny: { PROJECT: ['Project Falcon', 'Falcon'] },
    allow: ['support@acme.com'],
  });
  assert.deepEqual(app.entityTypes.slice(-3), ['TICKET', 'CODENAME', 'PROJECT']);
  const text = 'TCK-000123: PROJECT FALCON and Blue  Heron; write support@acme.com or jane@acme.com. Hi, it is Jana again.';
  assert.deepEqual(values(text, app.scan(text)), [
    ['TICKET', 'TCK-000123'],
    ['PROJECT', 'PROJECT FALCON'],
    ['CODENAME', 'Blue  Heron'],
    ['EMAIL', 'jane@acme.com'],
  ]);
  assert.deepEqual(values(text, app.scan(text, { known: { PERSON: ['Jana Nováková'] } })).at(-1), ['PERSON', 'Jana']);
  assert.throws(() => app.scan(text, { known: { NOPE: ['x'] } }), { code: 'INVALID_ARGUMENT', path: 'known.NOPE' });
  // A known name is found however the text accents it: composed, as
  // combining marks (spans take the marks along) or not at all.
  const accented = 'Jana Nova\u0301kova\u0301, JANA NOVAKOVA, Nováková.';
  for (const known of [{ PERSON: ['Jana Nováková'] }, { PERSON: ['Jana Nova\u0301kova\u0301'] }, { PERSON: ['jana novakova'] }]) {
    assert.deepEqual(values(accented, app.scan(accented, { known })), [
      ['PERSON', 'Jana Nova\u0301kova\u0301'],
      ['PERSON', 'JANA NOVAKOVA'],
      ['PERSON', 'Nováková'],
    ], JSON.stringify(known));
  }
  assert.throws(() => app.scan(text, { knwon: {} }), { code: 'INVALID_OPTIONS', path: 'knwon' });
});

test('invalid patterns fail at creation with the rule named', () => {
  assert.throws(() => new Blindfold({ patterns: [{ name: 'OK', regex: 'a' }, { name: 'BAD', regex: '(' }] }), {
    code: 'INVALID_OPTIONS',
    path: 'patterns[1].regex',
  });
  assert.throws(() => new Blindfold({ patterns: [{ name: 'lower', regex: 'a' }] }), { code: 'INVALID_OPTIONS', path: 'patterns[0].name' });
  assert.throws(() => new Blindfold({ patterns: [{ name: 'X', regex: '(?=a)' }] }), { code: 'INVALID_OPTIONS' });
});
