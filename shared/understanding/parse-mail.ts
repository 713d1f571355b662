import { simpleParser } from 'mailparser';
import type { AddressObject, Attachment, EmailAddress, ParsedMail } from 'mailparser';
import { MailParseError } from '../errors';
import { repairMisreadCharset } from './charset-repair';
import type { AuthVerdicts, MailAddress, MailFacts } from './types';

/** A non-text MIME part (calendar, delivery status, attached message), content decoded. */
export interface MailPart {
  /** Lower-case MIME type, e.g. `text/calendar`. */
  contentType: string;
  /** Content-Type parameters, names lower-case (`charset`, `method`, …). */
  params: Record<string, string>;
  filename: string | null;
  content: Buffer;
}

/** What the rest of the pipeline reads from a message. */
export interface ParsedMessage {
  facts: MailFacts;
  /** Top-level header values by lower-case name, unfolded but not decoded, in message order. */
  headers: ReadonlyMap<string, string[]>;
  /** Top-level Content-Type, lower-case, and its parameters. */
  contentType: { value: string; params: Record<string, string> };
  text: string | null;
  html: string | null;
  parts: MailPart[];
}

/*
 * The cheap options: no HTML→text conversion (trimming does it on the reply only), no
 * text→HTML with linkify, no cid→data: URL rewriting, no md5 of attachments. Delivery-status
 * parts stay parts so bounce detection reads them as fields instead of fishing them out of the text.
 */
const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepDeliveryStatus: true,
  checksumAlgo: false,
} as const;

// RFC 5322 §2.2: a field name is printable US-ASCII except the colon.
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
// An mbox separator line some tools leave in front of the message.
const MBOX_FROM = /^From \S/;
const FOLD = /\r?\n[ \t]+/g;
const MESSAGE_ID = /<[^<>\s]+>/g;

// "Content-Transfer-Encoding: quoted-printable; format=flowed" (h478_052): a Content-Type parameter written on the wrong
// field. RFC 2045 §6.1 gives the field a bare token, and mailparser, not knowing "quoted-printable; format=flowed", leaves
// the body undecoded ("Bun=E3 ziua").
const TRANSFER_ENCODING_WITH_PARAMS = /^(content-transfer-encoding:[ \t]*[\w-]+)[ \t]*;[^\r\n]*/gim;
// The field's name as mailers write it (header names are case-insensitive, RFC 5322 §1.2.2): a cheap test before decoding.
const TRANSFER_ENCODING_FIELDS = [Buffer.from('ransfer-Encoding:'), Buffer.from('ransfer-encoding:'), Buffer.from('RANSFER-ENCODING:')];

/** Whether a Content-Transfer-Encoding field's line holds a ";": only those bytes are read, nothing is decoded. */
function transferEncodingWithParams(raw: Buffer): boolean {
  for (const field of TRANSFER_ENCODING_FIELDS) {
    for (let at = raw.indexOf(field); at >= 0; at = raw.indexOf(field, at + field.length)) {
      const end = raw.indexOf(0x0a, at);
      if (raw.subarray(at, end < 0 ? raw.length : end).includes(0x3b)) return true;
    }
  }
  return false;
}

/** The message with any Content-Transfer-Encoding field cut to its token; the input itself when none has parameters. */
function withBareTransferEncodings(raw: Buffer | string): Buffer | string {
  if (typeof raw === 'string') return raw.replace(TRANSFER_ENCODING_WITH_PARAMS, '$1');
  if (!transferEncodingWithParams(raw)) return raw;
  return Buffer.from(raw.toString('latin1').replace(TRANSFER_ENCODING_WITH_PARAMS, '$1'), 'latin1');
}

/**
 * Parses a raw RFC 5322 message with mailparser and extracts the envelope facts.
 * Message-IDs keep their angle brackets (`<id@host>`), as mailparser gives them.
 * @throws MailParseError when the input is not a mail at all (empty, or no header block).
 */
export async function parseMail(raw: Buffer | string): Promise<ParsedMessage> {
  assertLooksLikeMail(raw);
  let mail: ParsedMail;
  try {
    mail = await simpleParser(withBareTransferEncodings(raw), PARSER_OPTIONS);
  } catch (error) {
    throw new MailParseError(`unparseable message: ${(error as Error).message}`, { cause: error });
  }
  if (mail.headerLines.length === 0) throw new MailParseError('not a mail: no header fields');

  const headers = rawHeaders(mail.headerLines);
  const contentType = mail.headers.get('content-type');
  return {
    facts: extractFacts(mail, headers),
    headers,
    contentType: isStructured(contentType)
      ? { value: contentType.value.toLowerCase(), params: lowerKeys(contentType.params) }
      : { value: 'text/plain', params: {} },
    text: readable(mail.text),
    html: typeof mail.html === 'string' ? readable(mail.html) : null,
    parts: mail.attachments.map(toPart),
  };
}

function assertLooksLikeMail(raw: Buffer | string): void {
  const head = (typeof raw === 'string' ? raw.slice(0, 4096) : raw.subarray(0, 4096).toString('latin1')).replace(/^\uFEFF/, '');
  if (!/\S/.test(head)) throw new MailParseError('not a mail: empty input');
  // Only the first two lines are read: not a split of the whole head (it ran on every message).
  const lineAt = (from: number): string => {
    const end = head.indexOf('\n', from);
    return (end < 0 ? head.slice(from) : head.slice(from, end)).replace(/\r$/, '');
  };
  let first = lineAt(0);
  if (MBOX_FROM.test(first)) {
    const next = head.indexOf('\n');
    first = next < 0 ? '' : lineAt(next + 1);
  }
  if (!HEADER_LINE.test(first)) throw new MailParseError('not a mail: the input does not start with a header field');
}

function rawHeaders(lines: ParsedMail['headerLines']): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const colon = line.indexOf(':');
    const value = line.slice(colon + 1).replace(FOLD, ' ').trim();
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

function extractFacts(mail: ParsedMail, headers: Map<string, string[]>): MailFacts {
  return {
    messageId: mail.messageId ?? null,
    inReplyTo: messageIds(headers.get('in-reply-to')),
    references: messageIds(headers.get('references')),
    from: addresses(mail.from)[0] ?? null,
    replyTo: addresses(mail.replyTo)[0] ?? null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '',
    // mailparser substitutes "now" for an unparseable Date; we want to know it was missing.
    date: parseDate(headers.get('date')?.[0]),
    auth: parseAuthenticationResults(headers.get('authentication-results')),
  };
}

function messageIds(values: string[] | undefined): string[] {
  if (!values) return [];
  const ids: string[] = [];
  for (const value of values) {
    for (const match of value.matchAll(MESSAGE_ID)) ids.push(match[0]);
  }
  return ids;
}

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!field) return [];
  const out: MailAddress[] = [];
  const visit = (list: EmailAddress[]): void => {
    for (const entry of list) {
      if (entry.group) visit(entry.group);
      else if (entry.address) out.push({ address: entry.address.trim().toLowerCase(), name: entry.name.trim() || null });
    }
  };
  for (const object of Array.isArray(field) ? field : [field]) visit(object.value);
  return out;
}

function parseDate(value: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const VERDICT_RANK = { none: 0, fail: 1, pass: 2 } as const;
const AUTH_METHOD = /\b(spf|dkim|dmarc)\s*=\s*([a-z]+)/gi;

/**
 * Reads the topmost Authentication-Results header (RFC 8601): the one our own receiving MTA
 * added (SES puts it first); lower ones were written by hops we do not trust.
 */
export function parseAuthenticationResults(values: string[] | undefined): AuthVerdicts | null {
  const top = values?.[0];
  if (top === undefined) return null;
  const verdicts: AuthVerdicts = { spf: 'none', dkim: 'none', dmarc: 'none' };
  for (const match of top.matchAll(AUTH_METHOD)) {
    const method = match[1]!.toLowerCase() as keyof AuthVerdicts;
    const result = toVerdict(match[2]!.toLowerCase());
    // Several DKIM signatures: one passing signature is enough; a failure outranks silence.
    if (VERDICT_RANK[result] > VERDICT_RANK[verdicts[method]]) verdicts[method] = result;
  }
  return verdicts;
}

function toVerdict(result: string): AuthVerdicts['spf'] {
  if (result === 'pass') return 'pass';
  // RFC 8601 §2.7: fail, softfail and permerror say the check failed; neutral, none,
  // temperror and policy do not say anything about the sender.
  if (result === 'fail' || result === 'softfail' || result === 'permerror') return 'fail';
  return 'none';
}

interface StructuredHeader {
  value: string;
  params: Record<string, string>;
}

function isStructured(value: unknown): value is StructuredHeader {
  return typeof value === 'object' && value !== null && typeof (value as StructuredHeader).value === 'string';
}

function lowerKeys(params: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) out[key.toLowerCase()] = value;
  return out;
}

function toPart(attachment: Attachment): MailPart {
  const header = attachment.headers.get('content-type');
  return {
    // mailparser gives `false` for an empty `Content-Type:` header (seen in truncated mail).
    contentType: typeof attachment.contentType === 'string' && attachment.contentType ? attachment.contentType.toLowerCase() : 'application/octet-stream',
    params: isStructured(header) ? lowerKeys(header.params) : {},
    filename: attachment.filename ?? null,
    content: attachment.content,
  };
}

/** A body with text in it, read through the right code page ({@link repairMisreadCharset}). */
function readable(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? repairMisreadCharset(value) : null;
}
