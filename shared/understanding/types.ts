/** What a message is, before what it says. */
export type MessageKind = 'reply' | 'calendar' | 'auto' | 'bounce';
export type Intent = 'yes' | 'no' | 'maybe' | 'unknown';

export interface MailAddress {
  /** Normalised: trimmed, lower-case. */
  address: string;
  name: string | null;
}

/** Authentication verdicts as far as the message itself tells (Authentication-Results). */
export interface AuthVerdicts {
  spf: 'pass' | 'fail' | 'none';
  dkim: 'pass' | 'fail' | 'none';
  dmarc: 'pass' | 'fail' | 'none';
}

/** Envelope facts the workflow needs (routing, threading, identity). All header text is already decoded. */
export interface MailFacts {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: MailAddress | null;
  replyTo: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** The Date header, if present and parseable (ISO). */
  date: string | null;
  /** Authentication-Results, if present; null when the header is absent. */
  auth: AuthVerdicts | null;
}

export interface CalendarReply {
  method: string;
  partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'NEEDS-ACTION' | 'DELEGATED' | string;
  attendee: string | null;
  uid: string | null;
  comment: string | null;
}

export interface Understanding {
  kind: MessageKind;
  /** null for auto and bounce. */
  intent: Intent | null;
  /** 0..1 */
  confidence: number;
  /** Total people including the sender, when intent is yes; else null. */
  headcount: number | null;
  speaker: boolean | null;
  /** The bounced address for a bounce, else null. */
  bounced: string | null;
  bounceType: 'hard' | 'soft' | null;
  note: string | null;
  /** The trimmed reply: quotes and signature removed. */
  text: string;
  /** The phrase that decided the intent. */
  evidence: string | null;
  /** Language the person wrote in, when it can be told. */
  language: 'ro' | 'en' | null;
  /** Set when the person answers on someone else's behalf ("confirm pentru colegul meu X"). */
  onBehalfOf: string | null;
  calendar: CalendarReply | null;
  /** Why a robot was recognised as one (header or subject), for audit. */
  autoReason: string | null;
  facts: MailFacts;
}
