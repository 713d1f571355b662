import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { digestLabels } from '../../../shared/digest/labels';
import { countGuests } from '../../../shared/status/guest-summary';
import { guest, lll2020, lll2021, reply } from './fixtures';

const guests = [
  guest('ana@example.org', { name: 'Ana Popescu', organization: 'Asociația Timișoara', status: 'yes', headcount: 2, speaker: true, confirmedAt: '2020-01-12T09:00:00.000Z', respondedAt: '2020-01-12T09:00:00.000Z' }),
  guest('bogdan@example.org', { name: 'Bogdan Ionescu', status: 'no', respondedAt: '2020-01-13T09:00:00.000Z' }),
  guest('cristi@example.org', { status: 'review', reviewReason: 'low-confidence' }),
  guest('dana@example.org', { name: 'Dana', status: 'pending', bounce: 'hard' }),
  guest('eva@example.org', { name: 'Eva', status: 'yes', late: true, reviewReason: 'asks for parking' }),
];
const replies = [
  reply('ana@example.org', '2020-01-12T09:00:00Z', { intent: 'no' }),
  reply('ana@example.org', '2020-01-13T10:00:00Z', { intent: 'yes', headcount: 2 }),
  reply('bogdan@example.org', '2020-01-13T09:00:00Z', { intent: 'no' }),
  reply('cristi@example.org', '2020-01-13T11:00:00Z', { intent: 'unknown', outcome: 'review', text: 'Poate  vin,\n  poate nu — depinde de program.' }),
  reply('mallory@example.org', '2020-01-13T12:00:00Z', { outcome: 'unverified', from: 'mallory@evil.example', text: 'Confirm pentru toată lumea' }),
];

describe('buildDigest', () => {
  const model = buildDigest({
    event: lll2020(), guests, replies, unrouted: [], kind: 'daily', day: '2020-01-14', asOf: new Date('2020-01-14T06:00:00Z'), since: '2020-01-13T06:00:00.000Z',
  });

  it('uses the one definition of counts, and names the day in the event language', () => {
    expect(model.counts).toEqual(countGuests(guests));
    expect(model.subject).toBe('[lll-2020-01] Situația confirmărilor — marți, 14 ianuarie 2020');
    expect(model.deadline).toMatchObject({ day: '2020-01-15', daysLeft: 1 });
    expect(model.split.reduce((s, p) => s + p.percent, 0)).toBe(100);
  });

  it('reports changes of mind and first answers since the last digest', () => {
    expect(model.changes.items.map((c) => [c.email, c.kind, c.from, c.to])).toEqual([
      ['bogdan@example.org', 'new', null, 'no'],
      ['ana@example.org', 'changed', 'no', 'yes'],
      ['cristi@example.org', 'new', null, 'review'],
    ]);
  });

  it('lists what needs a person: review with the reply text, flags, unverified senders, bounces', () => {
    expect(model.attention.review.map((r) => [r.email, r.reason, r.excerpt])).toEqual([
      ['cristi@example.org', 'low-confidence', 'Poate vin, poate nu — depinde de program.'],
      ['eva@example.org', 'asks for parking', null],
    ]);
    expect(model.attention.unverified.map((u) => u.from)).toEqual(['mallory@evil.example']);
    expect(model.attention.bounced.map((g) => g.email)).toEqual(['dana@example.org']);
    expect(model.attentionCount).toBe(4);
    expect(model.late.map((g) => g.email)).toEqual(['eva@example.org']);
  });

  it('titles the final digest "Lista finală" / "Final list"', () => {
    const input = { guests, replies, unrouted: [], kind: 'final' as const, day: '2020-01-16', asOf: new Date('2020-01-16T06:00:00Z'), since: null };
    expect(buildDigest({ ...input, event: lll2020() }).subject).toBe('[lll-2020-01] Lista finală — joi, 16 ianuarie 2020');
    expect(buildDigest({ ...input, event: { ...lll2021(), id: 'x', language: 'en' } }).subject).toBe('[x] Final list — Thursday, 16 January 2020');
  });

  it('shows capacity used when the event has a capacity', () => {
    const m = buildDigest({ event: { ...lll2020(), capacity: 2 }, guests, replies, unrouted: [], kind: 'daily', day: '2020-01-14', asOf: new Date('2020-01-14T06:00:00Z'), since: null });
    expect(m.capacity).toEqual({ capacity: 2, used: 3, percent: 150, over: true });
  });

  it('speaks Romanian plurals', () => {
    const ro = digestLabels('ro');
    expect([1, 2, 19, 20, 101, 120].map((n) => ro.daysLeft(n))).toEqual([
      'mai este 1 zi', 'mai sunt 2 zile', 'mai sunt 19 zile', 'mai sunt 20 de zile', 'mai sunt 101 zile', 'mai sunt 120 de zile',
    ]);
    expect(ro.daysLeft(0)).toBe('astăzi este ultima zi');
  });
});
