// The public JavaScript API of Blindfold: a thin wrapper over the wasm engine
// that loads the module, checks argument types, and turns every failure into
// a BlindfoldError with a stable `code`. All the logic lives in Rust.
import loadWasm, {
  initSync as loadWasmSync,
  BlindfoldCore,
  operatorNames,
  version as coreVersion,
} from './wasm/blindfold_core.js';

/** An error thrown by Blindfold, with a stable `code` and, where known, a `path` or `offset`. */
export class BlindfoldError extends Error {
  constructor(message, { code, path, offset, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BlindfoldError';
    this.code = code;
    if (path !== undefined) this.path = path;
    if (offset !== undefined) this.offset = offset;
  }
}

let initialized = false;
let OPERATOR_NAMES;
let loading = null;
// After a wasm trap the instance's memory may be inconsistent; refuse all
// further work rather than risk returning unredacted data.
let crashed = false;

/**
 * Loads the wasm module; idempotent. `source` may be a URL (string or URL),
 * a Request, a Response, a BufferSource or a compiled WebAssembly.Module
 * (for strict-CSP pages and Workers); by default the .wasm beside this file.
 */
export function init(source) {
  if (initialized) return Promise.resolve();
  if (!loading) {
    loading = Promise.resolve(source)
      .then((resolved) => loadWasm(resolved === undefined ? undefined : { module_or_path: resolved }))
      .then(() => {
        initialized = true;
      })
      .catch((error) => {
        loading = null;
        throw new BlindfoldError(`could not load the Blindfold wasm module: ${error?.message ?? error}`, {
          code: 'INIT_FAILED',
          cause: error,
        });
      });
  }
  return loading;
}

/** Loads the wasm module synchronously from bytes or a compiled module; idempotent. */
export function initSync(module) {
  if (initialized) return;
  try {
    loadWasmSync({ module });
  } catch (error) {
    throw new BlindfoldError(`could not load the Blindfold wasm module: ${error?.message ?? error}`, {
      code: 'INIT_FAILED',
      cause: error,
    });
  }
  initialized = true;
}

/** The library version. */
export function version() {
  return call(() => coreVersion());
}

function call(work) {
  if (crashed) {
    throw new BlindfoldError('Blindfold stopped after an internal error; reload the page', { code: 'INTERNAL' });
  }
  if (!initialized) {
    throw new BlindfoldError('Blindfold is not initialized: await init() (or Blindfold.create()) first', {
      code: 'NOT_INITIALIZED',
    });
  }
  try {
    return work();
  } catch (error) {
    if (error instanceof Error && error.name === 'BlindfoldError' && typeof error.code === 'string') {
      throw new BlindfoldError(error.message, { code: error.code, path: error.path, offset: error.offset });
    }
    if (error instanceof WebAssembly.RuntimeError) crashed = true;
    throw new BlindfoldError(`internal error: ${error?.message ?? error}`, { code: 'INTERNAL', cause: error });
  }
}

function requireString(value, name) {
  if (typeof value !== 'string') {
    throw new BlindfoldError(`${name} must be a string, got ${value === null ? 'null' : typeof value}`, {
      code: 'INVALID_ARGUMENT',
      path: name,
    });
  }
}

function requireArray(value) {
  if (!Array.isArray(value)) {
    throw new BlindfoldError(`records must be an array, got ${value === null ? 'null' : typeof value}`, {
      code: 'INVALID_ARGUMENT',
      path: 'records',
    });
  }
}

function unsupported(path, what, cause) {
  return new BlindfoldError(`${what} at ${path || 'the top level'} is not supported in a record`, {
    code: 'INVALID_ARGUMENT',
    path: path || '.',
    cause,
  });
}

function keyPath(path, key) {
  return /^[\p{L}\p{N}_$@-]+$/u.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** The path to a value from its keys and indexes, for an error message. */
function formatPath(segments) {
  let path = '';
  for (const segment of segments) path = typeof segment === 'number' ? `${path}[${segment}]` : keyPath(path, segment);
  return path;
}

/**
 * A plain-data copy of `value` for the wasm side, read once (getters run
 * once, proxies are read through their traps). Strings, finite numbers,
 * booleans and null pass; Dates become ISO strings; `undefined` properties
 * are left out and `undefined` array elements become null (as in JSON).
 * BigInt, symbols, functions, non-finite numbers, Map, Set, typed arrays
 * and other class instances, cycles, nesting beyond `maxDepth`, and
 * properties that throw when read are refused with the path (`segments`:
 * the keys and indexes leading to `value`, formatted only for an error).
 * Keys such as `__proto__` are copied as own data properties (setOwn).
 * (A copy handed to JSON.stringify is faster than writing the JSON text
 * here: measured.)
 */
function toPlain(value, maxDepth, segments = [], ancestors = []) {
  if (ancestors.length > maxDepth) throw unsupported(formatPath(segments), `nesting deeper than maxDepth (${maxDepth})`);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw unsupported(formatPath(segments), `the number ${value}`);
    case 'undefined':
      if (ancestors.length === 0) throw unsupported(formatPath(segments), 'undefined');
      return undefined;
    case 'bigint':
      throw unsupported(formatPath(segments), 'a BigInt (convert it to a string or number first)');
    case 'symbol':
    case 'function':
      throw unsupported(formatPath(segments), `a ${typeof value}`);
  }
  if (value === null) return null;
  if (ancestors.includes(value)) throw unsupported(formatPath(segments), 'a cyclic reference');
  ancestors.push(value);
  try {
    // Even `instanceof` runs a proxy's traps, so it is inside the try.
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw unsupported(formatPath(segments), 'an invalid Date');
      return value.toISOString();
    }
    return plainContainer(value, maxDepth, segments, ancestors);
  } catch (error) {
    // A proxy whose traps throw, or a getter: name the place, fail closed.
    if (error instanceof BlindfoldError) throw error;
    throw unsupported(formatPath(segments), 'an object that throws when read', error);
  } finally {
    ancestors.pop();
  }
}

function plainContainer(value, maxDepth, segments, ancestors) {
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      segments.push(i);
      const item = read(value, i, segments);
      copy[i] = item === undefined ? null : toPlain(item, maxDepth, segments, ancestors);
      segments.pop();
    }
    return copy;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = typeof proto?.constructor?.name === 'string' && proto.constructor.name ? proto.constructor.name : 'object';
    throw unsupported(formatPath(segments), `a ${name} (only plain objects, arrays and Dates are records)`);
  }
  // An ordinary object: a null-prototype one is a slow dictionary in V8,
  // and JSON.stringify reads it at half the speed.
  const copy = {};
  for (const key of Object.keys(value)) {
    segments.push(key);
    const item = toPlain(read(value, key, segments), maxDepth, segments, ancestors);
    segments.pop();
    if (item !== undefined) setOwn(copy, key, item);
  }
  return copy;
}

/**
 * `object[key] = value` as an own data property: a key that Object.prototype
 * also has (`__proto__`'s setter, `constructor`, or anything a script put
 * there) is defined, never set through the prototype.
 */
function setOwn(object, key, value) {
  if (key in Object.prototype) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

/** Adds `count` (one by default) under `key`, an own property of `counts`. */
function addCount(counts, key, count = 1) {
  setOwn(counts, key, (Object.hasOwn(counts, key) ? counts[key] : 0) + count);
}

function read(object, key, segments) {
  try {
    return object[key];
  } catch (error) {
    throw unsupported(formatPath(segments), 'a property that throws when read', error);
  }
}

/** A batch finding's path without the record's index: `[3].a.b` → `a.b`, `[3][0]` → `[0]`, `[3]` → ``. */
function fieldInRecord(path) {
  const rest = path.slice(path.indexOf(']') + 1);
  return rest.startsWith('.') ? rest.slice(1) : rest;
}

/** Where a record finding has no span, token or value (u32::MAX). */
const ABSENT = 0xffffffff;

/**
 * The module's encoded records: `value` (one record) or `values` (a batch)
 * from its JSON, and the report's findings from their seven numbers each
 * (path, type, operator, start, end, token, value; strings by their index
 * in the JSON's `strings`), appended to `findings`.
 */
function decodeRecords(encoded, findings = []) {
  const { value, values, strings } = JSON.parse(encoded.json);
  const numbers = encoded.findings;
  for (let i = 0; i < numbers.length; i += 7) {
    const finding = { path: strings[numbers[i]], type: strings[numbers[i + 1]], operator: strings[numbers[i + 2]] };
    if (numbers[i + 3] !== ABSENT) {
      finding.start = numbers[i + 3];
      finding.end = numbers[i + 4];
    }
    if (numbers[i + 5] !== ABSENT) finding.token = strings[numbers[i + 5]];
    if (numbers[i + 6] !== ABSENT) finding.value = strings[numbers[i + 6]];
    findings.push(finding);
  }
  return { value, values, findings };
}

/**
 * Resolves in a later task, so the page handles input and paints between
 * parts of a batch: `scheduler.yield()` where there is one, else a message
 * to a fresh channel. (Browsers hold nested `setTimeout(0)` calls back 4 ms:
 * 40 parts of 20,000 records spent a third of their time waiting.)
 */
function nextTask() {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

let isoMillisecond = NaN;
let isoText = '';

/** The time as ISO 8601 text, formatted once per millisecond (its precision). */
function isoNow() {
  const now = Date.now();
  if (now !== isoMillisecond) {
    isoMillisecond = now;
    isoText = new Date(now).toISOString();
  }
  return isoText;
}

/** A configured redactor. Create it once and reuse it; call free() when done. */
export class Blindfold {
  #core;
  #entityTypes;
  #reportBase;

  constructor(options) {
    this.#core = call(() => new BlindfoldCore(options));
    this.#entityTypes = this.#core.entityTypes();
    // Fixed for the instance's life; read once rather than on every report.
    this.#reportBase = { version: coreVersion(), keyId: this.#core.keyId ?? null, policyHash: this.#core.policyHash };
  }

  /** Loads the wasm module if needed, then creates a Blindfold. */
  static async create(options) {
    await init();
    return new Blindfold(options);
  }

  /** A fresh random 32-byte key from crypto.getRandomValues, for one session. */
  static sessionKey(id = 'session') {
    return { id, secret: globalThis.crypto.getRandomValues(new Uint8Array(32)) };
  }

  /** The entity types this instance detects. */
  get entityTypes() {
    this.#live();
    return [...this.#entityTypes];
  }

  /**
   * Finds personal data in `text`: `{ type, start, end, score }` in order,
   * with offsets in UTF-16 code units (as JS strings index) and no raw values.
   * `options.known` adds values the app knows, e.g. `{ PERSON: ['Jana Nováková'] }`.
   */
  scan(text, options) {
    requireString(text, 'text');
    const flat = call(() => this.#live().scan(text, options));
    const findings = new Array(flat.length / 4);
    for (let i = 0, j = 0; i < flat.length; i += 4, j++) {
      findings[j] = { type: this.#entityTypes[flat[i]], start: flat[i + 1], end: flat[i + 2], score: flat[i + 3] / 10000 };
    }
    return findings;
  }

  /**
   * Finds personal data in `text` and replaces it with each type's operator.
   * Returns `{ text, findings, report }`: findings `{ type, start, end, score, operator }`
   * with offsets into the input. Placeholders, pseudonyms and surrogates are
   * remembered in this instance's vault for `restore()`.
   */
  redactText(text, options) {
    requireString(text, 'text');
    const core = this.#live();
    const { text: redacted, flat } = call(() => core.redactText(text, options));
    const names = (OPERATOR_NAMES ??= operatorNames());
    const findings = new Array(flat.length / 5);
    for (let i = 0, j = 0; i < flat.length; i += 5, j++) {
      findings[j] = {
        type: this.#entityTypes[flat[i]],
        start: flat[i + 1],
        end: flat[i + 2],
        score: flat[i + 3] / 10000,
        operator: names[flat[i + 4]],
      };
    }
    return { text: redacted, findings, report: this.#report(findings) };
  }

  /**
   * Transforms one record (any JSON-like value) per the policy: the same
   * shape comes back with personal data replaced and dropped fields left
   * out, plus a report. See README "Records" for how non-JSON values are
   * treated; anything that cannot be handled throws with the field's path.
   */
  redactRecord(record, options) {
    const core = this.#live();
    const json = JSON.stringify(toPlain(record, core.maxDepth));
    const { value, findings } = decodeRecords(call(() => core.redactRecord(json, options)));
    return { value, report: this.#report(findings) };
  }

  /**
   * Transforms many records with this instance's vault, so the same value
   * gets the same token in every record. Returns `{ values, report }`;
   * finding paths start with the record's index (`[3].email`).
   */
  redactRecords(records, options) {
    requireArray(records);
    const core = this.#live();
    const json = JSON.stringify(records.map((record, index) => toPlain(record, core.maxDepth, [index])));
    try {
      // Only batch-wide propagation reads the whole batch first.
      if (core.propagatesAcrossBatch) call(() => core.beginBatch(json));
      const { values, findings } = decodeRecords(call(() => core.redactRecords(json, options, 0)));
      return { values, report: this.#report(findings, true) };
    } finally {
      core.endBatch();
    }
  }

  /**
   * redactRecords() in parts of `chunkSize` records (default 500), yielding
   * to the event loop between parts: `onProgress({ done, total })` after
   * each part, and an AbortSignal `signal` to cancel (rejects with code
   * ABORTED; nothing is returned).
   */
  async redactRecordsAsync(records, { onProgress, signal, chunkSize = 500, ...options } = {}) {
    requireArray(records);
    if (!Number.isInteger(chunkSize) || chunkSize < 1) {
      throw new BlindfoldError('chunkSize must be a whole number of at least 1', { code: 'INVALID_ARGUMENT', path: 'chunkSize' });
    }
    const core = this.#live();
    const plain = records.map((record, index) => toPlain(record, core.maxDepth, [index]));
    const values = [];
    const findings = [];
    try {
      if (core.propagatesAcrossBatch) call(() => core.beginBatch(JSON.stringify(plain)));
      for (let first = 0; first < plain.length; first += chunkSize) {
        if (signal?.aborted) {
          throw new BlindfoldError('redactRecordsAsync() was cancelled', { code: 'ABORTED', cause: signal.reason });
        }
        const part = JSON.stringify(plain.slice(first, first + chunkSize));
        const decoded = decodeRecords(call(() => this.#live().redactRecords(part, options, first)), findings);
        values.push(...decoded.values);
        onProgress?.({ done: Math.min(first + chunkSize, plain.length), total: plain.length });
        await nextTask();
      }
      if (signal?.aborted) {
        throw new BlindfoldError('redactRecordsAsync() was cancelled', { code: 'ABORTED', cause: signal.reason });
      }
    } finally {
      this.#core?.endBatch();
    }
    return { values, report: this.#report(findings, true) };
  }

  /** The policy's stable hash (also in every report). */
  get policyHash() {
    return this.#live().policyHash;
  }

  /**
   * The report of `findings`. A batch counts per field of its records (the
   * path after the record's index: `[3].user.email` counts as `user.email`),
   * summed over the batch, as a single record's report does for one.
   */
  #report(findings, batch = false) {
    // A field's findings are consecutive: each path is counted as a run,
    // and the few types in a Map.
    const types = new Map();
    const byField = {};
    let path;
    let run = 0;
    const countRun = () => {
      if (run > 0) addCount(byField, batch ? fieldInRecord(path) : path, run);
    };
    for (const finding of findings) {
      types.set(finding.type, (types.get(finding.type) ?? 0) + 1);
      if (finding.path !== path) {
        countRun();
        path = finding.path;
        run = 0;
      }
      if (path !== undefined) run++;
    }
    countRun();
    const byType = {};
    for (const [type, count] of types) setOwn(byType, type, count);
    // Written out: spreading #reportBase cost more than the rest of a
    // report (1.7 µs against 0.01 in V8).
    const { version, keyId, policyHash } = this.#reportBase;
    return { version, keyId, policyHash, timestamp: isoNow(), counts: { byType, byField }, findings };
  }

  /**
   * Puts the original values back into `text` (an AI's answer) for every token
   * this instance issued, tolerating changed case, brackets and markdown
   * escapes. Returns `{ text, unresolved }`: token-shaped words it never issued.
   */
  restore(text) {
    requireString(text, 'text');
    const core = this.#live();
    return call(() => core.restore(text));
  }

  /**
   * A TransformStream<string, string> that restores a streamed answer chunk
   * by chunk. It holds back only a trailing piece that could still become a
   * token (at most 131 characters) and never splits a restored value.
   * Tokens it never issued are left as they are and collected in `unresolved`.
   */
  restoreStream() {
    const core = this.#live();
    let pending = '';
    // The character before `pending` in the stream: restore's word rules
    // look one character back.
    let before = '';
    const unresolved = [];
    const step = (text, last, controller) => {
      const result = call(() => core.restoreChunk(text, before, last));
      pending = result.rest;
      before = result.before;
      unresolved.push(...result.unresolved);
      if (result.text) controller.enqueue(result.text);
    };
    const stream = new TransformStream({
      transform: (chunk, controller) => {
        if (typeof chunk !== 'string') {
          throw new BlindfoldError('restoreStream() takes string chunks; pipe through a TextDecoderStream first', {
            code: 'INVALID_ARGUMENT',
          });
        }
        // A chunk may end between the two halves of a surrogate pair; keep
        // the high half here, since a lone half cannot cross into wasm intact.
        let text = pending + chunk;
        let carry = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          carry = text.slice(-1);
          text = text.slice(0, -1);
        }
        step(text, false, controller);
        pending += carry;
      },
      flush: (controller) => step(pending, true, controller),
    });
    stream.unresolved = unresolved;
    return stream;
  }

  /**
   * The vault, encrypted and authenticated under the current key
   * (XChaCha20-Poly1305), as bytes to keep in sessionStorage or IndexedDB.
   */
  exportVault() {
    const core = this.#live();
    return call(() => core.exportVault());
  }

  /** Replaces the vault with exported bytes; throws VAULT_REJECTED if they were changed or made under another key. */
  importVault(bytes) {
    if (!(bytes instanceof Uint8Array)) {
      throw new BlindfoldError('importVault() takes the Uint8Array that exportVault() returned', {
        code: 'INVALID_ARGUMENT',
        path: 'bytes',
      });
    }
    const core = this.#live();
    call(() => core.importVault(bytes));
  }

  /** Forgets every placeholder and pseudonym issued so far. */
  clearVault() {
    this.#live().clearVault();
  }

  /** The keyed pseudonym of one value, e.g. `EMAIL_k1_7QX3M2A9BC4D`. */
  pseudonymize(value, entityType) {
    requireString(value, 'value');
    requireString(entityType, 'entityType');
    return call(() => this.#live().pseudonymize(value, entityType));
  }

  /** Releases the wasm memory; later calls throw BlindfoldError { code: "DISPOSED" }. */
  free() {
    if (this.#core) {
      this.#core.free();
      this.#core = undefined;
    }
  }

  [Symbol.dispose ?? Symbol.for('Symbol.dispose')]() {
    this.free();
  }

  #live() {
    if (!this.#core) {
      throw new BlindfoldError('this Blindfold was freed', { code: 'DISPOSED' });
    }
    return this.#core;
  }
}

/**
 * A `<form>` element or a FormData as a sanitized plain object:
 * `{ value, report }` from `bf.redactRecord()`. Repeated names become arrays.
 * Files are left out and reported (`files: 'skip'`, the default) or refused
 * with an INVALID_ARGUMENT error naming the field (`files: 'refuse'`).
 */
export function sanitizeForm(form, bf, { files = 'skip', ...options } = {}) {
  if (!(bf instanceof Blindfold)) {
    throw new BlindfoldError('sanitizeForm(form, bf) needs a Blindfold instance', { code: 'INVALID_ARGUMENT', path: 'bf' });
  }
  if (files !== 'skip' && files !== 'refuse') {
    throw new BlindfoldError('files must be "skip" or "refuse"', { code: 'INVALID_ARGUMENT', path: 'files' });
  }
  const isForm = typeof HTMLFormElement !== 'undefined' && form instanceof HTMLFormElement;
  if (!isForm && !(form instanceof FormData)) {
    throw new BlindfoldError('sanitizeForm() takes a <form> element or a FormData', { code: 'INVALID_ARGUMENT', path: 'form' });
  }
  const data = isForm ? new FormData(form) : form;
  const record = Object.create(null);
  const skipped = [];
  for (const [name, entry] of data.entries()) {
    if (typeof entry !== 'string') {
      if (files === 'refuse') {
        throw new BlindfoldError(`the form holds a file in "${name}"; files are refused`, { code: 'INVALID_ARGUMENT', path: name });
      }
      skipped.push(name);
      continue;
    }
    const previous = record[name];
    record[name] = previous === undefined ? entry : Array.isArray(previous) ? [...previous, entry] : [previous, entry];
  }
  const { value, report } = bf.redactRecord(record, options);
  for (const name of skipped) {
    report.findings.push({ path: name, type: 'FILE', operator: 'drop' });
    addCount(report.counts.byType, 'FILE');
    addCount(report.counts.byField, name);
  }
  return { value, report };
}

/**
 * `fetch()` with a JSON body sanitized by `bf.redactRecord()` first. Fails
 * closed: if sanitizing throws, the error is thrown and nothing is sent.
 * `init.json` is the body (POST by default, `content-type: application/json`);
 * `init.onReport(report)` receives the report; other `init` fields go to fetch.
 */
export async function sanitizedFetch(input, init, bf, fetchImpl = globalThis.fetch) {
  if (!(bf instanceof Blindfold)) {
    throw new BlindfoldError('sanitizedFetch(input, init, bf) needs a Blindfold instance', { code: 'INVALID_ARGUMENT', path: 'bf' });
  }
  const { json, onReport, body, headers, ...rest } = init ?? {};
  if (body !== undefined) {
    throw new BlindfoldError('sanitizedFetch() sends init.json; a raw init.body would bypass sanitizing', {
      code: 'INVALID_ARGUMENT',
      path: 'init.body',
    });
  }
  if (json === undefined) {
    throw new BlindfoldError('sanitizedFetch() needs init.json, the body to sanitize', { code: 'INVALID_ARGUMENT', path: 'init.json' });
  }
  const { value, report } = bf.redactRecord(json);
  const sent = JSON.stringify(value);
  onReport?.(report);
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json');
  return fetchImpl(input, { method: 'POST', ...rest, headers: merged, body: sent });
}
