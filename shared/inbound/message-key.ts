import { createHash } from 'node:crypto';
import type { MailFacts } from '../understanding/types';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The dedup key of an inbound message: its RFC Message-ID (with the sender, so a forged
 * id can't pre-empt someone else's reply), or a hash of the raw bytes when it has none.
 * SES redeliveries and Lambda retries of the same mail map to the same key.
 */
export function messageKey(facts: Pick<MailFacts, 'messageId' | 'from'>, raw: Buffer): string {
  const basis = facts.messageId ? `mid\n${facts.messageId.trim().toLowerCase()}\n${facts.from?.address ?? ''}` : `raw\n${sha256(raw)}`;
  return sha256(basis).slice(0, 32);
}

/** Key for mail we could not even parse. */
export function rawKeyHash(raw: Buffer): string {
  return sha256(`raw\n${sha256(raw)}`).slice(0, 32);
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
