// The inputs the JS benchmarks share (in Node and, served as is, in a
// browser page): the scan texts built from benches/corpus.json as
// benches/support/mod.rs builds them for the Rust benchmarks, one chat
// message, the support form of the records benchmarks, and best-of timing.

/**
 * The three scan texts of about `bytes` UTF-8 bytes each: `mixed` (dense,
 * a finding every ~90 bytes), `realistic` (one every ~1 KB), `plain`
 * (PII-free). `byteLength` measures a string in UTF-8 bytes.
 */
export function scanTexts(corpus, bytes, byteLength) {
  const build = (pick) => {
    let text = '';
    for (let index = 0, size = 0; size < bytes; index++) {
      const part = pick(index);
      text += part;
      size += byteLength(part);
    }
    return text;
  };
  return {
    mixed: build((i) => corpus.mixed[(i * 7) % corpus.mixed.length]),
    realistic: build((i) =>
      i % 10 === 0 ? corpus.mixed[((i / 10) * 7) % corpus.mixed.length] : corpus.plain[(i * 3) % corpus.plain.length],
    ),
    plain: build((i) => corpus.plain[(i * 3) % corpus.plain.length]),
  };
}

/** One short chat message (99 characters) for per-call latency. */
export const MESSAGE = 'Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.';

/** A typical support form: ten fields, three of them free text or typed PII. */
export function form(i) {
  return {
    id: 100000 + i,
    name: `Jana Nováková ${i % 50}`,
    email: `jana.novakova${i % 50}@example.cz`,
    phone: `+420 601 123 ${String(i % 1000).padStart(3, '0')}`,
    country: 'CZ',
    plan: 'pro',
    amount: 49.9,
    consent: true,
    subject: 'Refund for order',
    message: `Hi, it's Jana again. My order ${88231 + i} arrived broken; please call me back on +420 601 123 456.`,
  };
}

/**
 * Runs `work` for about `ms` milliseconds, and at least `least` times,
 * before it is timed. Engines run wasm and JS first from a baseline
 * compiler and optimize hot functions in the background: in Node 20 the
 * first five scans of the 2 MB dense text ran at 17-90 MB/s, then 85-102.
 */
export function warmUp(work, ms = 1000, least = 2) {
  const until = performance.now() + ms;
  for (let run = 0; run < least || performance.now() < until; run++) work();
}

/** The fastest of `runs` timings of `work`, in milliseconds. */
export function best(runs, work) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
