import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { offsetClock, systemClock, type Clock } from '../shared/ports/clock';

/**
 * The running stack's clock, shared with the CLI: with `RSVP_CLOCK=… npm start`, a plain
 * `npm run rsvp -- remind …` in another terminal should act at the same (virtual) time.
 * The stack writes its offset from real time here while it runs.
 */
const FILE = 'stack-clock.json';

export async function publishStackClock(dataDir: string, clock: Clock): Promise<void> {
  await writeFile(join(dataDir, FILE), JSON.stringify({ offsetMs: clock.now().getTime() - Date.now(), pid: process.pid }));
}

export async function withdrawStackClock(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE), { force: true });
}

/** The clock of the running stack, or null when none is published. */
export async function runningStackClock(dataDir: string): Promise<Clock | null> {
  try {
    const { offsetMs } = JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as { offsetMs: number };
    if (!Number.isFinite(offsetMs)) return null;
    return offsetMs === 0 ? systemClock : offsetClock(new Date(Date.now() + offsetMs));
  } catch {
    return null;
  }
}
