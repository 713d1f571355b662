import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the tenth evaluation, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Doubt about the document commented on is no hedge of the answer; doubt about coming is.
  ['3. Nu sunt sigură că termenul de 12 luni este suficient pentru pilotare.\n\nDin păcate nu voi putea fi prezentă la discuție.', 'no'],
  ['Nu sunt sigur că termenul e bun, dar particip.', 'yes', 1],
  ['Nu sunt sigură că pot veni.', 'maybe'],
  // "I don't think I'll manage": a polite refusal; managing something else is not.
  ["I'm afraid my schedule is rather full that week, so I don't think I'll manage — but I'd love to see the outcomes.", 'no'],
  ["I don't think I'll make it this time.", 'no'],
  ["I don't think I'll manage to send the slides before Friday, but I'll attend.", 'yes', 1],
  ['My schedule is rather full that week, but I will join.', 'yes', 1],
  // Nobody of the organisation is available.
  ['Ne pare rău, dar nimeni din echipa noastră nu este disponibil în acea zi.', 'no'],
  ['Dacă nimeni din echipă nu este disponibil, vă anunț.', 'maybe'],
  // A busy schedule is a reason; "Cu drag," signing off is no "gladly"; "Cu drag!" answering is.
  ['Vă mulțumesc pentru invitație. În acea perioadă avem programate mai multe evenimente ale festivalului și mi-ar fi foarte greu să mă alătur.\n\nCu drag,\nRoxana', 'no'],
  ['Bună ziua,\n\nCu drag!\nAna', 'yes', 1],
  ['Mulțumesc,\nParticipăm', 'yes'],
  // "Vă anunț cu regret că…": the announcement is no deferral, what it announces answers.
  ['Vă anunţ cu regret că nu voi putea participa la întâlnirea online din 17.01.', 'no'],
  ['Vă anunț cu regret că sesiunea a fost amânată?', 'unknown'],
  // Doubt about bringing the whole team beside a sure "I come".
  ['Nu știu încă dacă pot veni cu toată echipa, dar eu sigur vin.', 'yes', 1],
  ["I'm not sure if we can bring the whole team, but I'll definitely come.", 'yes', 1],
  ['Nu știu încă dacă pot veni cu toată echipa.', 'unknown'],
  ['Nu știu încă dacă pot veni.', 'maybe'],
  // "+1 from me", and who comes along.
  ['+1 from me, bringing Sara as well.', 'yes', 2],
  ['+1 for the idea, send me the agenda.', 'unknown'],
  // The sender, then the names of who comes with them.
  ['Vin eu, plus Ioana Marin și Dan Suciu de la Faber.', 'yes', 3],
  ['Vin cu drag. Mulțumesc, Ana Pop', 'yes', 1],
  // Attending and asking to speak.
  ["Thanks Lavinia — I'll attend and would like to present briefly our experience with the fund.", 'yes', 1, true],
  ['Confirm prezența. Aș dori, dacă se poate, să am și eu 5 minute pentru o scurtă intervenție despre industriile creative.', 'yes', 1, true],
  ['Confirm prezența.', 'yes', 1, null],
  // A condition with "otherwise" leaves the answer open.
  ["I'll come if there is a slot available, otherwise I'll skip this one.", 'maybe'],
  ['Particip dacă mai este loc, altfel nu pot veni.', 'maybe'],
];

describeIntentCorpus('intent corpus: tenth evaluation', corpus);
