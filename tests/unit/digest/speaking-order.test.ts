import { describe, expect, it } from 'vitest';
import { planSpeakingOrder } from '../../../shared/digest/speaking-order';
import { guest, lll2021 } from './fixtures';

const speaker = (i: number, over = {}) =>
  guest(`s${i}@example.org`, { status: 'yes', speaker: true, confirmedAt: new Date(Date.UTC(2021, 0, 5, 10, 0, 100 - i)).toISOString(), name: `Speaker ${i}`, ...over }, 'lll-2021-01');

describe('speaking order', () => {
  const agenda = lll2021().agenda;

  it('lays speakers on 11:10–13:20 at 5 + 10 minutes: 8 slots of 15 minutes', () => {
    const plan = planSpeakingOrder([speaker(1), speaker(2), speaker(3)], agenda);
    expect(plan.block).toMatchObject({ start: '11:10', end: '13:20', slotMinutes: 15, capacity: 8 });
    // Confirmed earlier speaks earlier: speaker 3 confirmed first.
    expect(plan.speakers.map((s) => [s.name, s.start, s.speechEnd, s.end])).toEqual([
      ['Speaker 3', '11:10', '11:15', '11:25'],
      ['Speaker 2', '11:25', '11:30', '11:40'],
      ['Speaker 1', '11:40', '11:45', '11:55'],
    ]);
    expect(plan.overflow).toBe(0);
  });

  it('warns when there are more speakers than slots', () => {
    const plan = planSpeakingOrder(Array.from({ length: 10 }, (_, i) => speaker(i)), agenda);
    expect(plan.speakers.filter((s) => s.start !== null).map((s) => s.start)).toEqual(['11:10', '11:25', '11:40', '11:55', '12:10', '12:25', '12:40', '12:55']);
    expect(plan.overflow).toBe(2);
    expect(plan.speakers.slice(8).every((s) => s.start === null)).toBe(true);
  });

  it('takes only confirmed guests who asked to speak', () => {
    const plan = planSpeakingOrder([speaker(1, { status: 'maybe' }), speaker(2, { speaker: false }), speaker(3, { status: 'waitlist' }), speaker(4)], agenda);
    expect(plan.speakers.map((s) => s.email)).toEqual(['s4@example.org']);
  });

  it('keeps the confirmation order without times when the agenda has no speaking block', () => {
    const plan = planSpeakingOrder([speaker(1), speaker(2)], undefined);
    expect(plan.block).toBeNull();
    expect(plan.speakers.map((s) => [s.email, s.start])).toEqual([['s2@example.org', null], ['s1@example.org', null]]);
  });
});
