import { describe, expect, it } from 'vitest';
import { runInstant } from '../../../lambdas/digest';

describe('digest Lambda input', () => {
  const now = new Date('2020-01-14T06:00:00Z');
  it('runs at now for {} and any other JSON', () => {
    for (const input of [{}, null, 'x', 42, [], { 'detail-type': 'Scheduled Event', detail: {} }]) expect(runInstant(input, now)).toEqual(now);
  });
  it('honours an "at" override and rejects a malformed one', () => {
    expect(runInstant({ at: '2020-01-16T08:00:00+02:00' }, now).toISOString()).toBe('2020-01-16T06:00:00.000Z');
    expect(() => runInstant({ at: 'tomorrow' }, now)).toThrow(/ISO 8601/);
  });
});
