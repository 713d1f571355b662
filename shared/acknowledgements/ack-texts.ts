import type { Language } from '../events/event-schema';

export type AckKind = 'confirmed' | 'declined' | 'maybe' | 'waitlisted' | 'review' | 'on-behalf' | 'superseded' | 'unrouted' | 'promoted';

export interface AckTextInput {
  headcount: number | null;
  speaker: boolean | null;
  deadline: string;
  /** The status we keep when a reply was superseded. */
  keptStatus: string | null;
  keptAt: string | null;
  /** The guest answered for, when the reply came through someone else's address. */
  forGuest: string | null;
  onBehalfOf: string | null;
}

interface Texts {
  greeting: string;
  summary: (kind: AckKind, i: AckTextInput) => string;
  correct: string;
  late: (deadline: string) => string;
  forGuest: (guest: string) => string;
  details: { when: string; until: string; where: string; online: string; password: string; agenda: string };
  statusWords: Record<string, string>;
  signature: string;
  subjectPrefix: string;
}

const ro: Texts = {
  greeting: 'Bună ziua,',
  summary: (kind, i) => {
    const people = i.headcount && i.headcount > 1 ? `, ${i.headcount} persoane` : '';
    const speak = i.speaker === true ? ', doriți să luați cuvântul' : i.speaker === false ? ', nu doriți să luați cuvântul' : '';
    switch (kind) {
      case 'confirmed':
        return `Vă mulțumim! Am înregistrat: participați${people}${speak}.`;
      case 'promoted':
        return `S-a eliberat un loc: participarea dumneavoastră${people} este acum confirmată.`;
      case 'declined':
        return 'Vă mulțumim pentru răspuns. Am înregistrat: nu participați.';
      case 'maybe':
        return `Am înregistrat: încă nu știți sigur dacă participați. Vă rugăm să ne confirmați până ${i.deadline}, răspunzând la acest mesaj.`;
      case 'waitlisted':
        return `Am înregistrat că doriți să participați${people}, dar toate locurile sunt ocupate. V-am trecut pe lista de așteptare și vă anunțăm imediat ce se eliberează un loc.`;
      case 'review':
        return 'Am primit mesajul dumneavoastră. Nu am putut stabili sigur dacă participați, așa că o persoană din echipa noastră vă va răspunde în curând.';
      case 'on-behalf':
        return `Ne scrieți în numele altei persoane${i.onBehalfOf ? ` (${i.onBehalfOf})` : ''}. O persoană din echipa noastră va verifica și vă va răspunde în curând.`;
      case 'superseded':
        return `Avem deja un răspuns mai recent de la dumneavoastră${i.keptAt ? ` (${i.keptAt})` : ''}: ${i.keptStatus ?? ''}. L-am păstrat pe acela; mesajul acesta a fost arhivat.`;
      case 'unrouted':
        return 'Nu am putut asocia mesajul dumneavoastră cu un eveniment. Vă rugăm să răspundeți direct la invitația primită (butonul „Răspunde”), ca să vă putem înregistra răspunsul. Mesajul a fost transmis și echipei noastre.';
    }
  },
  correct: 'Dacă am înțeles greșit, răspundeți la acest mesaj cu răspunsul corect; ultimul răspuns contează.',
  late: (deadline) => `Termenul de confirmare (${deadline}) a trecut, așa că înscrierile s-au închis. Am înregistrat totuși răspunsul dumneavoastră și i-am anunțat pe organizatori.`,
  forGuest: (guest) => `Răspunsul a fost înregistrat pentru invitatul ${guest}.`,
  details: { when: 'Când', until: 'până la', where: 'Unde', online: 'Online', password: 'parola', agenda: 'Program' },
  statusWords: { yes: 'participați', no: 'nu participați', maybe: 'poate participați', waitlist: 'pe lista de așteptare', review: 'în analiză', pending: 'fără răspuns' },
  signature: 'Acesta este un mesaj automat de confirmare.',
  subjectPrefix: 'Re: ',
};

const en: Texts = {
  greeting: 'Hello,',
  summary: (kind, i) => {
    const people = i.headcount && i.headcount > 1 ? `, ${i.headcount} people` : '';
    const speak = i.speaker === true ? ', you would like to speak' : i.speaker === false ? ', you will not speak' : '';
    switch (kind) {
      case 'confirmed':
        return `Thank you! We have recorded: attending${people}${speak}.`;
      case 'promoted':
        return `A place has become free: your participation${people} is now confirmed.`;
      case 'declined':
        return 'Thank you for letting us know. We have recorded: not attending.';
      case 'maybe':
        return `We have recorded: not sure yet. Please confirm by ${i.deadline} by replying to this message.`;
      case 'waitlisted':
        return `We have recorded that you would like to attend${people}, but all places are taken. You are on the waiting list and we will tell you as soon as a place becomes free.`;
      case 'review':
        return 'We have received your message. We could not tell for sure whether you will attend, so a member of our team will answer you shortly.';
      case 'on-behalf':
        return `You are writing on behalf of someone else${i.onBehalfOf ? ` (${i.onBehalfOf})` : ''}. A member of our team will check and answer you shortly.`;
      case 'superseded':
        return `We already have a more recent answer from you${i.keptAt ? ` (${i.keptAt})` : ''}: ${i.keptStatus ?? ''}. We have kept that one; this message has been filed.`;
      case 'unrouted':
        return 'We could not match your message to an event. Please answer the invitation you received directly (with "Reply"), so that we can record your answer. Your message has also been passed to our team.';
    }
  },
  correct: 'If we got this wrong, reply to this message with the right answer; your latest answer counts.',
  late: (deadline) => `The deadline to reply (${deadline}) has passed, so registration has closed. We have still recorded your answer and told the organisers.`,
  forGuest: (guest) => `The answer has been recorded for the guest ${guest}.`,
  details: { when: 'When', until: 'until', where: 'Where', online: 'Online', password: 'password', agenda: 'Agenda' },
  statusWords: { yes: 'attending', no: 'not attending', maybe: 'maybe', waitlist: 'on the waiting list', review: 'under review', pending: 'no answer' },
  signature: 'This is an automatic confirmation.',
  subjectPrefix: 'Re: ',
};

/** Acknowledgement texts per language; a translator extends this table. */
export const ackTexts: Record<Language, Texts> = { ro, en };

/** Text input for acknowledgements that report nothing about the guest (review, unrouted). */
export function emptyAckText(): AckTextInput {
  return { headcount: null, speaker: null, deadline: '', keptStatus: null, keptAt: null, forGuest: null, onBehalfOf: null };
}
