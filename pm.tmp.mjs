import { allFakers } from '@faker-js/faker';
import { Blindfold } from './pkg/node.js';
import { leaks } from './benches/accuracy_faker.mjs';
const [loc, n] = [process.argv[2], +process.argv[3] || 40];
const f = allFakers[loc]; f.seed(11);
const bf = new Blindfold();
let shown = 0, miss = 0, total = 0;
const firsts = new Map();
for (let i = 0; i < 500; i++) {
  const s = f.person.fullName();
  const out = bf.redactText(`Yesterday ${s} called about the invoice.`).text;
  total++;
  if (leaks(s, out)) { miss++; if (shown < n) { console.log(JSON.stringify(s), '->', JSON.stringify(out)); shown++; } }
}
console.log(miss, '/', total);
