import type { Services } from '../app/services';
import type { GuestRecord } from '../domain/records';
import { requireEvent } from '../events/require-event';
import { patchGuest } from '../inbound/update-guest';
import { recordTransportFailure } from './transport-failure';
import { composeInvitation } from './compose-invitation';
import { deliverGuestMail } from './deliver';
import { ensureReplyToken } from './ensure-reply-token';
import { guestLanguage } from './guest-mail';
import { createTokenBucket, type RateLimiter } from './rate-limiter';
import { newReplyToken } from './reply-token';

export interface SendRunOptions {
  dryRun?: boolean;
  /** Paces sends; defaults to a token bucket at `RSVP_SEND_RATE_PER_SECOND`. */
  limiter?: RateLimiter;
  /** Called after each guest handled (sent, failed or skipped at send time). */
  onProgress?: (done: number, total: number) => void;
  makeToken?: () => string;
}

export interface GuestMailFailure {
  email: string;
  code: string;
  message: string;
}

export interface InvitationReport {
  eventId: string;
  dryRun: boolean;
  /** Who this run invites (or, with dryRun, would invite). */
  planned: { email: string; name: string | null; language: string }[];
  sent: { email: string; messageId: string; location: string | null }[];
  alreadyInvited: number;
  /** Guests left out on purpose (hard bounce, already answered). */
  skipped: { email: string; reason: string }[];
  failed: GuestMailFailure[];
  /** Set when the run stopped before the end (SES throttling or unavailable); run it again to resume. */
  stopped: string | null;
}

/** Why a not-yet-invited guest gets no invitation; null when they should get one. */
export function invitationSkipReason(g: GuestRecord): string | null {
  if (g.bounce === 'hard') return 'address bounced (hard)';
  if (g.status !== 'pending') return `already answered (${g.status})`;
  return null;
}

/** The default pacing: SES refuses more than the account's per-second rate. */
export function defaultLimiter(services: Pick<Services, 'config'>): RateLimiter {
  return createTokenBucket({ ratePerSecond: services.config.RSVP_SEND_RATE_PER_SECOND });
}

/**
 * Invites every guest of an event not yet invited. Resumable: each guest is marked
 * `invitedAt` right after their mail is accepted, so a second run sends nothing to them
 * (a crash between the send and the mark re-sends that one guest: at-least-once).
 * A guest SES refuses is reported and skipped; throttling that outlasts the transport's
 * retries stops the run.
 */
export async function sendInvitations(services: Services, eventId: string, options: SendRunOptions = {}): Promise<InvitationReport> {
  const event = await requireEvent(services.store, eventId);
  const guests = (await services.store.listGuests(eventId)).sort((a, b) => a.email.localeCompare(b.email));
  const report: InvitationReport = { eventId, dryRun: options.dryRun ?? false, planned: [], sent: [], alreadyInvited: 0, skipped: [], failed: [], stopped: null };
  const todo: GuestRecord[] = [];
  for (const g of guests) {
    if (g.invitedAt) {
      report.alreadyInvited += 1;
      continue;
    }
    const reason = invitationSkipReason(g);
    if (reason) report.skipped.push({ email: g.email, reason });
    else todo.push(g);
  }
  report.planned = todo.map((g) => ({ email: g.email, name: g.name, language: guestLanguage(g, event) }));
  if (report.dryRun || todo.length === 0) return report;

  const limiter = options.limiter ?? defaultLimiter(services);
  const makeToken = options.makeToken ?? newReplyToken;
  let done = 0;
  for (const planned of todo) {
    try {
      const guest = await ensureReplyToken(services.store, planned, services.clock.now(), makeToken);
      if (!guest || guest.invitedAt) {
        report.skipped.push({ email: planned.email, reason: guest ? 'invited meanwhile by another run' : 'no longer on the list' });
        continue;
      }
      const mail = await composeInvitation(event, guest, services.clock.now());
      const result = await deliverGuestMail(services, limiter, mail, eventId, guest.email);
      const at = services.clock.now();
      await patchGuest(services.store, eventId, guest.email, (g) => (g.invitedAt ? null : { invitedAt: at.toISOString() }), at);
      report.sent.push({ email: guest.email, messageId: result.messageId, location: result.location });
    } catch (error) {
      if (recordTransportFailure(report, planned.email, error) === 'stop') break;
    } finally {
      options.onProgress?.(++done, todo.length);
    }
  }
  services.log.info('invitations sent', { eventId, sent: report.sent.length, failed: report.failed.length, alreadyInvited: report.alreadyInvited });
  return report;
}
