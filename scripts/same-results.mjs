// Checks that two builds of the package find and redact the same, for
// changes meant to alter speed only:
//   node scripts/same-results.mjs BEFORE_PKG_DIR AFTER_PKG_DIR
// Texts: the accuracy benchmark's generated corpus (3,000 per type), the
// benchmark corpus, the fuzz corpora and reproducers of the text targets,
// README/CHANGELOG paragraphs, and 20,000 seeded random gluings of
// detectors' pieces. For each, both builds' scan findings and
// pseudonym redactions (one instance each, fed the same sequence) must be
// equal; so must the texts redacted with known values and a deny-list, with
// surrogates (and restored, and redacted again), and records built around
// them (typed fields found in the free text, per record and across a
// batch). Exits 1 on any difference.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { measureAccuracy } from '../benches/accuracy.mjs';

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2 || resolve(dirs[0]) === resolve(dirs[1])) {
  console.error('usage: node scripts/same-results.mjs BEFORE_PKG_DIR AFTER_PKG_DIR (two different directories)');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;

const texts = [];
measureAccuracy(
  (text) => {
    texts.push(text);
    return [];
  },
  { samples: 3000 },
);
const corpus = JSON.parse(readFileSync(join(root, 'benches/corpus.json'), 'utf8'));
texts.push(...corpus.mixed, ...corpus.plain);
const decoder = new TextDecoder();
for (const dir of ['fuzz/corpus/scan', 'fuzz/corpus/redact_text', 'fuzz/corpus/redact_record', 'fuzz/seeds/scan', 'fuzz/regressions/scan', 'fuzz/regressions/redact_text']) {
  let names = [];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    continue;
  }
  for (const name of names) {
    const path = join(root, dir, name);
    if (statSync(path).isFile()) texts.push(decoder.decode(readFileSync(path)));
  }
}
for (const file of ['README.md', 'CHANGELOG.md']) texts.push(...readFileSync(join(root, file), 'utf8').split('\n\n'));
// Token soup: texts glued at random (seeded) from the pieces detectors and
// the shared passes start from, in unusual neighbourhoods.
const PIECES = [' ', ' ', ' ', '  ', '.', ',', ':', '=', '@', '(', ')', '<', '[', '{', '-', '/', '+', '_', '#', '\n', '\u00a0', '\u200b',
  'dot', ' dot ', ' DOT ', 'at', ' (at) ', 'www', 'www.', 'http://', 'https://', 'mailto:', 'é', 'ß', 'ü', 'Ä', '中文', '😀', '１２３',
  'john', 'Jana', 'Nováková', 'Baker', 'Street', 'Hauptstraße', 'Kerkstraat', 'rue', 'Via', 'Calle', 'SW1A', '1AA', 'M1', '1AE', 'EC1A', '1BB',
  'phone', 'tel', 'DOB', 'born', 'SSN', 'IBAN', 'card', 'password', 'BEGIN', 'Bearer', 'ghp_', 'AKIA', 'sk_live_',
  '0', '1', '7', '12', '221B', '415', '555', '0100', '2024', '4111', '1111', '8.8.8.8', '::1', 'fe80::', '2001:db8::',
  '4111111111111111', '123-45-6789', 'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', '+44 20 7946 0958', '12345678Z', 'AB123456C'];
let seed = 42;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
for (let i = 0; i < 20000; i++) {
  let text = '';
  for (let pieces = 1 + random(40); pieces > 0; pieces--) text += PIECES[random(PIECES.length)];
  texts.push(text);
}

const options = { key: { id: 'k1', secret: new Uint8Array(32).fill(7) }, operators: { default: 'pseudonym' } };
// Known values, deny-lists and records: the terms found anywhere.
const NAMES = ['Jana Nováková', 'José María García López', 'Søren Kierkegaard', 'ΟΔΥΣΣΕΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'Anne-Marie Dupont', 'Li Wei', 'Max Mustermann'];
const termOptions = { ...options, deny: { PROJECT: ['Project Falcon', 'Falcon', 'order number', 'Jana Nováková 3', 'Σοφία'] } };
// One instance per build for each way of redacting, fed the same sequence.
const builds = [];
const termBuilds = [];
const batchBuilds = [];
const surrogateBuilds = [];
for (const dir of dirs) {
  const { Blindfold } = await import(pathToFileURL(resolve(dir, 'node.js')).href);
  builds.push(new Blindfold(options));
  termBuilds.push(new Blindfold(termOptions));
  batchBuilds.push(new Blindfold({ ...options, policy: { propagate: 'batch' } }));
  surrogateBuilds.push(new Blindfold({ ...options, operators: { default: 'surrogate' } }));
}
let differences = 0;
let findings = 0;
const show = (what, text, a, b) => {
  if (differences++ < 5) {
    // Where the two first part, with some context on each side.
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    const from = Math.max(0, at - 150);
    console.log(`${what} differs on ${JSON.stringify(text.slice(0, 200))} at ${at}:\n  …${a.slice(from, at + 150)}\n  …${b.slice(from, at + 150)}`);
  }
};
for (const text of texts) {
  const [a, b] = builds.map((bf) => JSON.stringify(bf.scan(text)));
  findings += JSON.parse(a).length;
  if (a !== b) show('scan', text, a, b);
  const [x, y] = builds.map((bf) => JSON.stringify(bf.redactText(text).text));
  if (x !== y) show('redactText', text, x, y);
}

const records = texts.map((text, i) => {
  const name = NAMES[i % NAMES.length];
  const [first, ...rest] = name.split(' ');
  return {
    id: i,
    name: `${name}${i % 4 === 0 ? ` ${i % 50}` : ''}`,
    email: `${first.toLowerCase()}.${i % 50}@example.org`,
    phone: `+49 30 1234 ${String(i % 1000).padStart(3, '0')}`,
    message: `${text.slice(0, 2000)} ${i % 2 ? first : rest.join(' ')} ${i % 3 ? '' : name.toUpperCase()}`,
  };
});
for (const [index, record] of records.entries()) {
  const known = { known: { PERSON: [record.name], PHONE: [record.phone] } };
  const [a, b] = termBuilds.map((bf) => JSON.stringify(bf.redactText(record.message, known).text));
  if (a !== b) show('redactText with known values and a deny-list', record.message, a, b);
  // Surrogates: redacted, restored, and the redacted text redacted again
  // (the vault's surrogates are found in it).
  const [p, q] = surrogateBuilds.map((bf) => {
    const redacted = bf.redactText(record.message).text;
    return JSON.stringify([redacted, bf.restore(redacted), bf.redactText(redacted).text]);
  });
  if (p !== q) show('surrogates: redactText, restore, redactText again', record.message, p, q);
  if (index % 100 === 0) {
    const batch = records.slice(index, index + 100);
    const strip = ({ values, report }) => JSON.stringify([values, report.findings]);
    const [x, y] = builds.map((bf) => strip(bf.redactRecords(batch)));
    if (x !== y) show('redactRecords', JSON.stringify(batch[0]), x, y);
    const [u, v] = batchBuilds.map((bf) => strip(bf.redactRecords(batch)));
    if (u !== v) show('redactRecords with propagate: "batch"', JSON.stringify(batch[0]), u, v);
  }
}
console.log(`${texts.length} texts, ${findings} findings; ${records.length} records; ${differences} differences`);
process.exit(differences === 0 ? 0 : 1);
