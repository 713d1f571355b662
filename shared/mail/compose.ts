import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type { OutgoingMail } from '../ports/mailer';

export type ComposeOptions = Mail.Options;

/** Strips CR/LF and other controls from text that reaches a header (RFC 5322 header injection). */
export function headerSafe(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * Builds a message with nodemailer's MailComposer (never hand-assembled headers).
 * `messageIdDomain` makes a Message-ID we know before sending (the local outbox keeps it;
 * SES replaces it and returns its own).
 */
export async function composeMail(options: ComposeOptions, purpose: OutgoingMail['purpose'], messageIdDomain: string): Promise<OutgoingMail> {
  const messageId = options.messageId ?? `<${crypto.randomUUID()}@${messageIdDomain}>`;
  const composer = new MailComposer({ ...options, messageId });
  const node = composer.compile();
  node.keepBcc = false;
  const raw = await node.build();
  const envelope = node.getEnvelope();
  return { raw, from: envelope.from || '', to: envelope.to, messageId, purpose };
}
