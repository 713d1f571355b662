import type { Services } from '../app/services';
import { sendDueDigests } from '../digest/send-due-digests';
import { errorCode } from '../errors';
import { runReminderJob } from '../invitations/send-due-reminders';

/** What one job did in one run: its outcomes, and how many of them failed. */
export interface DailyJobResult {
  job: string;
  outcomes: readonly { sent: boolean; reason: string }[];
  failed: number;
}

/** Something the daily trigger runs; each job decides from the stored data what is due at `now`. */
export interface DailyJob {
  name: string;
  run(services: Services, now: Date): Promise<readonly { sent: boolean; reason: string }[]>;
}

/**
 * The jobs of every trigger run, in order: the managers' digests, then the guests'
 * reminders. Each must be idempotent per day (a trigger may fire twice, late, or concurrently).
 */
export const dailyJobs: DailyJob[] = [{ name: 'digests', run: (services, now) => sendDueDigests(services, now) }, { name: 'reminders', run: runReminderJob }];

export interface DailySummary {
  at: string;
  jobs: DailyJobResult[];
  sent: number;
  failed: number;
}

/**
 * One trigger run, shared by the AWS digest Lambda and the local scheduler: runs every
 * daily job at `now`. A job that throws is counted as failed; the others still run.
 */
export async function runDaily(services: Services, now: Date, jobs: readonly DailyJob[] = dailyJobs): Promise<DailySummary> {
  const results: DailyJobResult[] = [];
  for (const job of jobs) {
    try {
      const outcomes = await job.run(services, now);
      results.push({ job: job.name, outcomes, failed: outcomes.filter((o) => o.reason === 'failed').length });
    } catch (error) {
      services.log.error('daily job failed', { job: job.name, error: errorCode(error) });
      results.push({ job: job.name, outcomes: [], failed: 1 });
    }
  }
  return {
    at: now.toISOString(),
    jobs: results,
    sent: results.reduce((n, r) => n + r.outcomes.filter((o) => o.sent).length, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
  };
}
