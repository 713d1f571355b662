/**
 * Bundle-time stand-in for `linkify-it`. mailparser builds a linkifier with the full TLD list
 * when it is imported (~10 ms of every cold start) but uses it only to turn links into anchors
 * in `textAsHtml`, which shared/understanding/parse-mail.ts switches off (skipTextToHtml,
 * skipTextLinks). Configuration calls chain and do nothing; matching fails loudly.
 */
interface Linkifier {
  tlds(...args: unknown[]): Linkifier;
  add(...args: unknown[]): Linkifier;
  set(...args: unknown[]): Linkifier;
  pretest(text: string): never;
  test(text: string): never;
  match(text: string): never;
}

function notBundled(): never {
  throw new Error('linkify-it is not bundled into the Lambda: keep skipTextToHtml/skipTextLinks in parse-mail (see cdk/bundle-trims)');
}

export default function linkifyIt(): Linkifier {
  const linkifier: Linkifier = {
    tlds: () => linkifier,
    add: () => linkifier,
    set: () => linkifier,
    pretest: notBundled,
    test: notBundled,
    match: notBundled,
  };
  return linkifier;
}
