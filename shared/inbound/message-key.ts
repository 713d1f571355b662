import { createHash } from 'node:crypto';
import type { MailFacts } from '../understanding/types';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The dedup key of an inbound message: its RFC Message-ID (with the sender, so a forged
 * id can't pre-empt someone else's reply), or a hash of the raw bytes when it has none.
 * SES redeliveries and Lambda retries of the same mail map to the same key.
 */
export function messageKey(facts: Pick<MailFacts, 'messageId' | 'from'>, raw: Buffer): string {
  const basis = facts.messageId ? `mid\n${facts.messageId.trim().toLowerCase()}\n${facts.from?.address ?? ''}` : `raw\n${contentHash(raw)}`;
  return sha256(basis).slice(0, 32);
}

// Headers a relay adds on each delivery (SES writes a fresh `Received: … with SMTP id <id>`
// into every stored copy): left out, so two deliveries of one mail hash the same.
const TRACE = /^(received|return-path|delivered-to|x-ses-[\w-]*|x-original-to|authentication-results|arc-[\w-]*|received-spf|x-received|x-forwarded-[\w-]*|dkim-signature)$/i;

/** A hash of the message without its trace headers. */
function contentHash(raw: Buffer): string {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
  if (end < 0) return sha256(raw);
  const lines = raw.subarray(0, end).toString('latin1').split(/\r?\n(?![ \t])/);
  const kept = lines.filter((line) => !TRACE.test(line.slice(0, Math.max(0, line.indexOf(':'))).trim()));
  return createHash('sha256').update(kept.join('\n')).update('\n\n').update(raw.subarray(end)).digest('hex');
}

/** Key for mail we could not even parse. */
export function rawKeyHash(raw: Buffer): string {
  return sha256(`raw\n${contentHash(raw)}`).slice(0, 32);
}

const DAY = 86_400_000;

/**
 * When a reply was written, for ordering changes of mind: its Date header, unless
 * missing or absurd (more than a day in the future, or over a year before receipt —
 * clocks of phones and old mail servers do that), then the receipt time.
 */
export function effectiveTime(dateHeader: string | null, receivedAt: string): string {
  if (!dateHeader) return receivedAt;
  const d = Date.parse(dateHeader);
  const r = Date.parse(receivedAt);
  if (Number.isNaN(d) || d > r + DAY || d < r - 365 * DAY) return receivedAt;
  return new Date(d).toISOString();
}
