import type { SentRecord } from '../domain/records';
import type { RsvpEvent } from '../events/event-schema';
import type { MailFacts } from '../understanding/types';
import { parseReplyAddress } from '../invitations/reply-address';

export interface RouteLookups {
  events: readonly RsvpEvent[];
  resolveToken(token: string): Promise<{ eventId: string; email: string } | null>;
  findSent(messageIds: string[]): Promise<SentRecord | null>;
}

export type RouteVia = 'token' | 'plus' | 'thread' | 'subject' | 'only-open';
export type Route =
  | { eventId: string; via: RouteVia; evidence: string; tokenGuest: string | null; threadTo?: SentRecord['purpose'] }
  | { eventId: null; reason: string };

const SUBJECT_TAG = /\[([a-z0-9]+(?:-[a-z0-9]+)*)\]/gi;
/** The invitation's List-Unsubscribe mailto carries `unsubscribe <eventId>` as its subject. */
const UNSUBSCRIBE_SUBJECT = /^\s*unsubscribe\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/i;

function sameInbox(event: RsvpEvent, local: string, domain: string): boolean {
  const [l, d] = event.inbox.split('@');
  return l === local && d === domain;
}

/**
 * Decides which event a message answers, in a fixed order of trust: the per-guest reply
 * address, the event plus address, a thread to a message we sent, a `[<eventId>]` subject
 * tag, and finally the only open event. Anything else goes to review.
 */
export async function routeMessage(recipients: readonly string[], facts: MailFacts, lookups: RouteLookups, now: Date): Promise<Route> {
  const byId = new Map(lookups.events.map((e) => [e.id, e]));
  const plus = recipients.map(parseReplyAddress).filter((p) => p !== null);

  for (const p of plus) {
    const event = byId.get(p.eventId);
    if (!p.token || !event || !sameInbox(event, p.local, p.domain)) continue;
    const owner = await lookups.resolveToken(p.token);
    if (owner && owner.eventId === event.id) return { eventId: event.id, via: 'token', evidence: `${p.local}+${p.eventId}.…@${p.domain}`, tokenGuest: owner.email };
  }
  for (const p of plus) {
    const event = byId.get(p.eventId);
    if (event && sameInbox(event, p.local, p.domain)) return { eventId: event.id, via: 'plus', evidence: `${p.local}+${p.eventId}@${p.domain}`, tokenGuest: null };
  }
  const threadIds = [...facts.inReplyTo, ...facts.references];
  if (threadIds.length > 0) {
    const sent = await lookups.findSent(threadIds);
    if (sent && byId.has(sent.eventId)) return { eventId: sent.eventId, via: 'thread', evidence: sent.messageId, tokenGuest: null, threadTo: sent.purpose };
  }
  const unsubscribe = UNSUBSCRIBE_SUBJECT.exec(facts.subject)?.[1]?.toLowerCase();
  if (unsubscribe && byId.has(unsubscribe)) return { eventId: unsubscribe, via: 'subject', evidence: facts.subject.trim(), tokenGuest: null };
  for (const m of facts.subject.matchAll(SUBJECT_TAG)) {
    const id = m[1]!.toLowerCase();
    if (byId.has(id)) return { eventId: id, via: 'subject', evidence: m[0], tokenGuest: null };
  }
  const open = lookups.events.filter((e) => Date.parse(e.endsAt) > now.getTime());
  if (open.length === 1) return { eventId: open[0]!.id, via: 'only-open', evidence: 'the only open event', tokenGuest: null };
  return { eventId: null, reason: open.length === 0 ? 'no open event' : `${open.length} open events and nothing in the message says which` };
}
