// Compiled with `tsc --noEmit --strict` against the installed package by
// tests/node/package.test.mjs: the public types must accept real use and
// reject misuse.
import { Blindfold, BlindfoldError, init, sanitizedFetch, version } from 'blindfold';
import type { BlindfoldErrorCode, BlindfoldOptions, FieldFinding, Finding, KeySpec, Policy, RedactedText, Report, Restored } from 'blindfold';

const key: KeySpec = Blindfold.sessionKey('k1');
const options: BlindfoldOptions = {
  key,
  tokenLength: 16,
  operators: {
    default: 'placeholder',
    EMAIL: 'pseudonym',
    PHONE: 'surrogate',
    CREDIT_CARD: { mask: { keepLast: 4 } },
    IP_ADDRESS: 'generalize',
    DATE_OF_BIRTH: { dateShift: { maxDays: 30 } },
  },
};

export async function use(): Promise<string> {
  await init();
  const bf = await Blindfold.create(options);
  try {
    const token: string = bf.pseudonymize('jane@example.com', 'EMAIL');
    const findings: Finding[] = bf.scan('mail jane@example.com');
    const spans = findings.map(({ type, start, end, score }) => `${type}:${start}-${end}@${score.toFixed(2)}`);
    const redacted: RedactedText = bf.redactText('mail jane@example.com', { known: { PERSON: ['Jana'] }, subject: 'u1' });
    const operators = redacted.findings.map((f) => f.operator);
    const restored: Restored = bf.restore(redacted.text);
    const policy: Policy = { rules: [{ path: 'items[*].phone', op: 'surrogate', scope: 'field' }, { path: '**.ssn', op: 'drop' }], mode: 'scan' };
    const records = new Blindfold({ key, policy });
    const { value, report } = records.redactRecord({ name: 'Jana', born: new Date(0), items: [{ phone: '+1 415 555 0100' }] });
    const first: FieldFinding | undefined = report.findings[0];
    const byType: Report['counts']['byType'] = report.counts.byType;
    const batch = await records.redactRecordsAsync([{ a: 1 }], { chunkSize: 10, onProgress: ({ done, total }) => void [done, total] });
    const response: Response = await sanitizedFetch('/api', { json: { email: 'a@b.co' }, onReport: (r: Report) => void r.policyHash }, records);
    void [value, first?.path, byType, batch.values.length, response.ok];
    return `${version()} ${token} ${spans.join(',')} ${operators.join(',')} ${restored.text} ${restored.unresolved.length}`;
  } catch (error) {
    if (error instanceof BlindfoldError) {
      const code: BlindfoldErrorCode = error.code;
      const where: string | number | undefined = error.path ?? error.offset;
      return `${code} ${String(where)}`;
    }
    throw error;
  } finally {
    bf.free();
  }
}

// @ts-expect-error: unknown options are a type error, as they are a runtime error
export const typo: BlindfoldOptions = { tokenLenght: 12 };

// @ts-expect-error: a secret is bytes or base64url text, not a number
export const badKey: KeySpec = { id: 'k1', secret: 42 };

// @ts-expect-error: only built-in entity types can be selected
export const unknownEntity: BlindfoldOptions = { entities: ['EMAIL', 'NOT_A_TYPE'] };

// @ts-expect-error: operators are named, not free strings
export const unknownOperator: BlindfoldOptions = { operators: { EMAIL: 'hash' } };

// @ts-expect-error: dates generalize to a year or a month, nothing finer
export const tooFine: BlindfoldOptions = { operators: { DATE_OF_BIRTH: { generalize: { date: 'day' } } } };

// @ts-expect-error: a rule op is an operator, scan or drop
export const badRule: Policy = { rules: [{ path: 'a', op: 'hide' }] };

// @ts-expect-error: pseudonymize takes the value and the entity type
export const missingType = (bf: Blindfold) => bf.pseudonymize('x');
