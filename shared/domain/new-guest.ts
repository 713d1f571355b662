import type { GuestRecord } from './records';

/** A fresh pending guest; every field explicit so stored items are uniform. */
export function newGuest(eventId: string, email: string, now: Date, over: Partial<GuestRecord> = {}): GuestRecord {
  const at = now.toISOString();
  return {
    eventId,
    email,
    name: null,
    organization: null,
    language: null,
    status: 'pending',
    headcount: null,
    speaker: null,
    note: null,
    respondedAt: null,
    decidedBy: null,
    confirmedAt: null,
    late: false,
    walkIn: false,
    bounce: null,
    reviewReason: null,
    token: null,
    invitedAt: null,
    remindersSent: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...over,
  };
}

/** Lower-cases and trims an address; the identity of a guest. */
export function normalizeAddress(address: string): string {
  return address.trim().replace(/^mailto:/i, '').toLowerCase();
}
