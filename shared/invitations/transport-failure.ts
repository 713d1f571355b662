import { TransportError, errorCode } from '../errors';

interface FailureReport {
  failed: { email: string; code: string; message: string }[];
  stopped: string | null;
}

/**
 * Records a failed send to one guest and says whether the run should stop: a refusal of
 * one address is reported and the run goes on; throttling or an outage stops it (running
 * again resumes). Anything that is not a transport failure is rethrown.
 */
export function recordTransportFailure(report: FailureReport, email: string, error: unknown): 'continue' | 'stop' {
  if (!(error instanceof TransportError)) throw error;
  report.failed.push({ email, code: errorCode(error), message: error.message });
  if (!error.retryable) return 'continue';
  report.stopped = `stopped after ${error.message}; run again to resume`;
  return 'stop';
}
