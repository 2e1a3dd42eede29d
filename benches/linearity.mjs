// Linear time on adversarial inputs: each input at 256 KB and 1 MB; the
// second scan should take about four times the first.
//   bash scripts/build.sh && node benches/linearity.mjs
import { Blindfold } from '../pkg/node.js';
const bf = new Blindfold();
const units = { 'name cue': 'Name: Jana ', 'address cue': 'Address: 1 Main St ', 'url parens': 'https://a.b/' + ')'.repeat(50) + ' ', 'disguised': 'x at a dot a dot ', 'at signs': '@', 'digits': '4', 'dots': '.', 'colons': 'a::b:', 'spaced digits': '4 ', 'hex colons': 'ab:', 'secret kv': 'password=', 'pem': '-----BEGIN PRIVATE KEY-----', 'words': 'Hello World ', 'mr': 'Mr Smith ', 'www': 'www.', 'zero width': 'a\u200b', 'names': 'Jana Smith ', 'street': 'Hauptstraße 5 ', 'dob': 'born 12.03.1985 ' };
for (const [name, unit] of Object.entries(units)) {
  const times = [];
  for (const size of [1 << 18, 1 << 20]) {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const t0 = performance.now(); bf.scan(text); times.push(performance.now() - t0);
  }
  console.log(name.padEnd(14), (times[0]).toFixed(0).padStart(6), 'ms /256KB', (times[1]).toFixed(0).padStart(6), 'ms /1MB', 'ratio', (times[1] / times[0]).toFixed(1));
}
