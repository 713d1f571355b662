import type { GuestStatus } from '../domain/records';
import type { Language } from '../events/event-schema';

/**
 * Romanian counts: 1 zi, 2–19 zile, 20 de zile (the "de" comes back when the last two
 * digits are 00 or 20–99: 101 zile, 120 de zile).
 */
function roCount(n: number, one: string, many: string): string {
  if (n === 1) return `1 ${one}`;
  const lastTwo = n % 100;
  return lastTwo === 0 && n !== 0 ? `${n} de ${many}` : lastTwo >= 20 ? `${n} de ${many}` : `${n} ${many}`;
}
const enCount = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every word the digest prints, per language (the event's language decides). */
export interface DigestLabels {
  subjectDaily: string;
  subjectFinal: string;
  status: Record<GuestStatus, string>;
  countLabel: Record<GuestStatus | 'attendees' | 'capacity' | 'total', string>;
  attention: string;
  nothingNeeded: string;
  review: string;
  unverified: string;
  bounced: string;
  bounceKind: Record<'hard' | 'soft', string>;
  unrouted: string;
  changesSince: (since: string) => string;
  changesFirst: string;
  noChanges: string;
  changeKind: { new: string; updated: string; changed: (from: string, to: string) => string };
  confirmed: string;
  speaking: string;
  speakingBlock: (start: string, end: string, minutes: number, discussion: number, slots: number) => string;
  speakingNoBlock: string;
  speakingOverflow: (n: number, slots: number) => string;
  noSpeakers: string;
  waitlist: string;
  maybe: string;
  declined: string;
  pending: string;
  late: string;
  none: string;
  col: { name: string; organization: string; email: string; people: string; speaks: string; time: string; position: string; answer: string; reason: string; text: string; from: string; subject: string; received: string };
  yes: string;
  walkIn: string;
  deadline: (date: string) => string;
  daysLeft: (n: number) => string;
  finalIntro: (date: string) => string;
  capacityOver: string;
  more: (n: number) => string;
  csvNote: string;
  autoNote: string;
  persons: (n: number) => string;
  split: string;
}

const ro: DigestLabels = {
  subjectDaily: 'Situația confirmărilor',
  subjectFinal: 'Lista finală',
  status: { yes: 'Confirmat', no: 'Refuzat', maybe: 'Poate', pending: 'Fără răspuns', review: 'De verificat', waitlist: 'Listă de așteptare' },
  countLabel: {
    yes: 'Da',
    no: 'Nu',
    maybe: 'Poate',
    pending: 'Fără răspuns',
    review: 'De verificat',
    waitlist: 'Listă de așteptare',
    attendees: 'Participanți (cu însoțitori)',
    capacity: 'Capacitate ocupată',
    total: 'Invitați',
  },
  attention: 'Necesită atenția dumneavoastră',
  nothingNeeded: 'Nimic de rezolvat astăzi.',
  review: 'Răspunsuri de verificat',
  unverified: 'Expeditori neverificați',
  bounced: 'Adrese la care mesajele nu ajung',
  bounceKind: { hard: 'definitiv', soft: 'temporar' },
  unrouted: 'Mesaje care nu au putut fi atribuite unui eveniment',
  changesSince: (since) => `Noutăți de la raportul anterior (${since})`,
  changesFirst: 'Răspunsuri primite până acum',
  noChanges: 'Nicio schimbare.',
  changeKind: { new: 'răspuns nou', updated: 'actualizare', changed: (from, to) => `s-a răzgândit: ${from} → ${to}` },
  confirmed: 'Participanți confirmați',
  speaking: 'Ordinea luărilor de cuvânt',
  speakingBlock: (start, end, minutes, discussion, slots) =>
    `Interval ${start}–${end}: ${minutes} min intervenție + ${discussion} min discuții pentru fiecare vorbitor, ${roCount(slots, 'loc', 'locuri')}.`,
  speakingNoBlock: 'Agenda nu are un interval pentru luări de cuvânt; ordinea este cea a confirmărilor.',
  speakingOverflow: (n, slots) => `Atenție: ${roCount(n, 'vorbitor nu încape', 'vorbitori nu încap')} în cele ${slots} locuri disponibile.`,
  noSpeakers: 'Niciun participant confirmat nu a cerut să ia cuvântul.',
  waitlist: 'Listă de așteptare',
  maybe: 'Poate participă',
  declined: 'Au refuzat',
  pending: 'Nu au răspuns încă',
  late: 'Răspunsuri sosite după termen',
  none: 'Niciunul.',
  col: {
    name: 'Nume',
    organization: 'Organizație',
    email: 'E-mail',
    people: 'Persoane',
    speaks: 'Ia cuvântul',
    time: 'Ora',
    position: 'Nr.',
    answer: 'Răspuns',
    reason: 'Motiv',
    text: 'Text',
    from: 'De la',
    subject: 'Subiect',
    received: 'Primit',
  },
  yes: 'da',
  walkIn: 'neinvitat',
  deadline: (date) => `Termen de confirmare: ${date}`,
  daysLeft: (n) => (n > 0 ? `mai ${n === 1 ? 'este' : 'sunt'} ${roCount(n, 'zi', 'zile')}` : n === 0 ? 'astăzi este ultima zi' : 'termenul a trecut'),
  finalIntro: (date) => `Termenul de confirmare a expirat (${date}). Aceasta este lista finală.`,
  capacityOver: 'Capacitatea este depășită',
  more: (n) => `… și încă ${n} (lista completă în fișierul CSV atașat)`,
  csvNote: 'Lista completă a invitaților este în fișierul CSV atașat.',
  autoNote: 'Mesaj generat automat de serviciul de confirmări. Vă rugăm să nu răspundeți la acest mesaj.',
  persons: (n) => roCount(n, 'persoană', 'persoane'),
  split: 'Distribuția răspunsurilor',
};

const en: DigestLabels = {
  subjectDaily: 'RSVP status',
  subjectFinal: 'Final list',
  status: { yes: 'Attending', no: 'Declined', maybe: 'Maybe', pending: 'No answer', review: 'To review', waitlist: 'Waiting list' },
  countLabel: {
    yes: 'Yes',
    no: 'No',
    maybe: 'Maybe',
    pending: 'No answer',
    review: 'To review',
    waitlist: 'Waiting list',
    attendees: 'Attendees (incl. companions)',
    capacity: 'Capacity used',
    total: 'Guests',
  },
  attention: 'Needs your attention',
  nothingNeeded: 'Nothing needs you today.',
  review: 'Replies to review',
  unverified: 'Unverified senders',
  bounced: 'Addresses that bounce',
  bounceKind: { hard: 'permanent', soft: 'temporary' },
  unrouted: 'Mail that could not be tied to an event',
  changesSince: (since) => `Changes since the last digest (${since})`,
  changesFirst: 'Answers so far',
  noChanges: 'No changes.',
  changeKind: { new: 'new answer', updated: 'update', changed: (from, to) => `changed: ${from} → ${to}` },
  confirmed: 'Confirmed guests',
  speaking: 'Speaking order',
  speakingBlock: (start, end, minutes, discussion, slots) =>
    `${start}–${end}: ${minutes} min per speaker + ${discussion} min discussion, ${enCount(slots, 'slot', 'slots')}.`,
  speakingNoBlock: 'The agenda has no speaking block; the order is the order of confirmation.',
  speakingOverflow: (n, slots) => `Warning: ${enCount(n, 'speaker does', 'speakers do')} not fit in the ${slots} available slots.`,
  noSpeakers: 'No confirmed guest asked to speak.',
  waitlist: 'Waiting list',
  maybe: 'Maybe',
  declined: 'Declined',
  pending: 'No answer yet',
  late: 'Replies after the deadline',
  none: 'None.',
  col: {
    name: 'Name',
    organization: 'Organisation',
    email: 'Email',
    people: 'People',
    speaks: 'Speaks',
    time: 'Time',
    position: 'No.',
    answer: 'Answer',
    reason: 'Reason',
    text: 'Text',
    from: 'From',
    subject: 'Subject',
    received: 'Received',
  },
  yes: 'yes',
  walkIn: 'not invited',
  deadline: (date) => `RSVP deadline: ${date}`,
  daysLeft: (n) => (n > 0 ? `${enCount(n, 'day', 'days')} left` : n === 0 ? 'today is the last day' : 'the deadline has passed'),
  finalIntro: (date) => `The RSVP deadline has passed (${date}). This is the final list.`,
  capacityOver: 'Over capacity',
  more: (n) => `… and ${n} more (full list in the attached CSV file)`,
  csvNote: 'The full guest list is in the attached CSV file.',
  autoNote: 'Sent automatically by the RSVP service. Please do not reply to this message.',
  persons: (n) => enCount(n, 'person', 'people'),
  split: 'Answer split',
};

/** The digest's words in the event's language. */
export function digestLabels(lang: Language): DigestLabels {
  return lang === 'ro' ? ro : en;
}
