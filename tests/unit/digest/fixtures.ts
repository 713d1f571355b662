import { newGuest } from '../../../shared/domain/new-guest';
import type { GuestRecord, ReplyRecord } from '../../../shared/domain/records';
import { parseEvent } from '../../../shared/events/parse-event';
import type { RsvpEvent } from '../../../shared/events/event-schema';
import event2020 from '../../../events/lll-2020-01.json';
import event2021 from '../../../events/lll-2021-01.json';

export const lll2020 = (): RsvpEvent => parseEvent(event2020, 'lll-2020-01.json');
export const lll2021 = (): RsvpEvent => parseEvent(event2021, 'lll-2021-01.json');

/** A guest of `eventId` created on 2020-01-10. */
export function guest(email: string, over: Partial<GuestRecord> = {}, eventId = 'lll-2020-01'): GuestRecord {
  return newGuest(eventId, email, new Date('2020-01-10T10:00:00+02:00'), { invitedAt: '2020-01-10T08:00:00.000Z', ...over });
}

/** A reply history record. */
export function reply(email: string, receivedAt: string, over: Partial<ReplyRecord> = {}, eventId = 'lll-2020-01'): ReplyRecord {
  const at = new Date(receivedAt).toISOString();
  return {
    eventId, email, messageKey: `m-${email}-${at}`, receivedAt: at, effectiveAt: at, kind: 'reply', intent: 'yes', confidence: 0.95,
    headcount: 1, speaker: null, evidence: null, note: null, text: 'Confirm participarea.', rawKey: `raw/${at}`, subject: 'Re: Invitație',
    from: email, late: false, outcome: 'applied', ...over,
  };
}
