import type { GuestRecord, GuestStatus, ReplyRecord } from '../domain/records';

export type ChangeKind = 'new' | 'changed' | 'updated';

/** One guest whose answer moved since the last digest. */
export interface ChangeItem {
  kind: ChangeKind;
  email: string;
  name: string | null;
  organization: string | null;
  /** The answer before the window (null for a first answer). */
  from: GuestStatus | null;
  /** The guest's status now. */
  to: GuestStatus;
  headcount: number | null;
  /** When the latest reply of the window arrived. */
  at: string;
}

type Answer = 'yes' | 'no' | 'maybe';
const isAnswer = (i: ReplyRecord['intent']): i is Answer => i === 'yes' || i === 'no' || i === 'maybe';
/** Messages that speak for the guest: unverified senders are reported apart, robots and bounces are no answer. */
const counts = (r: ReplyRecord) => (r.kind === 'reply' || r.kind === 'calendar') && r.outcome !== 'unverified';

/**
 * What changed in (since, until]: every guest with a reply received in that window,
 * classified against the last answer they gave before it — a first answer (`new`), a
 * change of mind (`changed`), or the same answer again with new details (`updated`).
 * `since` null means "from the beginning" (the first digest).
 */
export function changesSince(guests: readonly GuestRecord[], replies: readonly ReplyRecord[], since: string | null, until: string): ChangeItem[] {
  const sinceMs = since === null ? -Infinity : Date.parse(since);
  const untilMs = Date.parse(until);
  const byGuest = new Map<string, ReplyRecord[]>();
  for (const r of replies) {
    if (!counts(r)) continue;
    const list = byGuest.get(r.email);
    if (list) list.push(r);
    else byGuest.set(r.email, [r]);
  }
  const items: ChangeItem[] = [];
  for (const g of guests) {
    const history = byGuest.get(g.email);
    if (!history) continue;
    const inWindow = history.filter((r) => Date.parse(r.receivedAt) > sinceMs && Date.parse(r.receivedAt) <= untilMs);
    const latest = inWindow.at(-1);
    if (!latest) continue;
    // The answer in force before the window: the last one by the time it was written (changes of mind are ordered by it).
    const before = history
      .filter((r) => Date.parse(r.receivedAt) <= sinceMs && isAnswer(r.intent))
      .sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt))
      .at(-1);
    const from = before && isAnswer(before.intent) ? before.intent : null;
    const kind: ChangeKind = from === null ? 'new' : from === g.status ? 'updated' : 'changed';
    items.push({ kind, email: g.email, name: g.name, organization: g.organization, from, to: g.status, headcount: g.headcount, at: latest.receivedAt });
  }
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.email.localeCompare(b.email));
}
