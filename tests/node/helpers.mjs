// Shared by the Node and browser suites: an independent implementation of the
// documented pseudonym construction, with node:crypto's HMAC-SHA-256.
import { createHmac } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What Blindfold must return; `normalized` is the value after normalization. */
export function expectedPseudonym(secret, keyId, entityType, normalized, length = 12, scope = '') {
  const mac = createHmac('sha256', secret)
    .update(`blindfold/pseudonym/v1\0${entityType}\0${scope}\0${normalized}`, 'utf8')
    .digest();
  let bits = '';
  for (const byte of mac) bits += byte.toString(2).padStart(8, '0');
  let code = '';
  for (let i = 0; i < length; i++) code += CROCKFORD[parseInt(bits.slice(i * 5, i * 5 + 5), 2)];
  return `${entityType}_${keyId}_${code}`;
}

/** The key used by the known-answer vectors: bytes 0x00..0x1f. */
export const VECTOR_SECRET = Uint8Array.from({ length: 32 }, (_, i) => i);

/** The same vectors as tests/common/mod.rs. */
export const PSEUDONYM_VECTORS = [
  ['EMAIL', ' Jane.Doe@Example.com', 12, 'EMAIL_k1_F3Y98KZJQVQM'],
  ['PHONE', '+1 (415) 555-0100', 12, 'PHONE_k1_XG93QRX0B9GM'],
  ['CREDIT_CARD', '4111 1111 1111 1111', 20, 'CREDIT_CARD_k1_MH62KSH6A4DY2HQG2G9H'],
];

/** The public exports of the package, pinned. */
export const PUBLIC_EXPORTS = ['Blindfold', 'BlindfoldError', 'init', 'initSync', 'sanitizeForm', 'sanitizedFetch', 'version'];

/**
 * The errors of `value` against a JSON Schema, for the keywords the
 * package's schemas use (type, required, properties, additionalProperties,
 * items, enum, pattern, minimum, maximum). Empty when it conforms.
 */
export function schemaErrors(schema, value, path = '$') {
  const errors = [];
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (schema.type) {
    const types = [schema.type].flat();
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      return [`${path}: expected ${types.join(' or ')}, got ${actual}`];
    }
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of the listed values`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
  if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  if (typeOf(value) === 'object') {
    for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${path}: missing ${name}`);
    for (const [name, item] of Object.entries(value)) {
      const property = schema.properties?.[name];
      if (property) errors.push(...schemaErrors(property, item, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${name}`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties, item, `${path}.${name}`));
    }
  }
  if (typeOf(value) === 'array' && schema.items) value.forEach((item, i) => errors.push(...schemaErrors(schema.items, item, `${path}[${i}]`)));
  return errors;
}
