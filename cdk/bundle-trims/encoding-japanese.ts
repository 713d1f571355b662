/**
 * Bundle-time stand-in for `encoding-japanese` (230 KB), which libmime uses only to decode
 * ISO-2022-JP / EUC-JP / Shift_JIS text. libmime calls it inside try/catch and falls back to
 * iconv-lite, then to UTF-8, so such a message still parses (its Japanese text garbled), and
 * the service reads Romanian and English only. tests/cdk/bundle-trims.test.ts pins this.
 */
export function convert(): never {
  throw new Error('encoding-japanese is not bundled into the Lambda (see cdk/bundle-trims)');
}

export default { convert };
