import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Eighth evaluation: caveats of a yes that are not hedges (coming late, asking questions,
 * "anyway"), wishes for later sessions pointed back at ("some of them"), unnamed stand-ins,
 * hand-overs asked as questions, withdrawals, double negatives that accept, and legal footers.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?]. Each rule has
 * cases that must not trigger it.
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Later sessions named, then pointed back at: the wish is about those.
  ['I am afraid I can not come on 20th January. But please keep me informed about next sessions, I would be happy to join some of them.', 'no'],
  ['Sorry, I cannot make it. Please invite me to upcoming meetings, I would love to attend one of them.', 'no'],
  ['Nu pot participa. Vă rog să mă anunțați despre următoarele întâlniri, aș participa cu drag la una dintre ele.', 'no'],
  // Not pointed back: the yes stands (negative cases).
  ["I'll attend. I would be happy to join some of them too.", 'yes'],
  ['I will attend, and please keep me informed about next sessions.', 'yes'],
  ['I can not come.', 'no'],
  // An unnamed stand-in to be named later: a person decides.
  ['I am not able to join personally on 17th, but I will ask one of my colleagues from the innovation office to connect. I will send you the name as soon as possible.', 'unknown'],
  ['Nu pot ajunge, dar voi ruga un coleg să participe în locul meu.', 'unknown'],
  ['I will ask my colleague whether the date works for us.', 'unknown'],
  // A hand-over asked of the team.
  ["Team - anyone keen to join this on the 17th? Let me know by Thursday and I'll confirm with Lavinia.", 'unknown'],
  ['Vrea cineva să meargă la atelierul de pe 17? Spuneți-mi până joi.', 'unknown'],
  ['Who will attend from the city hall?', 'unknown'],
  // Caveats of a yes: coming late, leaving early, what one does there, "anyway".
  ["I'll pop along on the 20th - wouldn't miss it! I might be a few minutes late as I have to open up the café first, but I'll be there by half ten.", 'yes', 1],
  ['Particip. S-ar putea să întârzii câteva minute.', 'yes', 1],
  ['I and my colleague Darius will participate online. We will just listen and maybe ask some questions in the chat.', 'yes', 2, false],
  ["Could I have a 5-minute slot to present our programme? If it's not possible, no worries - I'll attend anyway.", 'yes', 1, true],
  ["If the room is accessible, I'll attend.", 'maybe'],
  ['I might be late.', 'maybe'],
  ['Maybe I will come.', 'maybe'],
  ['Vom participa eu și colega mea, Alina Stoica. Alina ar dori să prezinte pe scurt (5 minute) rezultatele studiului, dacă programul permite.', 'yes', 2, true],
  ['Aș dori să prezint rezultatele, dacă programul permite.', 'unknown'],
  // Commenting aloud in the meeting is a wish to speak; a written comment is not.
  ['I will join the meeting, but I have to leave at 12:00 for another call, I hope this is ok. If possible I would like to comment on Action 1 early in the stakeholder round, before I leave.', 'yes', 1, true],
  ['I will attend. I would like to comment on the draft agenda: item 3 is missing.', 'yes', 1, null],
  // "Count on me" after a caveat; texting shorthand.
  ['Unfortunately I will be travelling that day, so I can only dial in from Schiphol - audio only, no camera. But count on me!', 'yes', 1],
  ['ok see u there 👍', 'yes', 1],
  ["Sorry, you can't count on me this time.", 'no'],
  // Withdrawing an earlier yes.
  ['Apologies - I have to withdraw after all. A client deadline has moved to the 17th and I really can not get away.', 'no'],
  ['Îmi pare rău, trebuie să mă retrag.', 'no'],
  // Double negatives that accept, and plain negatives beside them.
  ['Nu văd de ce n-aș participa. Contați pe mine!', 'yes', 1],
  ['Nu pot să refuz o asemenea invitație! Ne vedem pe 20.', 'yes', 1],
  ["I don't see why not, count me in.", 'yes', 1],
  ['Nu pot participa, refuz cu regret.', 'no'],
  // A legal footer answers nothing.
  [
    'Happy to attend.\n\nDisclaimer: This message is intended solely for the addressee. If you are not the intended recipient, you must not read, use, disclose, copy or participate in distributing this message. We are unable to attend to or accept any instructions sent by email alone.',
    'yes',
    1,
  ],
  [
    'Regrettably I am unable to attend on 20 January owing to a prior commitment.\n\nCONFIDENTIALITY NOTICE: Nothing in this email shall be taken as confirmation that we will attend to, participate in or accept instructions.',
    'no',
  ],
  ['Particip.\n\nAcest mesaj este confidențial. Dacă nu sunteți destinatarul, nu îl folosiți și nu participați la distribuirea lui.', 'yes', 1],
  ['This email is to confirm that I will attend.', 'yes'],
];

describeIntentCorpus('intent corpus: caveats, later sessions, stand-ins and footers', corpus);
