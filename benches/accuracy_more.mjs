// Recall of the types benches/accuracy.mjs does not cover: national ids
// (valid check digits, with the context word their detector asks for, and
// without it), secrets, birth dates, people and addresses — with a cue, and
// bare in running text — including Japanese and Chinese names; and values
// in tables pasted as text, under their header's cue word; display names
// in mail headers and commit trailers; names after a form's label for a
// person's part (`Customer:`, `Attn:`). A gold value counts as found when
// no piece of it survives redaction verbatim.
//   bash scripts/build.sh && node benches/accuracy_more.mjs
import { pathToFileURL } from 'node:url';

import { Blindfold } from '../pkg/node.js';
import { luhnComplete, seeded } from './support/generate.mjs';

const SEED = 0x0a11ce;
let rng = seeded(SEED);
const pick = (list) => rng.pick(list);
const between = (lo, hi) => rng.between(lo, hi);
const digits = (n) => rng.digits(n);
const letters = (n, alphabet) => rng.letters(n, alphabet);

// ---------- check digits ----------
const sumWeighted = (ds, weights) => ds.reduce((sum, d, i) => sum + Number(d) * weights[i], 0);
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeff(body) {
  let c = 0;
  const ds = [...body].reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][ds[i]]];
  return body + VERHOEFF_INV[c];
}
function iso7064(body) {
  let product = 10;
  for (const d of body) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return body + ((11 - product) % 10);
}
function mod11Nhs() {
  for (;;) {
    const body = digits(9);
    const check = 11 - (sumWeighted([...body], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (check === 10) continue;
    return body + (check === 11 ? 0 : check);
  }
}
function bsn() {
  for (;;) {
    const body = String(between(1, 9)) + digits(7);
    const partial = sumWeighted([...body], [9, 8, 7, 6, 5, 4, 3, 2]);
    const last = partial % 11;
    if (last > 9) continue;
    return body + last;
  }
}
function cpf() {
  const body = digits(9);
  const d1 = ((sumWeighted([...body], [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const d2 = ((sumWeighted([...body, d1], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const all = body + d1 + d2;
  return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
}
function tfn() {
  for (;;) {
    const body = digits(9);
    if (sumWeighted([...body], [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) return `${body.slice(0, 3)} ${body.slice(3, 6)} ${body.slice(6)}`;
  }
}
function nir() {
  const body = `${pick(['1', '2'])}${digits(2)}${String(between(1, 12)).padStart(2, '0')}${String(between(1, 95)).padStart(2, '0')}${digits(3)}${digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body} ${String(key).padStart(2, '0')}`;
}
function dni() {
  const number = digits(8);
  return number + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(number) % 23];
}
function steuerId() {
  for (;;) {
    const body = String(between(1, 9)) + digits(9);
    const counts = [...body].reduce((m, d) => ((m[d] = (m[d] ?? 0) + 1), m), {});
    const repeated = Object.values(counts).filter((n) => n > 1);
    if (repeated.length !== 1 || repeated[0] > 3) continue;
    return iso7064(body);
  }
}
function nino() {
  const first = pick([...'ABCEGHJKLMNOPRSTWXYZ']);
  const second = pick([...'ABCEGHJKLMNPRSTWXYZ']);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second)) return nino();
  return `${first}${second} ${digits(2)} ${digits(2)} ${digits(2)} ${pick([...'ABCD'])}`;
}
function aadhaar() {
  const all = verhoeff(String(between(2, 9)) + digits(10));
  return `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`;
}

const pad2 = (n) => String(n).padStart(2, '0');
function cnResidentId() {
  const body = pick(['11', '31', '32', '33', '44', '51', '61', '81']) + digits(4) +
    String(between(1940, 2010)) + pad2(between(1, 12)) + pad2(between(1, 28)) + digits(3);
  const check = (12 - (sumWeighted([...body], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11)) % 11;
  return body + (check === 10 ? 'X' : check);
}
function krRrn() {
  // Issued before October 2020: with its check digit.
  const year = between(1940, 2010);
  const body = pad2(year % 100) + pad2(between(1, 12)) + pad2(between(1, 28)) +
    (year < 2000 ? pick(['1', '2']) : pick(['3', '4'])) + digits(5);
  const check = (11 - (sumWeighted([...body], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}
function jpMyNumber() {
  const body = digits(11);
  const remainder = sumWeighted([...body], [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const all = body + (remainder <= 1 ? 0 : 11 - remainder);
  return `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`;
}

// ---------- gold values: [value, context word their detector needs] ----------
const IDS = {
  UK_NHS: () => [mod11Nhs().replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'), 'NHS number'],
  CA_SIN: () => [luhnComplete(String(between(1, 7)) + digits(7)).replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3'), 'SIN'],
  FR_NIR: () => [nir(), 'numéro de sécurité sociale'],
  ES_DNI: () => [dni(), 'DNI'],
  NL_BSN: () => [bsn(), 'BSN'],
  DE_TAX_ID: () => [steuerId(), 'Steuer-ID'],
  IN_AADHAAR: () => [aadhaar(), 'Aadhaar'],
  IN_PAN: () => [`${letters(3)}${pick([...'PCHFATBLJG'])}${letters(1)}${digits(4)}${letters(1)}`, 'PAN'],
  BR_CPF: () => [cpf(), 'CPF'],
  AU_TFN: () => [tfn(), 'TFN'],
  UK_NINO: () => [nino(), 'National Insurance number'],
  PASSPORT: () => [`${letters(2)}${digits(7)}`, 'passport number'],
  CN_RESIDENT_ID: () => [cnResidentId(), '身份证号'],
  KR_RRN: () => [krRrn(), '주민등록번호'],
  JP_MY_NUMBER: () => [jpMyNumber(), 'マイナンバー'],
};
const SECRETS = {
  'AWS access key id': () => `AKIA${letters(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
  'GitHub token': () => `ghp_${letters(36, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
  'Slack token': () => `xoxb-${digits(11)}-${digits(12)}-${letters(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
  'Stripe live key': () => `sk_live_${letters(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
  'Google API key': () => `AIza${letters(35, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}`,
  'OpenAI-style key': () => `sk-proj-${letters(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
  JWT: () => {
    const b64 = (n) => letters(n, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
    return `eyJhbGciOiJIUzI1NiJ9.eyJ${b64(40)}.${b64(43)}`;
  },
  'password=': () => `password=${letters(12, 'abcdefghijklmnopqrstuvwxyz0123456789!#%')}`,
  'connection string': () => `postgres://app:${letters(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}@db.example.internal:5432/app`,
};
const GIVEN = ['Jana', 'Pieter', 'Élodie', 'Jürgen', 'José', 'Giulia', 'Priya', 'João', 'Emma', 'Liam', 'Noah', 'Sofia', 'Marek', 'Anna'];
const FAMILY = ['Novák', 'de Vries', 'Fontaine', 'Müller', 'García', 'Rossi', 'Sharma', 'Silva', 'Smith', "O'Brien", 'Kowalski', 'Jansen'];
const CJK = ['田中太郎', '佐藤花子', '鈴木一郎', '王伟', '李娜', '张敏'];
const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
const PEOPLE = {
  'after "my name is"': () => { const p = person(); return [p, `Hi, my name is ${p} and I need help.`]; },
  'after a title': () => { const p = person(); return [p, `Please forward this to ${pick(['Mr', 'Ms', 'Dr', 'Frau', 'Mme'])} ${p} today.`]; },
  'after a greeting': () => { const p = person(); return [p, `${pick(['Dear', 'Hallo', 'Bonjour'])} ${p}, thanks for your order.`]; },
  'in a sign-off': () => { const p = person(); return [p, `Thanks for the quick reply.\nBest regards,\n${p}`]; },
  'bare in running text': () => { const p = person(); return [p, `Yesterday ${p} called about the delayed parcel.`]; },
  'Japanese/Chinese, with a cue': () => { const p = pick(CJK); return [p, `${pick(['私の名前は', '我叫', 'お名前：'])}${p}です。`]; },
  'in pasted JSON or config': () => {
    const [given, family] = [pick(GIVEN), pick(FAMILY)];
    const text = pick([
      `Why is this rejected? {"id": 42, "first_name": "${given}", "last_name": "${family}"}`,
      `config:\n  first_name: ${given}\n  last_name: ${family}\n`,
      `{'customer_name': '${given} ${family}', 'plan': 'pro'}`,
    ]);
    return [`${given} ${family}`, text];
  },
};
const ADDRESSES = {
  'en_US': () => `${between(1, 9999)} ${pick(['Main', 'Oak', 'Maple', 'Cedar'])} ${pick(['Street', 'Avenue', 'Road', 'Blvd'])}, Springfield, IL ${digits(5)}`,
  'en_GB': () => `${between(1, 250)} ${pick(['Baker', 'High', 'Church', 'Station'])} ${pick(['Street', 'Road', 'Lane'])}, London ${pick(['NW1', 'SW1A', 'E2', 'N7'])} ${between(1, 9)}${letters(2)}`,
  'de_DE': () => `${pick(['Haupt', 'Bahnhof', 'Garten', 'Schiller'])}straße ${between(1, 120)}, ${digits(5)} Berlin`,
  'fr_FR': () => `${between(1, 120)} rue de la ${pick(['Paix', 'Gare', 'République'])}, ${digits(5)} Paris`,
  'nl_NL': () => `${pick(['Kerk', 'Dorps', 'Molen'])}straat ${between(1, 200)}, ${digits(4)} ${letters(2)} Amsterdam`,
  'es_ES': () => `Calle ${pick(['Mayor', 'Real', 'Nueva'])} ${between(1, 120)}, ${digits(5)} Madrid`,
  'it_IT': () => `Via ${pick(['Roma', 'Garibaldi', 'Dante'])} ${between(1, 120)}, ${digits(5)} Milano`,
  'pt_BR': () => `Rua ${pick(['das Flores', 'Augusta', 'XV de Novembro'])}, ${between(1, 2000)}, São Paulo`,
};
const DOB = () => {
  const d = between(1, 28);
  const m = between(1, 12);
  const y = between(1940, 2010);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return pick([
    [`${d}.${m}.${y}`, `geb. ${d}.${m}.${y}`],
    [`${months[m - 1]} ${d}, ${y}`, `I was born on ${months[m - 1]} ${d}, ${y}.`],
    [`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `DOB: ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`],
    [`${d}/${m}/${y}`, `né le ${d}/${m}/${y}`],
    [`${d} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} de ${y}`, `fecha de nacimiento: ${d} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} de ${y}`],
  ]);
};

// Tables pasted as text: the value sits in the last of three rows, far from
// the header's cue word. Drawn from their own generator, so that the rows
// above keep their samples.
const TABLE_NAMES = ['Okonkwo Eze', 'Chidi Okafor', 'Thandiwe Dlamini', 'Siosaia Tupou', 'Aroha Ngata', 'Kofi Mensah', 'Yerlan Nurlanov', 'Tavita Faleolo'];
const TABLES = {
  'CSV, phone column': (r) => {
    const phone = () => `${r.between(201, 989)}${r.between(201, 989)}${r.digits(4)}`;
    const rows = [0, 1, 2].map(() => [r.pick(TABLE_NAMES), `${r.letters(5)}@example.com`, phone()]);
    return [rows[2][2], `Can you dedupe this?\nname,email,phone\n${rows.map((row) => row.join(',')).join('\n')}\n`];
  },
  'CSV, name column (names on no list)': (r) => {
    const rows = [0, 1, 2].map(() => [r.pick(TABLE_NAMES), `${r.letters(5)}@example.com`, r.pick(['pro', 'free', 'team'])]);
    return [rows[2][0], `name,email,plan\n${rows.map((row) => row.join(',')).join('\n')}\n`];
  },
  'semicolons, German export': (r) => {
    const rows = [0, 1, 2].map(() => [r.pick(['Schulz', 'Meier', 'Okafor', 'Dlamini']), r.pick(['Karin', 'Paul', 'Chidi', 'Thandiwe']), `0151${r.digits(8)}`]);
    return [rows[2][2], `Nachname;Vorname;Telefon\n${rows.map((row) => row.join(';')).join('\n')}\n`];
  },
  'Markdown, SSN column': (r) => {
    const ssn = () => `${r.between(100, 665)}${r.between(10, 99)}${r.between(1000, 9999)}`;
    const rows = [0, 1, 2].map(() => [r.pick(TABLE_NAMES), ssn()]);
    return [rows[2][1], `| Customer | SSN |\n|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`];
  },
};

// Mail headers, commit trailers and package metadata: a display name on no
// list before an address made of it (its own generator, as for tables).
const MAILBOX_NAMES = [...TABLE_NAMES, 'Ngozi Adeyemi', 'Wojciech Zięba', 'Amaru Quispe', 'Nguyen Thi Lan', 'Olusegun Obasanjo', 'Leilani Kahale'];
const localPart = (r, name) => {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(' ');
  const [first, last] = [words[0], words[words.length - 1]];
  return r.pick([`${first}.${last}`, `${first[0]}${last}`, first, words.map((w) => w[0]).join(''), `${last}${r.between(1, 99)}`]);
};
const MAILBOXES = {
  'From: header': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `Can you summarize this?\nFrom: ${n} <${localPart(r, n)}@example.com>\nSubject: Refund`]; },
  'quoted reply line': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `On Tue, 4 Nov 2026 at 09:12, ${n} <${localPart(r, n)}@example.org> wrote:\n> Hi`]; },
  'commit trailer': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `fix: retry on timeout\n\nSigned-off-by: ${n} <${localPart(r, n)}@example.dev>`]; },
  'package.json author': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `{"name": "tool", "author": "${n} <${localPart(r, n)}@example.net>"}`]; },
};

// Forms, tickets and letters that label a person by their part (names on
// no list; their own generator).
const ROLE_LABELS = {
  'Customer: in a ticket': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `Ticket #${r.digits(5)}\nCustomer: ${n}\nIssue: double charge on invoice`]; },
  'Attn: in a letter': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `Attn: ${n}\nRe: your claim`]; },
  'Cardholder: in capitals': (r) => { const n = r.pick(MAILBOX_NAMES).toUpperCase(); return [n, `Cardholder: ${n}\nAmount: 42.00 EUR`]; },
  'other languages': (r) => { const n = r.pick(MAILBOX_NAMES); return [n, `${r.pick(['Empfänger:', 'Destinataire :', 'Paciente:', 'Klant:', 'Destinatário:'])} ${n}\n`]; },
};

/** Whether any 4-character piece of `gold` (or all of a shorter one) survives in `out`. */
function leaks(out, gold) {
  const pieces = gold.split(/[\s.,\-/:]+/).filter((p) => [...p].length >= (/^[\u3000-\u9fff]+$/.test(p) ? 2 : 4));
  return pieces.some((piece) => out.includes(piece));
}

function redacted(bf, text) {
  let out = '';
  let last = 0;
  for (const f of bf.scan(text)) {
    out += text.slice(last, f.start) + '[X]';
    last = f.end;
  }
  return out + text.slice(last);
}

/** Recall per group and row: { group: { row: { found, total } } }. */
export function measureRecall(bf, samples = 500) {
  rng = seeded(SEED);
  const result = { 'national ids, with context': {}, 'national ids, no context': {}, secrets: {}, 'birth dates': {}, people: {}, addresses: {}, tables: {}, 'mail headers': {}, 'role labels': {} };
  const tableRng = seeded(SEED + 1);
  const mailboxRng = seeded(SEED + 2);
  const roleRng = seeded(SEED + 3);
  const count = (group, row, text, gold) => {
    const entry = (result[group][row] ??= { found: 0, total: 0 });
    entry.total++;
    if (!leaks(redacted(bf, text), gold)) entry.found++;
  };
  for (let i = 0; i < samples; i++) {
    for (const [type, make] of Object.entries(IDS)) {
      const [value, context] = make();
      count('national ids, with context', type, `Customer update — ${context}: ${value}. Thanks!`, value);
      count('national ids, no context', type, `Customer update — reference ${value}. Thanks!`, value);
    }
    for (const [kind, make] of Object.entries(SECRETS)) {
      const value = make();
      count('secrets', kind, `Why does this fail? config: ${value} (line 12)`, value.includes('=') ? value.split('=')[1] : value.includes('://') ? value.split(':')[2].split('@')[0] : value);
    }
    const [date, sentence] = DOB();
    count('birth dates', 'with a birth cue', sentence, date);
    for (const [kind, make] of Object.entries(PEOPLE)) {
      const [name, text] = make();
      count('people', kind, text, name);
    }
    for (const [locale, make] of Object.entries(ADDRESSES)) {
      const address = make();
      count('addresses', `${locale}, after "Address:"`, `Address: ${address}`, address.split(',')[0]);
      count('addresses', `${locale}, in a sentence`, `Please ship it to ${address} by Friday.`, address.split(',')[0]);
    }
    for (const [kind, make] of Object.entries(TABLES)) {
      const [value, text] = make(tableRng);
      count('tables', kind, text, value);
    }
    for (const [kind, make] of Object.entries(MAILBOXES)) {
      const [value, text] = make(mailboxRng);
      count('mail headers', kind, text, value);
    }
    for (const [kind, make] of Object.entries(ROLE_LABELS)) {
      const [value, text] = make(roleRng);
      count('role labels', kind, text, value);
    }
  }
  return result;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const samples = Number(process.env.ACCURACY_SAMPLES ?? 500);
  const result = measureRecall(new Blindfold(), samples);
  console.log(`recall (no piece of the value left), ${samples} samples per row, seed fixed`);
  for (const [group, rows] of Object.entries(result)) {
    console.log(group);
    for (const [row, { found, total }] of Object.entries(rows)) {
      console.log(`  ${row.padEnd(36)} ${((100 * found) / total).toFixed(1).padStart(6)}%`);
    }
  }
}
