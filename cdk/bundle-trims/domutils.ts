/**
 * Bundle-time stand-in for `domutils` (~70 KB with what it pulls in: dom-serializer and a
 * second, older copy of `entities` with its encoding tables). htmlparser2's index re-exports
 * it (`DomUtils`, and `getFeed` for `parseFeed`), and esbuild keeps a re-exported package that
 * does not declare itself free of side effects. The Lambda code uses only htmlparser2's
 * `Tokenizer` (shared/understanding/html-walk.ts), never a DOM: a call here fails loudly.
 * tests/cdk/bundle-trims.test.ts checks the bundled reader against the real one.
 */
export function getFeed(): never {
  throw new Error('domutils is not bundled into the Lambda: read HTML with the Tokenizer (see cdk/bundle-trims)');
}
