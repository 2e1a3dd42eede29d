// Recall on values drawn from an independent generator, @faker-js/faker
// (a devDependency, seeded): benches/accuracy*.mjs draw from lists written
// alongside the detectors, which share their blind spots. Per locale, the
// share of gold values that leak (a piece of the value survives redaction
// verbatim; titles and suffixes such as "Dr." or "PhD" are not counted).
//   bash scripts/build.sh && node benches/accuracy_faker.mjs [SAMPLES]
// Faker's phone numbers are left out: many break their country's numbering
// plan (`+13 542 61 23 4715` for Italy, 13-digit German numbers). Multicast
// and reserved IP addresses (224.0.0.0/3, ff00::/8), which identify no
// device, are left out too.
import { pathToFileURL } from 'node:url';

import { allFakers } from '@faker-js/faker';

import { Blindfold } from '../pkg/node.js';

export const LOCALES = ['en_US', 'en_GB', 'de', 'fr', 'nl', 'es', 'it', 'en_IN', 'pt_BR'];

// Words that are not the person: titles, degrees, generational suffixes.
const NOT_THE_PERSON = new Set(
  'Mr Mrs Ms Miss Dr Dra Drs Ir Prof Herr Frau Mme Mlle M Sr Sra Srta Sta Dhr Mevr Ing Dott Avv Arch Sig Jr I II III IV V PhD DDS MD DVM Filho Neto Junior Sobrinho'.split(
    ' ',
  ),
);

/** Rows: [name, (faker) => [text, gold]]. */
export const ROWS = [
  ['ADDRESS after "I live at"', (f) => street(f, (s) => `I live at ${s}.`)],
  ['ADDRESS after "Address:"', (f) => street(f, (s) => `Address: ${s}, ${f.location.zipCode()} ${f.location.city()}\nThanks`)],
  ['ADDRESS in a sentence', (f) => street(f, (s) => `The parcel went to ${s} yesterday.`)],
  ['PERSON after "my name is"', (f) => person(f, (n) => `Hi, my name is ${n}.`)],
  ['PERSON after "Dear"', (f) => person(f, (n) => `Dear ${n},\nthank you for your order.`)],
  ['PERSON bare in a sentence', (f) => person(f, (n) => `Yesterday ${n} called about the invoice.`)],
  ['PERSON in a From: header', (f) => mailbox(f)],
  ['PERSON after "Customer:"', (f) => person(f, (n) => `Ticket 4471\nCustomer: ${n}\nIssue: late delivery`)],
  ['EMAIL', (f) => value(f.internet.email(), (v) => `Write to ${v} please.`)],
  ['CREDIT_CARD', (f) => value(f.finance.creditCardNumber(), (v) => `Card: ${v}`)],
  ['IBAN', (f) => value(f.finance.iban({ formatted: f.datatype.boolean() }), (v) => `My IBAN is ${v}.`)],
  ['IP_ADDRESS (unicast)', (f) => value(unicastV4(f), (v) => `login from ${v} yesterday`)],
  ['URL', (f) => value(f.internet.url(), (v) => `see ${v} for details`)],
];

const street = (f, template) => {
  const s = f.location.streetAddress();
  return [template(s), s];
};
const person = (f, template) => {
  const n = f.person.fullName();
  return [template(n), n];
};
const value = (v, template) => [template(v), v];
// The address made from the name, as faker (and most mail services) make it.
const mailbox = (f) => {
  const [firstName, lastName] = [f.person.firstName(), f.person.lastName()];
  const n = `${firstName} ${lastName}`;
  return [`From: ${n} <${f.internet.email({ firstName, lastName })}>\nSubject: refund`, n];
};
const unicastV4 = (f) => {
  for (;;) {
    const ip = f.internet.ipv4();
    const first = Number(ip.split('.')[0]);
    if (first < 224 && first !== 127 && first !== 0) return ip;
  }
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether any piece of `gold` (not a title or suffix) is left in `out`. */
export function leaks(gold, out) {
  if (out.includes(gold)) return true;
  const pieces = gold
    .split(/[\s,]+/u)
    .map((p) => p.replace(/\.$/u, ''))
    .filter((p) => p.length >= 2 && /[\p{Lu}\d]/u.test(p) && !NOT_THE_PERSON.has(p));
  // `_` joins a piece to a token (`<ADDRESS_77>` holds no house number 77).
  return pieces.some((p) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(p)}(?![\\p{L}\\p{N}_])`, 'u').test(out));
}

/** Leak rate per row and locale: { row: { locale: rate } } (`only`: some rows). */
export function measure(samples, { seed = 0xfa4e, only } = {}) {
  const bf = new Blindfold();
  const result = {};
  for (const [row, generate] of ROWS) {
    if (only && !only.includes(row)) continue;
    result[row] = {};
    for (const locale of LOCALES) {
      const f = allFakers[locale];
      f.seed(seed);
      let leaked = 0;
      for (let i = 0; i < samples; i++) {
        const [text, gold] = generate(f);
        const template = text.replace(gold, '');
        // A gold piece that the template also holds cannot be told apart.
        if (leaks(gold, bf.redactText(text).text) && !leaks(gold, template)) leaked++;
      }
      result[row][locale] = leaked / samples;
    }
  }
  bf.free();
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const samples = Number(process.argv[2] ?? 500);
  const result = measure(samples);
  console.log(`leak rate on faker-generated values, ${samples} per row and locale`);
  console.log(`${'row'.padEnd(28)}${LOCALES.map((l) => l.padStart(7)).join('')}`);
  for (const [row, rates] of Object.entries(result)) {
    console.log(`${row.padEnd(28)}${LOCALES.map((l) => `${(100 * rates[l]).toFixed(1)}%`.padStart(7)).join('')}`);
  }
}
