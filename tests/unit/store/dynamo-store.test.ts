import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuestRecord } from '../../../shared/domain/records';
import { parseEvent } from '../../../shared/events/parse-event';
import { startTestDynamo, type TestDynamo } from '../../helpers/dynalite';
import event2020 from '../../../events/lll-2020-01.json';

let db: TestDynamo;
beforeAll(async () => {
  db = await startTestDynamo();
});
afterAll(async () => db.close());

const now = new Date('2020-01-13T09:00:00+02:00');

function guest(email: string, over: Partial<GuestRecord> = {}): GuestRecord {
  return {
    eventId: 'lll-2020-01', email, name: null, organization: null, language: null, status: 'pending', headcount: null,
    speaker: null, note: null, respondedAt: null, decidedBy: null, confirmedAt: null, late: false, walkIn: false, bounce: null,
    reviewReason: null, token: null, invitedAt: null, remindersSent: [], createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1, ...over,
  };
}

describe('dynamo store on dynalite', () => {
  it('round-trips an event through the table', async () => {
    const event = parseEvent(event2020, 'lll-2020-01.json');
    await db.store.putEvent(event, now);
    expect(await db.store.getEvent('lll-2020-01')).toEqual(event);
    expect((await db.store.listEvents()).map((e) => e.id)).toEqual(['lll-2020-01']);
  });

  it('creates a guest once and updates only on the expected version', async () => {
    expect(await db.store.createGuest(guest('a@example.org'))).toBe('ok');
    expect(await db.store.createGuest(guest('a@example.org'))).toBe('conflict');
    expect(await db.store.updateGuest(guest('a@example.org', { status: 'yes', version: 2 }))).toBe('ok');
    expect(await db.store.updateGuest(guest('a@example.org', { status: 'no', version: 2 }))).toBe('conflict');
    expect((await db.store.getGuest('lll-2020-01', 'a@example.org'))?.status).toBe('yes');
  });

  it('lets exactly one of many concurrent claims win', async () => {
    const init = { messageKey: 'k1', sesMessageId: 'ses-1', rfcMessageId: '<m1@x>', rawKey: 'inbound/ses-1', receivedAt: now.toISOString(), recipients: [], verdicts: null };
    const results = await Promise.all(Array.from({ length: 5 }, () => db.store.claimMessage(init, now, 90_000)));
    expect(results.filter((r) => r.status === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'in-progress')).toHaveLength(4);
    expect((await db.store.findMessage('k1'))?.sesMessageId).toBe('ses-1');
  });

  it('re-claims a failed message and an expired lease, not a done one', async () => {
    const init = { messageKey: 'k2', sesMessageId: null, rfcMessageId: null, rawKey: 'r', receivedAt: now.toISOString(), recipients: [], verdicts: null };
    expect((await db.store.claimMessage(init, now, 1000)).status).toBe('claimed');
    expect((await db.store.claimMessage(init, new Date(now.getTime() + 500), 1000)).status).toBe('in-progress');
    expect((await db.store.claimMessage(init, new Date(now.getTime() + 2000), 1000)).status).toBe('claimed');
    await db.store.finishMessage('k2', { state: 'failed', errorCode: 'X' }, now);
    expect((await db.store.listMessages('failed')).map((m) => m.messageKey)).toEqual(['k2']);
    expect((await db.store.claimMessage(init, now, 1000)).status).toBe('claimed');
    await db.store.finishMessage('k2', { state: 'done' }, now);
    expect(await db.store.listMessages('failed')).toEqual([]);
    expect((await db.store.claimMessage(init, now, 1000)).status).toBe('done');
  });

  it('reserves an acknowledgement at most once per message, and at most N per sender and window', async () => {
    const window = new Date('2020-01-13T07:00:00Z');
    const same = await Promise.all([1, 2, 3].map(() => db.store.reserveAck('a@example.org', 'k3', window, 3_600_000, 5)));
    expect(same.filter((r) => r === 'reserved')).toHaveLength(1);
    expect(same.filter((r) => r === 'already')).toHaveLength(2);
    const others = [];
    for (let i = 0; i < 6; i++) others.push(await db.store.reserveAck('a@example.org', `m${i}`, window, 3_600_000, 5));
    expect(others).toEqual(['reserved', 'reserved', 'reserved', 'reserved', 'limited', 'limited']);
    expect(await db.store.reserveAck('a@example.org', 'k3', window, 3_600_000, 5)).toBe('already');
    expect(await db.store.reserveAck('b@example.org', 'k9', window, 3_600_000, 0)).toBe('limited');
  });

  it('limits tokens per window', async () => {
    const window = new Date('2020-01-13T09:00:00Z');
    const taken = [];
    for (let i = 0; i < 7; i++) taken.push(await db.store.takeToken('s@example.org', window, 3_600_000, 5));
    expect(taken.filter(Boolean)).toHaveLength(5);
  });
});
