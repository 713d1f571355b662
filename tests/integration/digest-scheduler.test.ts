import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalScheduler } from '../../local/scheduler';
import { silentLogger } from '../../shared/app/logger';
import { createLocalServices } from '../../shared/app/local-services';
import type { Services } from '../../shared/app/services';
import { loadConfig } from '../../shared/config';
import type { DigestOutcome } from '../../shared/digest/send-digest';
import { manualClock } from '../../shared/ports/clock';
import { runDaily, type DailySummary } from '../../shared/scheduler/run-daily';
import { startTestDynamo, type TestDynamo } from '../helpers/dynalite';
import { guest, lll2020, lll2021 } from '../unit/digest/fixtures';

let db: TestDynamo;
let dataDir: string;
let services: Services;
const clock = manualClock('2020-01-14T07:59:00+02:00');

beforeAll(async () => {
  db = await startTestDynamo();
  dataDir = await mkdtemp(join(tmpdir(), 'rsvp-sched-'));
  services = await createLocalServices(loadConfig({ RSVP_DATA_DIR: dataDir, RSVP_TABLE: 'sched-it' }), db.endpoint, { clock, log: silentLogger });
  await services.store.putEvent(lll2020(), clock.now());
  await services.store.putEvent(lll2021(), clock.now());
  await services.store.createGuest(guest('a@example.org', { invitedAt: '2020-01-10T08:00:00.000Z' }));
});
afterAll(async () => {
  await services.close();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const digestOutcomes = (s: DailySummary) => s.jobs.find((j) => j.job === 'digests')?.outcomes as DigestOutcome[];

describe('daily trigger', () => {
  it('runDaily sends what is due for every event, once', async () => {
    const first = await runDaily(services, new Date('2020-01-14T08:00:00+02:00'));
    expect(digestOutcomes(first).map((o) => [o.event, o.sent, o.reason])).toEqual([
      ['lll-2020-01', true, 'sent'],
      ['lll-2021-01', false, 'no-activity'],
    ]);
    expect(first).toMatchObject({ sent: 1, failed: 0 });
    expect((await runDaily(services, new Date('2020-01-14T08:01:00+02:00'))).sent).toBe(0);
  });

  it('the local scheduler runs runDaily on the services clock until stopped', async () => {
    clock.set('2020-01-15T08:30:00+02:00');
    const runs: DailySummary[] = [];
    let resolveFirst!: () => void;
    const first = new Promise<void>((r) => (resolveFirst = r));
    const scheduler = startLocalScheduler(services, {
      intervalMs: 60_000,
      onRun: (s) => {
        runs.push(s);
        resolveFirst();
      },
    });
    await first;
    await scheduler.stop();
    expect(runs[0]?.at).toBe('2020-01-15T06:30:00.000Z');
    expect(digestOutcomes(runs[0]!).find((o) => o.event === 'lll-2020-01')).toMatchObject({ sent: true, day: '2020-01-15' });
  });
});
