/**
 * Bundle-time stand-in for `html-to-text` (with selderee, parseley, dom-serializer: ~65 KB).
 * mailparser calls it only when `skipHtmlToText` is off; shared/understanding/parse-mail.ts
 * sets it on. If that ever changes, tests/cdk/bundle-trims.test.ts fails on HTML-only mail.
 */
export function htmlToText(): never {
  throw new Error('html-to-text is not bundled into the Lambda: keep skipHtmlToText in parse-mail (see cdk/bundle-trims)');
}

export default { htmlToText };
