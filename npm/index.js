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

/** A configured redactor. Create it once and reuse it; call free() when done. */
export class Blindfold {
  #core;
  #entityTypes;

  constructor(options) {
    this.#core = call(() => new BlindfoldCore(options));
    this.#entityTypes = this.#core.entityTypes();
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
   * Returns `{ text, findings }`: findings `{ type, start, end, score, operator }`
   * with offsets into the input. Placeholders and pseudonyms are remembered
   * in this instance's vault for `restore()`.
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
    return { text: redacted, findings };
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
   * token (at most one token's length) and never splits a restored value.
   * Tokens it never issued are left as they are and collected in `unresolved`.
   */
  restoreStream() {
    const core = this.#live();
    let pending = '';
    const unresolved = [];
    const step = (text, last, controller) => {
      const result = call(() => core.restoreChunk(text, last));
      pending = result.rest;
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
