import { errorCode } from '../errors';
import { sendEventDigest, type DigestDeps, type DigestOutcome } from './send-digest';

/**
 * Sends every digest due at `now`, for every event in the store: the events' own data
 * (digest time, deadline, time zone) decides, so a new event needs no new schedule.
 * One event's failure is logged and reported; the others still go out.
 */
export async function sendDueDigests(deps: DigestDeps, now: Date): Promise<DigestOutcome[]> {
  const events = await deps.store.listEvents();
  const outcomes: DigestOutcome[] = [];
  // One after the other: a handful of events, and it keeps the SES send rate low.
  for (const event of events) {
    try {
      outcomes.push(await sendEventDigest(deps, event, now));
    } catch (error) {
      deps.log.error('digest failed', { eventId: event.id, error: errorCode(error) });
      outcomes.push({ event: event.id, sent: false, reason: 'failed', day: '', kind: null, outbox: null, messageId: null, counts: null, error: errorCode(error) });
    }
  }
  return outcomes;
}
