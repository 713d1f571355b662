/** A fully built message, exactly the bytes a transport sends. */
export interface OutgoingMail {
  raw: Buffer;
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** The Message-ID header we wrote; SES replaces it and the transport returns the real one. */
  messageId: string;
  /** What the message is, for file names and records. */
  purpose: 'ack' | 'invitation' | 'reminder' | 'digest';
}

export interface SendResult {
  /** The Message-ID the recipient sees (with angle brackets). */
  messageId: string;
  /** Where the local outbox wrote it, when it is the local transport. */
  location: string | null;
}

/** Sends raw RFC 5322 messages: SES SendRawEmail in production, `.eml` files in the local outbox. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendResult>;
}
