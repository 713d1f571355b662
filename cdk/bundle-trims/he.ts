/**
 * Bundle-time stand-in for `he` (75 KB of entity tables). mailparser calls only
 * `he.encode`, to build the HTML forms (`.html`) of address and header values, which
 * shared/understanding/parse-mail.ts never reads. This escaper keeps those well-formed.
 * tests/cdk/bundle-trims.test.ts checks the bundled parser against the real one.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' };

export function encode(text: string): string {
  return String(text).replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export const escape = encode;

export default { encode, escape };
