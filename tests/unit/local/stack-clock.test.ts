import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishStackClock, runningStackClock, withdrawStackClock } from '../../../local/stack-clock';
import { manualClock } from '../../../shared/ports/clock';

describe('the running stack shares its clock with the CLI', () => {
  it('publishes its offset, and withdraws it on stop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rsvp-clock-'));
    try {
      expect(await runningStackClock(dir)).toBeNull();
      await publishStackClock(dir, manualClock('2020-01-13T07:00:00Z'));
      const clock = await runningStackClock(dir);
      expect(Math.abs(clock!.now().getTime() - Date.parse('2020-01-13T07:00:00Z'))).toBeLessThan(5_000);
      await withdrawStackClock(dir);
      expect(await runningStackClock(dir)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
