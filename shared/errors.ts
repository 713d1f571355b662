/**
 * Typed errors with stable codes. Expected failures travel as results; these are
 * for what callers must not ignore (bad config, bad event files, store faults).
 */
export class RsvpError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class ConfigError extends RsvpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
  }
}

export class EventFileError extends RsvpError {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super('EVENT_INVALID', `${file}: ${message}`, options);
    this.file = file;
  }
}

export class StoreError extends RsvpError {
  constructor(code: 'STORE_UNAVAILABLE' | 'STORE_CONFLICT' | 'STORE_CORRUPT', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

export class MailParseError extends RsvpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MAIL_MALFORMED', message, options);
  }
}

export class TransportError extends RsvpError {
  readonly retryable: boolean;
  /** True when the transport knows the message was not sent (an error answer, not a timeout). */
  readonly notSent: boolean;
  constructor(message: string, retryable: boolean, options?: { cause?: unknown; notSent?: boolean }) {
    super(retryable ? 'TRANSPORT_RETRYABLE' : 'TRANSPORT_FAILED', message, options);
    this.retryable = retryable;
    this.notSent = options?.notSent ?? false;
  }
}

export class RawMailError extends RsvpError {
  constructor(code: 'RAW_MAIL_MISSING' | 'RAW_MAIL_TOO_LARGE' | 'RAW_MAIL_UNAVAILABLE', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** A stable code for any thrown value, for failure records and logs. */
export function errorCode(error: unknown): string {
  if (error instanceof RsvpError) return error.code;
  if (error instanceof Error && error.name) return `UNEXPECTED_${error.name.replace(/\W+/g, '_').toUpperCase()}`;
  return 'UNEXPECTED';
}

/**
 * Another delivery of the same message holds the claim. Thrown (not swallowed) so the
 * caller retries later: if that other attempt crashed, its lease expires and the retry
 * finishes the work; if it succeeded, the retry sees "done".
 */
export class MessageInProgressError extends RsvpError {
  constructor(messageKey: string) {
    super('MESSAGE_IN_PROGRESS', `message ${messageKey} is being processed by another delivery; retry later`);
  }
}
