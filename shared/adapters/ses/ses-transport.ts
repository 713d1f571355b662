import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { TransportError } from '../../errors';
import type { MailTransport, OutgoingMail } from '../../ports/mailer';

// SES answered, and refused for now: nothing was sent, so trying again cannot double a mail.
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'ServiceUnavailable', 'LimitExceededException']);

export interface SesTransportOptions {
  region: string;
  /** Attempts for throttling and transient faults, with exponential backoff and jitter. */
  maxAttempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * SES SendRawEmail, retried with backoff only while SES throttles (the client itself is
 * built with maxAttempts 1: the SDK's blind retries could send an acknowledgement twice).
 * SES replaces our Message-ID with `<MessageId@region.amazonses.com>`;
 * that is the id replies will reference, so it is the one we return and record.
 */
export function createSesTransport(ses: SESClient, options: SesTransportOptions): MailTransport {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 200;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  return {
    async send(mail: OutgoingMail) {
      for (let attempt = 1; ; attempt++) {
        try {
          const out = await ses.send(new SendRawEmailCommand({ RawMessage: { Data: mail.raw }, Source: mail.from, Destinations: mail.to }));
          const id = out.MessageId ? `<${out.MessageId}@${options.region}.amazonses.com>` : mail.messageId;
          return { messageId: id, location: null };
        } catch (cause) {
          const name = (cause as { name?: string }).name ?? '';
          // An error response from SES means it did not take the message; a network error or
          // timeout leaves it unknown (it may have been sent), so that is never retried here.
          const answered = typeof (cause as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 'number';
          if (!THROTTLED.has(name)) throw new TransportError(`SES ${answered ? 'refused' : 'did not confirm'} the message: ${name || 'error'}`, false, { cause, notSent: answered });
          if (attempt >= maxAttempts) throw new TransportError(`SES still throttling after ${attempt} attempts`, true, { cause, notSent: true });
          await sleep(base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
        }
      }
    },
  };
}
