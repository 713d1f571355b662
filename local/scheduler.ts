import type { Services } from '../shared/app/services';
import { runDaily, type DailySummary } from '../shared/scheduler/run-daily';

export interface LocalSchedulerOptions {
  /** Time between runs; a minute locally, so a digest time is never missed by more than that. */
  intervalMs?: number;
  /** Sees each run's summary (tests, and the stack's console). */
  onRun?: (summary: DailySummary) => void;
}

/**
 * The local stand-in for EventBridge Scheduler: runs `runDaily` now and then every
 * `intervalMs`, with `services.clock` (so RSVP_CLOCK moves it). Runs never overlap: a
 * tick that comes while one is still going is skipped. `stop()` waits for a run in flight.
 */
export function startLocalScheduler(services: Services, options: LocalSchedulerOptions = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runDaily(services, services.clock.now())
      .then((summary) => {
        if (summary.sent > 0 || summary.failed > 0) services.log.info('scheduler run', { at: summary.at, sent: summary.sent, failed: summary.failed });
        options.onRun?.(summary);
      })
      .catch((error: unknown) => services.log.error('scheduler run failed', { error: (error as Error)?.message }))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  // The stack's own servers keep the process alive; the scheduler must not block a clean exit.
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
