// Linear time: MB/s for each input from 1 KB to 50 MB (adversarial inputs
// and a realistic one). Flat MB/s across sizes means linear time; the last
// column is the largest size's speed over the 64 KB one (1.0 = perfectly
// flat). The 50 MB size is skipped (shown as "-") for an input that would
// take over a minute at its 8 MB speed. A second table does the same for
// the vault and records: each case at 2,000 and 20,000 items, and the time
// ratio (10 = linear).
//   bash scripts/build.sh && node benches/linearity.mjs [--quick]
import { Blindfold } from '../pkg/node.js';

const bf = new Blindfold();
const units = {
  realistic: 'Order 88231 shipped to jana@example.com, call +44 20 7946 0958 if needed. ',
  'name cue': 'Name: Jana ',
  'address cue': 'Address: 1 Main St ',
  'url parens': 'https://a.b/' + ')'.repeat(50) + ' ',
  disguised: 'x at a dot a dot ',
  'at signs': '@',
  digits: '4',
  dots: '.',
  colons: 'a::b:',
  'spaced digits': '4 ',
  'hex colons': 'ab:',
  'secret kv': 'password=',
  pem: '-----BEGIN PRIVATE KEY-----',
  words: 'Hello World ',
  mr: 'Mr Smith ',
  www: 'www.',
  'zero width': 'a\u200b',
  names: 'Jana Smith ',
  street: 'Hauptstraße 5 ',
  dob: 'born 12.03.1985 ',
  'no spaces': 'abc1',
  'cjk cues': '我叫王伟名前：',
  'cue in tokens': 'phone_',
  'cued cells': 'phone,',
  'table rows': 'name,phone\nJana Eze,4155550100\n',
  'time glue': '0532 06006:1',
  'equal groups': '4111 ',
  'digit pairs': '06 ',
  'code secrets': 'pub token: Token![x], ',
};
// Inputs scanned with call options: a known value of a thousand words
// repeated through the text (every position starts a match of it).
const withOptions = {
  'long known': { known: { PERSON: ['ab '.repeat(1000)] } },
};
units['long known'] = 'ab ';
const quick = process.argv.includes('--quick');
const sizes = quick ? [1 << 10, 1 << 16, 1 << 20] : [1 << 10, 1 << 16, 1 << 20, 8 << 20, 50 << 20];
const label = (bytes) => (bytes >= 1 << 20 ? `${bytes >> 20} MB` : `${bytes >> 10} KB`);
console.log(`${'input'.padEnd(14)} ${sizes.map((s) => label(s).padStart(9)).join(' ')}   (MB/s)  last/64KB`);
for (const [name, unit] of Object.entries(units)) {
  const speeds = [];
  for (const size of sizes) {
    const previous = speeds.at(-1);
    if (size >= 50 << 20 && previous && size / 1e6 / previous > 60) {
      speeds.push(undefined);
      continue;
    }
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    // Small inputs are timed over many calls.
    const calls = Math.max(1, Math.floor((4 << 20) / size));
    let best = Infinity;
    for (let round = 0; round < (size >= 8 << 20 ? 1 : 3); round++) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) bf.scan(text, withOptions[name]);
      best = Math.min(best, (performance.now() - started) / calls);
    }
    speeds.push(size / 1e6 / (best / 1000));
  }
  const measured = speeds.filter((s) => s !== undefined);
  const flatness = measured.at(-1) / speeds[1];
  console.log(`${name.padEnd(14)} ${speeds.map((s) => (s === undefined ? '-' : s.toFixed(1)).padStart(9)).join(' ')}   ${flatness.toFixed(2).padStart(9)}`);
}

// The vault and records: many distinct values, surrogates (which all of a
// type begin alike), wide and long records, many rules and known values.
const key = { id: 'k1', secret: new Uint8Array(32).fill(7) };
const emails = (n) => Array.from({ length: n }, (_, i) => `u${i}@ex.com`).join(' ');
const surrogates = () => new Blindfold({ key, operators: { default: 'surrogate' } });
const scaled = {
  'redact, distinct emails': (n) => {
    const text = emails(n);
    const bf = new Blindfold();
    return () => bf.redactText(text);
  },
  'redact, surrogates': (n) => {
    const text = emails(n);
    const bf = surrogates();
    return () => bf.redactText(text);
  },
  'restore, surrogates': (n) => {
    const bf = surrogates();
    const redacted = bf.redactText(emails(n)).text;
    return () => bf.restore(redacted);
  },
  'restore, placeholders': (n) => {
    const bf = new Blindfold();
    const redacted = bf.redactText(emails(n)).text;
    return () => bf.restore(redacted);
  },
  'record, n fields': (n) => {
    const record = Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, `x${i} call +44 20 7946 0958`]));
    const bf = new Blindfold();
    return () => bf.redactRecord(record);
  },
  'record, n-item array': (n) => {
    const record = { items: Array.from({ length: n }, (_, i) => ({ phone: `+44 20 7946 ${String(i % 10000).padStart(4, '0')}` })) };
    const bf = new Blindfold();
    return () => bf.redactRecord(record);
  },
  'record, 200 rules': (n) => {
    const rules = Array.from({ length: 200 }, (_, i) => ({ path: `**.r${i}`, op: 'drop' }));
    const record = Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 'x']));
    const bf = new Blindfold({ policy: { rules } });
    return () => bf.redactRecord(record);
  },
  'scan, n-value allow-list': (n) => {
    const text = emails(n);
    const bf = new Blindfold({ allow: Array.from({ length: n }, (_, i) => `x${i}@ex.com`) });
    return () => bf.scan(text);
  },
  'text, n known names': (n) => {
    const names = Array.from({ length: n }, (_, i) => `Name${i} Sur${i}`);
    const bf = new Blindfold();
    const text = names.join(' ');
    return () => bf.redactText(text, { known: { PERSON: names } });
  },
};
const timed = (work) => {
  let fastest = Infinity;
  for (let round = 0; round < 2; round++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
};
console.log(`\n${'case'.padEnd(26)} ${'2,000'.padStart(9)} ${'20,000'.padStart(9)}   (ms)  ratio`);
for (const [name, make] of Object.entries(scaled)) {
  const [small, large] = [timed(make(2000)), timed(make(20000))];
  console.log(`${name.padEnd(26)} ${small.toFixed(1).padStart(9)} ${large.toFixed(1).padStart(9)}   ${(large / small).toFixed(1).padStart(9)}`);
}
