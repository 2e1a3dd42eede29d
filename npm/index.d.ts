/** Secret key material: at least 32 bytes, raw or as base64url text. */
export type KeySecret = Uint8Array | string;

/** A named key. The id (1–16 ASCII letters and digits) appears in every token. */
export interface KeySpec {
  id: string;
  secret: KeySecret;
}

/** The built-in entity types. */
export type BuiltInEntityType =
  | 'EMAIL'
  | 'PHONE'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'IP_ADDRESS'
  | 'URL'
  | 'US_SSN'
  | 'UK_NHS'
  | 'CA_SIN'
  | 'FR_NIR'
  | 'NL_BSN'
  | 'DE_TAX_ID'
  | 'IN_AADHAAR'
  | 'BR_CPF'
  | 'BR_CNPJ'
  | 'AU_TFN'
  | 'CN_RESIDENT_ID'
  | 'KR_RRN'
  | 'JP_MY_NUMBER'
  | 'ES_DNI'
  | 'ES_NIE'
  | 'IT_FISCAL_CODE'
  | 'IN_PAN'
  | 'UK_NINO'
  | 'PASSPORT'
  | 'SECRET'
  | 'DATE_OF_BIRTH'
  | 'PERSON'
  | 'ADDRESS';

/** An entity type name: a built-in one, or an app's own (`A-Z`, `0-9`, `_`). */
export type EntityType = BuiltInEntityType | (string & {});

/** A piece of personal data found in a text. Offsets are UTF-16 code units; `end` is exclusive. */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** Confidence from 0 to 1 (two decimals). */
  score: number;
}

/** An app-defined pattern (regex-lite syntax: no look-around or back-references; linear time). */
export interface PatternSpec {
  /** The entity type it reports, e.g. `TICKET` (`A-Z`, `0-9`, `_`). */
  name: string;
  /** The regular expression, at most 1024 bytes. */
  regex: string;
  /** The score of its findings, 0–1 (default 0.9). */
  score?: number;
  /** Match ignoring case (default false). */
  caseInsensitive?: boolean;
}

/**
 * What replaces a finding:
 * - `redact`: removed; `label`: `[EMAIL]`; `keep`: left as it is.
 * - `placeholder`: `<EMAIL_1>`, numbered per vault (restorable).
 * - `pseudonym`: keyed HMAC-SHA-256 token `EMAIL_k1_7QX3M2A9BC4D` (restorable; needs a key).
 * - `surrogate`: a fake of the same shape from ranges reserved for fiction,
 *   e.g. `user-7qx3m2a9@example.invalid`, `+1 212 555 0142` (restorable; needs a key;
 *   types without a surrogate shape get the pseudonym).
 * - `mask`: `•••• •••• •••• 4242`.
 * - `generalize`: a birth date to its year (or year-month), an IP to its /24 or /48.
 *   `DATE_OF_BIRTH` and `IP_ADDRESS` only.
 * - `dateShift`: a date moved by a per-subject number of days drawn from the key,
 *   as `YYYY-MM-DD` (needs a key). `DATE_OF_BIRTH` only.
 */
export type OperatorName =
  | 'redact'
  | 'label'
  | 'placeholder'
  | 'pseudonym'
  | 'surrogate'
  | 'mask'
  | 'generalize'
  | 'dateShift'
  | 'keep';

/** An operator: a name, or one operator with its settings. */
export type Operator =
  | OperatorName
  | { mask: { keepFirst?: number; keepLast?: number; char?: string } }
  | { generalize: { date?: 'year' | 'month' } }
  | { dateShift: { maxDays?: number } };

/** A finding that {@link Blindfold.redactText} replaced. */
export interface Replacement extends Finding {
  operator: OperatorName;
}

/** The result of {@link Blindfold.redactText}. */
export interface RedactedText {
  text: string;
  findings: Replacement[];
  report: Report<Replacement>;
}

/** What was done to one field of a record. No raw value and no token unless the call's `report` asks. */
export interface FieldFinding {
  /** Where: `user.email`, `items[3].notes`, `["odd.key"]`; in batches it starts with the index: `[3].email`. */
  path: string;
  /** The entity type; `FIELD` for a transformed field with no known type, `FILE` for a skipped form file. */
  type: string;
  /** The operator applied, or `drop` for a field left out. */
  operator: OperatorName | 'drop';
  /** The span in the field's string in UTF-16 code units (the whole string for a field replaced as a whole). */
  start?: number;
  end?: number;
  /** The replacement, with `report: { tokens: true }`. */
  token?: string;
  /** The original value, with `report: { values: true }`. */
  value?: string;
}

/** Provenance of one call: what was done, under which policy and key. Never holds the key. */
export interface Report<F = FieldFinding> {
  /** The library version. */
  version: string;
  /** The id of the key tokens were made with, or null without a key. */
  keyId: string | null;
  /** The stable hash of the policy in force. */
  policyHash: string;
  /** When the call ran (ISO 8601). */
  timestamp: string;
  counts: {
    byType: Record<string, number>;
    /** Per field path (records only); in a batch, per field of its records (`email`, not `[3].email`), summed. */
    byField: Record<string, number>;
  };
  findings: F[];
}

/** Plain data: what a record may hold (Dates are accepted and become ISO strings). */
export type RecordValue = string | number | boolean | null | Date | undefined | RecordValue[] | { [key: string]: RecordValue };

/** The result of {@link Blindfold.redactRecord}. */
export interface RedactedRecord {
  /** The record in its shape; dropped fields left out. */
  value: unknown;
  report: Report;
}

/** The result of {@link Blindfold.redactRecords}. */
export interface RedactedRecords {
  values: unknown[];
  report: Report;
}

/** A policy rule: what to do with the fields its path matches. */
export interface PolicyRule {
  /** `user.email`, `items[*].phone`, `**.ssn`, `user.*`, `["odd.key"]`. */
  path: string;
  /** An operator, `scan` (find personal data inside), or `drop` (leave the field out). */
  op: Operator | 'scan' | 'drop';
  /** The entity type of matching fields (default: read from the key name, else `FIELD`). */
  type?: string;
  /** `field`: pseudonyms and surrogates are drawn per rule, so one value in two fields gets two tokens (default `type`). */
  scope?: 'type' | 'field';
}

/** How records are treated. Validated when the Blindfold is created. */
export interface Policy {
  /** First matching rule wins; a rule on an object or array is the default for everything inside. */
  rules?: PolicyRule[];
  /** `allowlist`: only fields a rule covers leave the page (default `scan`). */
  mode?: 'scan' | 'allowlist';
  /** Read what a field holds from its name: `email`, `phone`, `dob`, `name`, … (default true). */
  keyNames?: boolean;
  /** Match rule paths ignoring the case of keys (default false). */
  caseInsensitiveKeys?: boolean;
  /** Where values of typed fields are also found: the record's free text (default), the whole batch, or nowhere. */
  propagate?: 'record' | 'batch' | 'off';
  /** The deepest nesting accepted, 1–1000 (default 64). */
  maxDepth?: number;
}

/** The result of {@link Blindfold.restore}. */
export interface Restored {
  text: string;
  /** Token-shaped words this instance never issued, left as they are. */
  unresolved: string[];
}

/** Options for one {@link Blindfold.scan} call. */
export interface ScanCallOptions {
  /** Values the app knows (from other fields), found anywhere, case- and accent-insensitively: `{ PERSON: ['Jana Nováková'] }`. */
  known?: Partial<Record<EntityType, string[]>>;
  /** Whose data this is (a user or record id): `dateShift` moves every date of one subject by the same days. */
  subject?: string;
  /** Add the replacement (`tokens`) or the original (`values`) to each finding of the report. */
  report?: { tokens?: boolean; values?: boolean };
}

/** Options of {@link Blindfold.redactRecordsAsync}. */
export interface BatchOptions extends ScanCallOptions {
  /** Called after each part. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Cancels the batch: the promise rejects with code `ABORTED`. */
  signal?: AbortSignal;
  /** Records per part (default 500). */
  chunkSize?: number;
}

/** Options for {@link Blindfold}. Unknown fields are an error. */
export interface BlindfoldOptions {
  /** The key for pseudonyms. Give this or `keys`, not both. */
  key?: KeySpec;
  /** Several keys for rotation: the first makes new tokens, all are recognised. */
  keys?: KeySpec[];
  /** Base32 characters in a pseudonym, 8 to 32 (default 12: 60 bits). */
  tokenLength?: number;
  /** The entity types to detect (default: every built-in type). */
  entities?: BuiltInEntityType[];
  /** The score from 0 to 1 a finding needs to be reported (default 0.5). */
  threshold?: number;
  /** The longest text accepted, in UTF-16 code units (default 64 Mi); longer is `INPUT_TOO_LARGE`. */
  maxInputLength?: number;
  /** App-defined patterns, reported under their own names. */
  patterns?: PatternSpec[];
  /** Terms to find anywhere (case- and accent-insensitive, whole words), by type: `{ PROJECT: ['Project Falcon'] }`. */
  deny?: Record<string, string[]>;
  /** Values never reported, e.g. the company's own support address. */
  allow?: string[];
  /** What replaces each type: `{ default: 'placeholder', EMAIL: 'pseudonym', CREDIT_CARD: { mask: { keepLast: 4 } } }`. */
  operators?: { default?: Operator } & Partial<Record<EntityType | 'AGE' | 'POSTCODE', Operator>>;
  /** How records are treated. */
  policy?: Policy;
}

/** The stable codes of {@link BlindfoldError}. */
export type BlindfoldErrorCode =
  | 'INVALID_KEY'
  | 'INVALID_OPTIONS'
  | 'INVALID_ARGUMENT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_INITIALIZED'
  | 'INIT_FAILED'
  | 'DISPOSED'
  | 'VAULT_REJECTED'
  | 'ABORTED'
  | 'INTERNAL';

/** Every error Blindfold throws. Messages never contain key material or input values. */
export class BlindfoldError extends Error {
  constructor(
    message: string,
    details: { code: BlindfoldErrorCode; path?: string; offset?: number; cause?: unknown },
  );
  readonly name: 'BlindfoldError';
  readonly code: BlindfoldErrorCode;
  /** The option or field path the error concerns, e.g. `keys[1].secret`. */
  readonly path?: string;
  /** The offset in UTF-16 code units the error concerns. */
  readonly offset?: number;
}

/** What {@link init} can load the wasm module from. */
export type InitInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the wasm module (idempotent). Not needed in Node, where the package
 * entry loads it on import.
 */
export function init(source?: InitInput | Promise<InitInput>): Promise<void>;

/** Loads the wasm module synchronously from bytes or a compiled module (idempotent). */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/** The library version, e.g. `"0.1.0"`. */
export function version(): string;

/** A configured redactor. Create it once and reuse it; call `free()` when done. */
export class Blindfold {
  /** @throws {BlindfoldError} `INVALID_OPTIONS`, `INVALID_KEY`, `NOT_INITIALIZED` */
  constructor(options?: BlindfoldOptions);
  /** Loads the wasm module if needed, then creates a Blindfold. */
  static create(options?: BlindfoldOptions): Promise<Blindfold>;
  /** A fresh random 32-byte key from `crypto.getRandomValues`, for one session. */
  static sessionKey(id?: string): KeySpec & { secret: Uint8Array };
  /** The entity types this instance detects. */
  readonly entityTypes: EntityType[];
  /**
   * Finds personal data in `text`, in order of position. No raw values are returned.
   * @throws {BlindfoldError} `INPUT_TOO_LARGE` (with `offset`) past `maxInputLength`
   */
  scan(text: string, options?: ScanCallOptions): Finding[];
  /** Replaces personal data in `text` with each type's operator. */
  redactText(text: string, options?: ScanCallOptions): RedactedText;
  /**
   * Transforms a record per the policy; the same shape comes back.
   * @throws {BlindfoldError} `INVALID_ARGUMENT` with the `path` for values that are not plain data
   * (BigInt, Map, Set, class instances, functions, cycles, nesting past `maxDepth`, getters that throw)
   */
  redactRecord(record: RecordValue, options?: ScanCallOptions): RedactedRecord;
  /** Transforms many records with one vault: the same value gets the same token in every record. */
  redactRecords(records: RecordValue[], options?: ScanCallOptions): RedactedRecords;
  /** redactRecords() in parts, yielding between them, with progress and cancelling (`ABORTED`). */
  redactRecordsAsync(records: RecordValue[], options?: BatchOptions): Promise<RedactedRecords>;
  /** The policy's stable hash. */
  readonly policyHash: string;
  /** Puts originals back into an AI's answer for every token this instance issued. */
  restore(text: string): Restored;
  /**
   * Restores a streamed answer chunk by chunk; holds back at most 131 characters
   * (what could still become a token) and never splits a restored value. `unresolved` fills as it runs.
   */
  restoreStream(): TransformStream<string, string> & { readonly unresolved: string[] };
  /** The vault encrypted and authenticated under the current key (never plaintext). @throws `INVALID_KEY` without a key */
  exportVault(): Uint8Array;
  /** Replaces the vault with exported bytes. @throws `VAULT_REJECTED` if changed, cut or made under another key */
  importVault(bytes: Uint8Array): void;
  /** Forgets every placeholder and pseudonym issued so far. */
  clearVault(): void;
  /**
   * The keyed pseudonym of one value, e.g. `EMAIL_k1_7QX3M2A9BC4D`: HMAC-SHA-256
   * over the normalized value, domain-separated by entity type.
   * @throws {BlindfoldError} `INVALID_KEY` without a key, `INVALID_ARGUMENT` for a bad type name
   */
  pseudonymize(value: string, entityType: string): string;
  /** Releases the wasm memory; later calls throw `DISPOSED`. */
  free(): void;
  [Symbol.dispose](): void;
}

/** Options of {@link sanitizeForm}. */
export interface FormOptions extends ScanCallOptions {
  /** Files are left out and reported (`skip`, default) or refused with an error (`refuse`). */
  files?: 'skip' | 'refuse';
}

/** A `<form>` or FormData as a sanitized plain object; repeated names become arrays. */
export function sanitizeForm(form: HTMLFormElement | FormData, bf: Blindfold, options?: FormOptions): RedactedRecord;

/** `fetch()` init with a JSON body to sanitize. */
export interface SanitizedFetchInit extends Omit<RequestInit, 'body'> {
  /** The body, sanitized with `bf.redactRecord()` and sent as JSON (POST by default). */
  json: RecordValue;
  /** Receives the report of what was sanitized. */
  onReport?: (report: Report) => void;
}

/** fetch() with the JSON body sanitized first. Fails closed: if sanitizing throws, nothing is sent. */
export function sanitizedFetch(
  input: RequestInfo | URL,
  init: SanitizedFetchInit,
  bf: Blindfold,
  fetchImpl?: typeof fetch,
): Promise<Response>;
