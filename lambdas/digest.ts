import * as z from '../shared/zod';
import { createAwsServices } from '../shared/app/aws-services';
import type { Services } from '../shared/app/services';
import { loadConfig } from '../shared/config';
import { runDaily, type DailySummary } from '../shared/scheduler/run-daily';

const isoInstant = z.iso.datetime({ offset: true });

/**
 * EventBridge Scheduler sends whatever input the schedule holds: usually `{}`, possibly
 * any JSON. Only an optional `at` (an ISO instant, to rerun a given morning) means something.
 */
const schedulerEvent = z.looseObject({ at: z.optional(isoInstant) });

/** The run's instant: the event's `at` override, else now. A malformed `at` is an error, never silently "now". */
export function runInstant(event: unknown, now: Date): Date {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return now;
  const parsed = schedulerEvent.safeParse(event);
  if (!parsed.success) throw new Error(`digest: "at" must be an ISO 8601 instant with an offset (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data.at ? new Date(parsed.data.at) : now;
}

// Created on the first invocation, not at import: keeps cold start (and test imports) cheap.
let services: Services | undefined;

/** The daily trigger: sends every due digest (and the other daily jobs) across all events. */
export async function handler(event: unknown): Promise<DailySummary> {
  services ??= createAwsServices(loadConfig());
  const now = runInstant(event, services.clock.now());
  const summary = await runDaily(services, now);
  services.log.info('daily run', { at: summary.at, sent: summary.sent, failed: summary.failed, jobs: summary.jobs.map((j) => ({ job: j.job, outcomes: j.outcomes })) });
  // Throwing hands the run to Lambda's retries and then the dead-letter queue (and its alarm); a rerun only sends what is still due.
  if (summary.failed > 0) throw new Error(`digest run at ${summary.at}: ${summary.failed} failed (see the log line "daily run")`);
  return summary;
}
