// Compiled with `tsc --noEmit --strict` against the installed package by
// tests/node/package.test.mjs: the public types must accept real use and
// reject misuse.
import { Blindfold, BlindfoldError, init, version } from 'blindfold';
import type { BlindfoldErrorCode, BlindfoldOptions, Finding, KeySpec } from 'blindfold';

const key: KeySpec = Blindfold.sessionKey('k1');
const options: BlindfoldOptions = { key, tokenLength: 16 };

export async function use(): Promise<string> {
  await init();
  const bf = await Blindfold.create(options);
  try {
    const token: string = bf.pseudonymize('jane@example.com', 'EMAIL');
    const findings: Finding[] = bf.scan('mail jane@example.com');
    const spans = findings.map(({ type, start, end, score }) => `${type}:${start}-${end}@${score.toFixed(2)}`);
    return `${version()} ${token} ${spans.join(',')}`;
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

// @ts-expect-error: pseudonymize takes the value and the entity type
export const missingType = (bf: Blindfold) => bf.pseudonymize('x');
