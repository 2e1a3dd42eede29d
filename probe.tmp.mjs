import { Blindfold } from './pkg/node.js';
const bf = new Blindfold();
for (const s of process.argv.slice(2)) { const t = `The parcel went to ${s} yesterday.`; console.log(JSON.stringify(s), '=>', bf.redactText(t).text); }
