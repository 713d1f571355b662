import type { Services } from '../app/services';
import type { OutgoingMail, SendResult } from '../ports/mailer';
import type { RateLimiter } from './rate-limiter';

/**
 * Sends one guest mail at the paced rate and records its Message-ID, so a reply that
 * threads to it (In-Reply-To/References) routes back to the event and guest. SES
 * replaces our Message-ID with its own; both are recorded, since either can come back.
 */
export async function deliverGuestMail(services: Pick<Services, 'transport' | 'store' | 'clock'>, limiter: RateLimiter, mail: OutgoingMail, eventId: string, email: string): Promise<SendResult> {
  await limiter.take();
  const result = await services.transport.send(mail);
  const sentAt = services.clock.now().toISOString();
  const purpose = mail.purpose;
  for (const messageId of new Set([result.messageId, mail.messageId])) {
    await services.store.recordSent({ purpose, eventId, messageId, sentAt });
  }
  return result;
}
