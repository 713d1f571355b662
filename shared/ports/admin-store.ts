/**
 * The record that an erasure (GDPR art. 17) happened: when, and how much was erased,
 * never whose — the address itself must not survive its own erasure.
 */
export interface ErasureRecord {
  /** Random id, quoted back to the person or the DPO as proof. */
  erasureId: string;
  at: string;
  events: number;
  guests: number;
  replies: number;
  tokens: number;
  rawMails: number;
  messages: number;
  unrouted: number;
}

/** Deletions and the erasure log: what `rsvp forget` needs beyond the everyday store. */
export interface AdminRepo {
  deleteGuest(eventId: string, email: string): Promise<void>;
  deleteReply(eventId: string, email: string, messageKey: string): Promise<void>;
  deleteUnrouted(receivedAt: string, messageKey: string): Promise<void>;
  /** Keeps a message's exactly-once record (so a redelivery is still recognised) but drops who it was from. */
  scrubMessage(messageKey: string): Promise<void>;
  recordErasure(record: ErasureRecord): Promise<void>;
  listErasures(): Promise<ErasureRecord[]>;
}
