import { describe, expect, it } from 'vitest';
import { newGuest } from '../../../shared/domain/new-guest';
import type { GuestRecord } from '../../../shared/domain/records';
import { applyReply, promotions, type ReplyDecision } from '../../../shared/inbound/apply-reply';

const now = new Date('2020-01-13T09:00:00Z');
const g = (over: Partial<GuestRecord> = {}) => newGuest('e', 'a@example.org', now, over);
const d = (over: Partial<ReplyDecision>): ReplyDecision => ({ messageKey: 'k1', effectiveAt: '2020-01-13T08:00:00.000Z', intent: 'yes', headcount: null, speaker: null, note: null, onBehalfOf: null, late: false, evidence: null, ...over });
const noCap = { capacity: undefined, seatsTakenByOthers: 0 };

describe('applyReply', () => {
  it('confirms a pending guest with headcount 1 by default', () => {
    const r = applyReply(g(), d({}), noCap, now);
    expect(r.outcome).toBe('confirmed');
    expect(r.next).toMatchObject({ status: 'yes', headcount: 1, decidedBy: 'k1', version: 2 });
  });

  it('keeps a newer answer over an older one that arrives later', () => {
    const declined = applyReply(g(), d({ intent: 'no', effectiveAt: '2020-01-13T08:00:00.000Z', messageKey: 'no' }), noCap, now).next!;
    const r = applyReply(declined, d({ intent: 'yes', effectiveAt: '2020-01-13T07:00:00.000Z', messageKey: 'yes' }), noCap, now);
    expect(r.outcome).toBe('superseded');
    expect(r.next).toBeNull();
  });

  it('changes nothing when the same message is applied again', () => {
    const yes = applyReply(g(), d({}), noCap, now).next!;
    expect(applyReply(yes, d({}), noCap, now)).toMatchObject({ outcome: 'already-applied', next: null });
  });

  it('sends an unclear reply to review without undoing a decided answer', () => {
    expect(applyReply(g(), d({ intent: 'unknown' }), noCap, now).next?.status).toBe('review');
    const yes = applyReply(g(), d({}), noCap, now).next!;
    const r = applyReply(yes, d({ intent: 'unknown', messageKey: 'k2', effectiveAt: '2020-01-13T09:00:00.000Z', note: 'parking?' }), noCap, now);
    expect(r.next).toMatchObject({ status: 'yes', reviewReason: 'unclear: parking?' });
  });

  it('takes an older yes that arrives after a question, but keeps the newer question open', () => {
    const review = applyReply(g(), d({ intent: 'unknown', messageKey: 'q', effectiveAt: '2020-01-13T09:00:00.000Z', note: 'online?' }), noCap, now).next!;
    const r = applyReply(review, d({ intent: 'yes', messageKey: 'y', effectiveAt: '2020-01-13T08:00:00.000Z' }), noCap, now);
    expect(r.next).toMatchObject({ status: 'yes', reviewReason: 'unclear: online?' });
  });

  it('settles a question with an answer written after it', () => {
    const review = applyReply(g(), d({ intent: 'unknown', messageKey: 'q', effectiveAt: '2020-01-13T08:00:00.000Z' }), noCap, now).next!;
    const r = applyReply(review, d({ intent: 'yes', messageKey: 'y', effectiveAt: '2020-01-13T09:00:00.000Z' }), noCap, now);
    expect(r.next).toMatchObject({ status: 'yes', reviewReason: null, reviewAt: null });
  });

  it('does not mark an on-time answer late because of a question after the deadline', () => {
    const yes = applyReply(g(), d({}), noCap, now).next!;
    expect(applyReply(yes, d({ intent: 'unknown', messageKey: 'k2', effectiveAt: '2020-01-16T09:00:00.000Z', late: true }), noCap, now).next).toMatchObject({ status: 'yes', late: false });
  });

  it('puts a yes beyond capacity on the waitlist, and frees seats on a decline', () => {
    expect(applyReply(g(), d({ headcount: 2 }), { capacity: 10, seatsTakenByOthers: 9 }, now).next?.status).toBe('waitlist');
    const yes = applyReply(g(), d({}), noCap, now).next!;
    expect(applyReply(yes, d({ intent: 'no', messageKey: 'k9', effectiveAt: '2020-01-13T10:00:00.000Z' }), noCap, now).freedSeats).toBe(true);
  });

  it('routes an answer on behalf of someone else to review', () => {
    expect(applyReply(g(), d({ onBehalfOf: 'Maria Ionescu' }), noCap, now)).toMatchObject({ outcome: 'on-behalf', next: { status: 'review', reviewReason: 'on-behalf: Maria Ionescu' } });
  });

  it('keeps the speaker wish when a confirmed guest confirms again without saying', () => {
    const yes = applyReply(g(), d({ speaker: true }), noCap, now).next!;
    expect(applyReply(yes, d({ messageKey: 'k2', effectiveAt: '2020-01-13T09:00:00.000Z', headcount: 2 }), noCap, now).next).toMatchObject({ speaker: true, headcount: 2 });
  });
});

describe('promotions', () => {
  it('moves up the first confirmed who fit, skipping a party too large', () => {
    const list = [
      g({ email: 'y@x', status: 'yes', headcount: 8 }),
      g({ email: 'w1@x', status: 'waitlist', headcount: 3, confirmedAt: '2020-01-01T00:00:00Z' }),
      g({ email: 'w2@x', status: 'waitlist', headcount: 1, confirmedAt: '2020-01-02T00:00:00Z' }),
    ];
    expect(promotions(list, 10).map((x) => x.email)).toEqual(['w2@x']);
  });
});
