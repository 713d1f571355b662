import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 27 and 28 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Reading the minutes afterwards is no stand-in.
  ["I'm afraid I won't be able to attend on the 14th - we have our own stakeholder meeting that same morning. I'll ask a colleague to go through the minutes afterwards.", 'no'],
  ["I'll ask my colleague to go to the workshop in my place.", 'unknown'],
  // No cover found for a duty.
  ['Regrettably, I am teaching on Tuesday morning and could not find anyone to cover for me, so I have to decline.', 'no'],
  ["I'm teaching on Tuesday morning, but I'll come in the afternoon.", 'yes'],
  ["I'm teaching on Tuesday morning until 10, then I'll head over.", 'yes', 1],
  ["I have a meeting until 9, then I'll come.", 'yes'],
  ['We have our own board meeting that same morning, but I will join after 11.', 'yes'],
  // Nobody of the sender's organisation.
  ['unfortunately nobody from our office will be available on 14 June, we have the city council session. Please keep us informed about the outcomes.', 'no'],
  ['Nobody from our office has seen the agenda yet. I will attend.', 'yes'],
  ['Din păcate, nimeni din biroul nostru nu va fi disponibil pe 14.', 'no'],
  // The outcome of a reason, said plainly.
  ["I'd love to join, however I'm in Novi Sad on the 14th for the festival preparations, so it won't work this time. Could you share the recording afterwards, if there is one?", 'no'],
  ["Sadly I'm flying home to Hamburg on the 12th, so I'll miss it. Hope it goes well!", 'no'],
  ["We wouldn't miss it! See you there.", 'yes'],
  ["It doesn't work for me, the link. Could you resend it?", 'unknown'],
  // No interest.
  ["Thanks, but this isn't really relevant for our company. Please remove me from the list.", 'no'],
  ['The parking info is not really relevant for us, but we will attend.', 'yes'],
  ['Please remove my colleague from the list, I will attend alone.', 'yes'],
  // A shift without cover; the shift alone may end in time.
  ['Buna ziua, multumesc de invitatie, dar pe 14 lucrez tura de dimineata si n-am pe cine sa pun in loc.', 'no'],
  ['Lucrez tura de dimineață până la 10, apoi vin.', 'yes', 1],
  ['Lucrez tura de dimineață, dar vin după-amiază.', 'yes'],
  // The institution not represented.
  ['Ne cerem scuze, dar instituția noastră nu va putea fi reprezentată la această sesiune, din cauza unui audit programat în aceeași zi.', 'no'],
  // The date refused; a condition about another date, or a later session, hedges nothing of this one.
  ['pentru mine data nu e bună, dar dacă se reprogramează după 1 aprilie aș veni cu plăcere.', 'no'],
  ['Data nu e bună pentru mine, dar vin totuși.', 'yes'],
  ['Dacă se reprogramează, vin.', 'unknown'],
  ['îmi pare sincer rău, dar pe 14 iunie avem vernisajul expoziției de vară și nu am cum să plec din galerie. Dacă organizați și o sesiune în toamnă, vin cu mare drag.', 'no'],
  ['Dacă organizați și o sesiune în toamnă, vin cu mare drag.', 'unknown'],
  ['Nu am cum să ajung dimineața, dar vin la 11.', 'yes'],
  // The earlier answer the mail reverses.
  ['Revin asupra mailului de ieri, în care vă spuneam că nu pot - am reușit să reprogramez întâlnirea cu finanțatorul, așa că voi fi prezentă la atelier.', 'yes'],
  ['Revin asupra mailului de ieri, în care vă spuneam că nu pot. Din păcate, tot nu pot.', 'no'],
  // "both" between the auxiliary and the verb.
  ['my colleague Dario and I will both dial in.', 'yes'],
];

describeIntentCorpus('intent corpus, round 27', corpus);
