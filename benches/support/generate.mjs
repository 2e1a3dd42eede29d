// What the accuracy benchmarks share to generate labelled text: a seeded
// random source (the same corpus on every run) and the Luhn check digit.

/** A seeded random source with the helpers the generators use. */
export function seeded(seed) {
  let state = seed;
  const random = () => {
    state |= 0;
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  return {
    random,
    pick,
    between: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    digits: (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join(''),
    letters: (n, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') => Array.from({ length: n }, () => pick([...alphabet])).join(''),
  };
}

/** `body` with its Luhn check digit appended. */
export function luhnComplete(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}
