import { parse } from 'node:path';

/**
 * Bundle-time stand-in for nodemailer's `mime-funcs/mime-types.js` (76 KB: every MIME type
 * and file extension IANA knows). MailComposer asks it only for an attachment or alternative
 * given without a `contentType`; the Lambdas compose acknowledgements and digests whose
 * parts are text, HTML, a calendar file or a CSV export, so this short table covers them.
 * Same functions, same defaults, same answers for every entry below:
 * tests/cdk/bundle-trims.test.ts checks each against the real table. Nodemailer imports the
 * table by a relative path, which esbuild's `alias` cannot reach: the `relativeTrims`
 * plugin in cdk/bundling.ts swaps it.
 */
const DEFAULT_MIME_TYPE = 'application/octet-stream';
const DEFAULT_EXTENSION = 'bin';

/** Extension → type, as the real table answers. */
export const EXTENSIONS: ReadonlyMap<string, string> = new Map([
  ['ics', 'text/calendar'],
  ['txt', 'text/plain'],
  ['html', 'text/html'],
  ['htm', 'text/html'],
  ['csv', 'text/csv'],
  ['json', 'application/json'],
  ['pdf', 'application/pdf'],
  ['eml', 'message/rfc822'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['svg', 'image/svg+xml'],
  ['zip', 'application/zip'],
  ['bin', DEFAULT_MIME_TYPE],
]);

/** Type → extension, as the real table answers (its first extension for the type). */
export const MIME_TYPES: ReadonlyMap<string, string> = new Map([
  ['text/calendar', 'ics'],
  ['text/plain', 'txt'],
  ['text/html', 'html'],
  ['text/csv', 'csv'],
  ['application/json', 'json'],
  ['application/pdf', 'pdf'],
  ['message/rfc822', 'eml'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpeg'],
  ['image/gif', 'gif'],
  ['image/svg+xml', 'svg'],
  ['application/zip', 'zip'],
]);

/** The type for a file name or bare extension ("invite.ics", "ics"), as nodemailer reads it. */
export function detectMimeType(filename?: string): string {
  if (!filename) return DEFAULT_MIME_TYPE;
  const parsed = parse(filename);
  const extension = (parsed.ext.slice(1) || parsed.name || '').split('?')[0]!.trim().toLowerCase();
  return EXTENSIONS.get(extension) ?? DEFAULT_MIME_TYPE;
}

/** The extension for a type; any other `text/…` is "txt", anything else "bin", as nodemailer answers. */
export function detectExtension(mimeType?: string): string {
  if (!mimeType) return DEFAULT_EXTENSION;
  const [rootType = '', ...rest] = mimeType.toLowerCase().trim().split('/');
  const known = MIME_TYPES.get(`${rootType.trim()}/${rest.join('/').trim()}`);
  if (known) return known;
  return rootType.trim() === 'text' ? 'txt' : DEFAULT_EXTENSION;
}
