import type { GuestRecord } from '../domain/records';
import type { AgendaItem } from '../events/event-schema';

export interface SpeakingSlot {
  /** 1-based position in the order. */
  position: number;
  email: string;
  name: string | null;
  organization: string | null;
  /** Local wall time the intervention starts ("11:25"), null when it does not fit the block. */
  start: string | null;
  /** When the speaker's own minutes end and discussion begins. */
  speechEnd: string | null;
  /** End of the slot, discussion included. */
  end: string | null;
}

export interface SpeakingPlan {
  /** The agenda's speaking block, when there is one. */
  block: { start: string; end: string; minutesPerSpeaker: number; discussionMinutesPerSpeaker: number; slotMinutes: number; capacity: number } | null;
  /** Speakers in confirmation order; those past the block's capacity have no times. */
  speakers: SpeakingSlot[];
  /** Speakers that do not fit the block (0 when all fit or there is no block). */
  overflow: number;
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Confirmed speakers first-come first-served: by the time they first confirmed, then by address for a stable order. */
export function orderSpeakers(guests: readonly GuestRecord[]): GuestRecord[] {
  const key = (g: GuestRecord) => g.confirmedAt ?? g.respondedAt ?? g.createdAt;
  return guests.filter((g) => g.status === 'yes' && g.speaker === true).sort((a, b) => key(a).localeCompare(key(b)) || a.email.localeCompare(b.email));
}

/**
 * Lays confirmed speakers onto the agenda's speaking block: each gets
 * `minutesPerSpeaker + discussionMinutesPerSpeaker`, back to back from the block's start,
 * as many whole slots as fit (11:10–13:20 at 5 + 10 → 8 slots: 11:10, 11:25 … 12:55).
 * Times are wall-clock minutes of the event day; agenda times carry no zone of their own.
 */
export function planSpeakingOrder(guests: readonly GuestRecord[], agenda: readonly AgendaItem[] | undefined): SpeakingPlan {
  const ordered = orderSpeakers(guests);
  const item = agenda?.find((a) => a.speaking !== undefined);
  if (!item?.speaking) {
    return {
      block: null,
      speakers: ordered.map((g, i) => ({ position: i + 1, email: g.email, name: g.name, organization: g.organization, start: null, speechEnd: null, end: null })),
      overflow: 0,
    };
  }
  const { minutesPerSpeaker, discussionMinutesPerSpeaker } = item.speaking;
  const slotMinutes = minutesPerSpeaker + discussionMinutesPerSpeaker;
  const first = toMinutes(item.start);
  const capacity = Math.floor((toMinutes(item.end) - first) / slotMinutes);
  const speakers = ordered.map((g, i): SpeakingSlot => {
    const fits = i < capacity;
    const start = first + i * slotMinutes;
    return {
      position: i + 1,
      email: g.email,
      name: g.name,
      organization: g.organization,
      start: fits ? toHhmm(start) : null,
      speechEnd: fits ? toHhmm(start + minutesPerSpeaker) : null,
      end: fits ? toHhmm(start + slotMinutes) : null,
    };
  });
  return {
    block: { start: item.start, end: item.end, minutesPerSpeaker, discussionMinutesPerSpeaker, slotMinutes, capacity },
    speakers,
    overflow: Math.max(0, ordered.length - capacity),
  };
}
