// Accuracy of scan() on a labelled corpus generated here (deterministic
// seed), side by side with redact-pii on the same texts:
//   bash scripts/build.sh && node benches/accuracy.mjs
// Prints, per entity type, the leak rate (gold values still present verbatim
// after replacing every finding) and, per decoy kind, how many look-alikes
// were wrongly removed; then how many PII-free texts came back unchanged.
// `--docs DIR…` also scans real documentation and counts findings per MB
// besides EMAIL and URL; `--sample N` (before `--docs`) then prints N of
// those findings, drawn with a fixed seed, each with the text around it, to
// be labelled by hand: which are personal or network data a reader would
// want replaced, and which are false positives.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { Blindfold } from '../pkg/node.js';
import { luhnComplete, seeded } from './support/generate.mjs';

// ---------- deterministic randomness ----------
const SEED = 0x5eed1234;
let rng = seeded(SEED);
const random = () => rng.random();
const pick = (list) => rng.pick(list);
const between = (lo, hi) => rng.between(lo, hi);
const digits = (n) => rng.digits(n);

// ---------- gold value generators ----------
const FIRST = ['jana', 'pieter', 'élodie', 'jürgen', 'josé', 'giulia', 'priya', 'joão', 'emma', 'liam', 'noah', 'sofia'];
const LAST = ['novakova', 'van-der-berg', 'fontaine', 'müller', 'garcía', 'rossi', 'sharma', 'silva', 'smith', 'o.brien'];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.co.uk', 'posteo.de', 'laposte.fr', 'correo.es', 'libero.it', 'gmail.com', 'bücher.example', 'uol.com.br'];

function mod97(str) {
  let r = 0;
  for (const ch of str) r = (r * (/[A-Z]/.test(ch) ? 100 : 10) + (/[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
  return r;
}
function iban(country, bbanLength) {
  const bban = digits(bbanLength);
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}
const group4 = (s) => s.replace(/(.{4})/g, '$1 ').trim();

const GOLD = {
  EMAIL: () => {
    const local = pick([`${pick(FIRST)}.${pick(LAST)}`, `${pick(FIRST)}${between(1, 99)}`, `${pick(FIRST)}+ai@`.slice(0, -1), `${pick(LAST)}_${pick(FIRST)}`]);
    return `${local}@${pick(DOMAINS)}`;
  },
  PHONE: () =>
    pick([
      () => `+1 (${between(201, 989)}) ${between(201, 989)}-${digits(4)}`,
      () => `${between(201, 989)}-${between(201, 989)}-${digits(4)}`,
      () => `+44 20 ${digits(4)} ${digits(4)}`,
      () => `07${digits(3)} ${digits(6)}`,
      () => `+49 30 ${digits(7)}`,
      () => `0151 ${digits(8)}`,
      () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+31 6 ${digits(8)}`,
      () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `+39 3${digits(2)} ${digits(3)} ${digits(4)}`,
      () => `+91 9${digits(4)} ${digits(5)}`,
      () => `+55 11 9${digits(4)}-${digits(4)}`,
      () => `(11) 9${digits(4)}-${digits(4)}`,
    ])(),
  CREDIT_CARD: () => {
    const [prefix, length] = pick([['4', 16], ['51', 16], ['2221', 16], ['34', 15], ['6011', 16], ['3528', 16], ['62', 16]]);
    const number = luhnComplete(prefix + digits(length - prefix.length - 1));
    return pick([number, length === 16 ? group4(number) : number, length === 16 ? number.replace(/(.{4})(?=.)/g, '$1-') : number]);
  },
  IBAN: () => {
    const [country, len] = pick([['DE', 18], ['FR', 23], ['NL', 14], ['ES', 20], ['IT', 23], ['GB', 18]]);
    let value = country === 'GB' || country === 'NL' ? iban(country, len) : iban(country, len);
    if (country === 'NL' || country === 'GB') {
      // NL and GB carry letters (bank code) in the BBAN.
      const bank = country === 'NL' ? 'ABNA' : 'WEST';
      const bban = bank + digits(country === 'NL' ? 10 : 14);
      const check = 98 - mod97(bban + country + '00');
      value = country + String(check).padStart(2, '0') + bban;
    }
    return random() < 0.5 ? group4(value) : value;
  },
  IP_ADDRESS: () =>
    random() < 0.7
      ? `${pick([between(11, 126), between(128, 223)])}.${between(0, 255)}.${between(0, 255)}.${between(1, 254)}`
      : `2a02:${between(0x1000, 0xffff).toString(16)}:${between(1, 0xffff).toString(16)}::${between(1, 0xffff).toString(16)}`,
  URL: () => `https://${pick(['www.', ''])}${pick(['shop', 'docs', 'portal'])}.example.${pick(['com', 'de', 'fr'])}/${pick(['account', 'orders', 'u'])}/${digits(5)}?ref=${pick(['mail', 'ad'])}`,
  US_SSN: () => {
    let area;
    do area = between(1, 899);
    while (area === 666);
    return `${String(area).padStart(3, '0')}-${String(between(1, 99)).padStart(2, '0')}-${String(between(1, 9999)).padStart(4, '0')}`;
  },
};

// ---------- decoys: look like PII, are not ----------
const DECOYS = {
  order_number: () => `INV-${between(2019, 2026)}-${digits(6)}`,
  timestamp: () => `2026-0${between(1, 9)}-1${between(0, 9)}T${between(10, 23)}:${between(10, 59)}:${between(10, 59)}Z`,
  price: () => pick([`$${between(1, 9)},${digits(3)}.${digits(2)}`, `${between(1, 9)}.${digits(3)},${digits(2)} €`]),
  version: () => `v${between(1, 9)}.${between(0, 20)}.${between(0, 50)}`,
  uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
  hash: () => hex(40),
  isbn: () => `978-${between(0, 9)}-${digits(2)}-${digits(6)}-${between(0, 9)}`,
  card_failing_luhn: () => {
    const good = luhnComplete('4' + digits(14));
    return group4(good.slice(0, 15) + ((Number(good[15]) + 1) % 10));
  },
  iban_failing_mod97: () => {
    const good = iban('DE', 18);
    return group4(good.slice(0, 2) + String((Number(good.slice(2, 4)) % 97) + 1).padStart(2, '0') + good.slice(4));
  },
  tracking_number: () => `1Z${hex(6).toUpperCase()}${digits(10)}`,
  date: () => `${between(1, 28)}.${between(1, 12)}.${between(2019, 2026)}`,
  time: () => `${between(10, 23)}:${between(10, 59)}:${between(10, 59)}`,
  build_id: () => `build-${between(2020, 2026)}${digits(4)}-${digits(2)}`,
  quantity: () => `${between(1, 9)} ${digits(3)} ${digits(3)} units`,
};
function hex(n) {
  return Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
}

// ---------- sentence templates ----------
const CONTEXT_BEFORE = {
  EMAIL: ['Write to', 'E-Mail:', 'mail me at', 'Courriel :', 'correo:', 'scrivimi a'],
  PHONE: ['Call me on', 'Tel.', 'Handy:', 'téléphone :', 'móvil', 'cellulare', 'phone'],
  CREDIT_CARD: ['my card', 'Kreditkarte', 'carte bancaire', 'tarjeta', 'carta'],
  IBAN: ['IBAN', 'Konto', 'RIB', 'cuenta', 'rekening'],
  IP_ADDRESS: ['from', 'client ip', 'Quelle'],
  URL: ['see', 'link:', 'open'],
  US_SSN: ['SSN', 'social security number', 'my SSN is'],
};
const FRAMES = [
  (a, b) => `Hi, ${a} ${b} — can you summarise my account status? Thanks!`,
  (a, b) => `[ticket] customer says: "${a} ${b}" please update the record.`,
  (a, b) => `Form notes: ${a} ${b}. Follow up next week.`,
  (a, b) => `2026-08-12 10:31:02 INFO request ${a} ${b} handled in 35 ms`,
  (a, b) => `Hallo, bitte prüfen: ${a} ${b}. Danke!`,
  (a, b) => `Bonjour, voici ${a} ${b}, merci de vérifier.`,
  (a, b) => `Hola, ${a} ${b}, gracias.`,
  (a, b) => `Ciao, ${a} ${b} per favore.`,
  (a, b) => `Hoi, ${a} ${b}, bedankt.`,
  (a, b) => `Olá, ${a} ${b}, obrigado.`,
  (a, b) => `顧客メモ：${a} ${b} 🦀 確認してください。`,
  (a, b) => `Quick q 👍🏽 ${a} ${b}?`,
];

function sample(type) {
  const gold = GOLD[type]();
  const decoyKinds = Object.keys(DECOYS);
  const decoyKind = pick(decoyKinds);
  const decoy = DECOYS[decoyKind]();
  const frame = pick(FRAMES);
  const text = `${frame(pick(CONTEXT_BEFORE[type]), gold)} Ref ${decoy}.`;
  return { type, gold, decoyKind, decoy, text };
}

function redact(text, findings) {
  let out = '';
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.start) + `[${f.type}]`;
    last = f.end;
  }
  return out + text.slice(last);
}

/**
 * Scans the generated corpus with `scan` (text -> findings) and, if given,
 * `peerRedact` (text -> redacted text). Returns counts per type and decoy.
 */
export function measureAccuracy(scan, { samples = 2000, peerRedact } = {}) {
  rng = seeded(SEED);
  const result = { samples, leaks: {}, peerLeaks: {}, decoys: {}, plain: { total: 0, unchanged: 0 }, examples: [] };
  for (const type of Object.keys(GOLD)) {
    result.leaks[type] = 0;
    result.peerLeaks[type] = 0;
    for (let i = 0; i < samples; i++) {
      const s = sample(type);
      const ours = redact(s.text, scan(s.text));
      const theirs = peerRedact ? peerRedact(s.text) : '';
      if (ours.includes(s.gold)) {
        result.leaks[type]++;
        result.examples.push(`leak ${type}: ${JSON.stringify(s.text)}`);
      }
      if (peerRedact && theirs.includes(s.gold)) result.peerLeaks[type]++;
      const decoy = (result.decoys[s.decoyKind] ??= { total: 0, ours: 0, peer: 0 });
      decoy.total++;
      if (!ours.includes(s.decoy)) {
        decoy.ours++;
        result.examples.push(`decoy ${s.decoyKind} removed: ${JSON.stringify(ours)}`);
      }
      if (peerRedact && !theirs.includes(s.decoy)) decoy.peer++;
    }
  }
  // PII-free texts: the frames filled with decoys only.
  for (let i = 0; i < samples; i++) {
    const text = pick(FRAMES)(DECOYS[pick(Object.keys(DECOYS))](), DECOYS[pick(Object.keys(DECOYS))]());
    const found = scan(text);
    result.plain.total++;
    if (found.length === 0) result.plain.unchanged++;
    else result.examples.push(`changed: ${found.map((f) => `${f.type}:${text.slice(f.start, f.end)}`).join(' | ')}`);
  }
  return result;
}

function report(result, withPeer) {
  const pct = (n, d) => `${((100 * n) / d).toFixed(2)}%`;
  console.log(`labelled corpus: ${result.samples} samples per type, seed fixed`);
  console.log(`type          leak (blindfold)${withPeer ? '   leak (redact-pii)' : ''}`);
  for (const type of Object.keys(result.leaks)) {
    const peer = withPeer ? pct(result.peerLeaks[type], result.samples).padStart(19) : '';
    console.log(`${type.padEnd(13)} ${pct(result.leaks[type], result.samples).padStart(16)} ${peer}`);
  }
  console.log(`decoy              removed (blindfold)${withPeer ? '   removed (redact-pii)' : ''}`);
  let total = 0;
  let ours = 0;
  let peer = 0;
  for (const [kind, d] of Object.entries(result.decoys)) {
    total += d.total;
    ours += d.ours;
    peer += d.peer;
    console.log(`${kind.padEnd(18)} ${pct(d.ours, d.total).padStart(19)} ${withPeer ? pct(d.peer, d.total).padStart(22) : ''}`);
  }
  console.log(`${'all decoys'.padEnd(18)} ${pct(ours, total).padStart(19)} ${withPeer ? pct(peer, total).padStart(22) : ''}`);
  console.log(`PII-free texts returned unchanged: ${result.plain.unchanged}/${result.plain.total} (${pct(result.plain.unchanged, result.plain.total)})`);
  if (process.env.ACCURACY_VERBOSE) for (const example of result.examples) console.log('  ' + example);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const require = createRequire(import.meta.url);
  const { SyncRedactor } = require('redact-pii');
  const peer = new SyncRedactor();
  const bf = new Blindfold();
  const result = measureAccuracy((text) => bf.scan(text), {
    samples: Number(process.env.ACCURACY_SAMPLES ?? 2000),
    peerRedact: (text) => peer.redact(text),
  });
  report(result, true);
  scanDocs(bf);
}

// Real documentation, if given: findings per MB besides EMAIL and URL.
function scanDocs(bf) {
  const docsIndex = process.argv.indexOf('--docs');
  if (docsIndex === -1) return;
  const files = [];
  const walk = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else if (stat.size < 2_000_000) files.push(path);
  };
  for (const dir of process.argv.slice(docsIndex + 1)) walk(dir);
  const sampleIndex = process.argv.indexOf('--sample');
  const sampleSize = sampleIndex === -1 ? 0 : Number(process.argv[sampleIndex + 1]);
  let bytes = 0;
  const counts = {};
  // Reservoir sampling: every finding equally likely, in one pass.
  const sampler = seeded(SEED);
  const sample = [];
  let seen = 0;
  for (const file of files.sort()) {
    let raw = readFileSync(file);
    if (file.endsWith('.gz')) raw = gunzipSync(raw);
    if (raw.includes(0)) continue;
    const text = raw.toString('utf8');
    bytes += raw.length;
    for (const f of bf.scan(text)) {
      counts[f.type] = (counts[f.type] ?? 0) + 1;
      if (sampleSize === 0 || f.type === 'EMAIL' || f.type === 'URL') continue;
      seen += 1;
      const slot = seen <= sampleSize ? seen - 1 : Math.floor(sampler.random() * seen);
      if (slot < sampleSize) {
        const around = (from, to) => JSON.stringify(text.slice(Math.max(0, from), to));
        sample[slot] = `${f.type} ${file}\n    ${around(f.start - 60, f.start)} [[${text.slice(f.start, f.end)}]] ${around(f.end, f.end + 40)}`;
      }
    }
  }
  const other = Object.entries(counts).filter(([t]) => t !== 'EMAIL' && t !== 'URL');
  const otherTotal = other.reduce((sum, [, n]) => sum + n, 0);
  console.log(`real documentation: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`  findings besides EMAIL/URL: ${otherTotal} (${(otherTotal / (bytes / 1e6)).toFixed(1)} per MB): ${JSON.stringify(Object.fromEntries(other))}`);
  sample.forEach((line, i) => console.log(`  ${i + 1}. ${line}`));
}
