import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 53–55, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "If you …" right after the answer, in its clause, is its condition (h55_096); a later clause's "if you need anything" is not.
  ["I'm not sure this is relevant for a small bakery like mine? I'll join if you think it's useful, otherwise I'd rather skip it.", 'maybe'],
  ['I will attend if you can send me the agenda before.', 'maybe'],
  ['Yes, I will attend. Let me know if you need anything.', 'yes', 1],
  ["I'll be there, if you need anything from me just ask", 'yes', 1],
  ['Count me in - if you need a speaker I can also present.', 'yes', 1, true],
  // "O să-mi fie greu să ajung" governs its verb like "mi-ar fi greu să"; with another occasion hoped for, it declines.
  ['Mă tem că o să-mi fie greu să ajung, luni am ore la facultate până la 12. Poate la următoarea sesiune.', 'no'],
  ['O să-mi fie greu să ajung.', 'unknown'],
  ['O să-mi fie greu.', 'unknown'],
  ['Mi-ar fi greu să ajung la 9, dar la următoarea sesiune vin sigur.', 'unknown'],
  ['Mi-ar fi greu să ajung. Poate la următoarea sesiune?', 'unknown'],
  ['Particip, dar o să-mi fie greu să ajung.', 'unknown'],
  // Doubting one's own coming declines; a negated doubt is no refusal.
  ["Hi! I doubt I can make it on Monday, I'm only back in Timisoara on the 21st. Sorry!", 'no'],
  ["I doubt I'll make it.", 'no'],
  ['Mă îndoiesc că pot veni.', 'no'],
  ['Nu mă îndoiesc că pot veni.', 'unknown'],
  ["I don't doubt I can make it.", 'yes'],
  ['I doubt the room will be big enough, but I will attend.', 'yes'],
  // Someone else comes beside the sender's refusal or doubt: the organisation's yes, never the sender's no.
  ['Nu voi putea participa personal, în schimb o să vină colega mea, Alina Ghiță, de la departamentul de proiecte.', 'yes'],
  ['Nu voi putea participa. Nici colega mea nu o să vină.', 'no'],
  ["Unfortunately I can't come. My colleague won't come either.", 'no'],
  ['Please find below the name of the person attending on behalf of Rijeka 2020 LLC:\nMarko Perić, Head of Programme\n\nI will unfortunately not be able to join myself.', 'yes'],
  ["I'm not able to confirm my own attendance yet, but Daniela from our office will definitely connect and would like to take the floor for 5 minutes regarding action 1.", 'maybe'],
  ["I'm not able to confirm my attendance yet.", 'maybe'],
  ['Eu personal nu sunt sigură că reușesc să ajung, dar colegul meu Bogdan Szabo va fi prezent cu siguranță.', 'yes'],
  ['Nu sunt sigur că pot veni, dar colegul meu Bogdan Szabo va fi prezent probabil.', 'maybe'],
  ['Nu sunt sigur că pot veni, dar un coleg va fi prezent.', 'maybe'],
  // Travelling with someone to the event, "count us both": a yes; travelling alone that week stays an excuse.
  ['Just to confirm that I\'m travelling with Sanne, so you can count us both (she may have written you already, apologies for the double mail).', 'yes'],
  ["I'm travelling that week.", 'no'],
  ['So you can count us both out.', 'unknown'],
  // "Intru și eu" as a whole clause; the same negated is no yes.
  ['N-am nimic împotrivă, intru și eu. Dar să știți că nu pot sta decât o oră, la 12 am repetiție.', 'yes'],
  ['Nu intru și eu.', 'unknown'],
  // Hoping for a later session is about that one.
  ['Mulțumim frumos de invitație, dar suntem plecați amândoi la Cluj în perioada 19-22 ianuarie. Sperăm să prindem următoarea sesiune.', 'no'],
  ['Am vrut să vin și de data aceasta, dar tocmai mi s-a programat o deplasare la Cluj pe 19-21, așa că nu voi fi în oraș. Sper să mai fie ocazii.', 'no'],
  ['Vin sigur. Sper să mai fie ocazii de genul acesta.', 'yes'],
  ['Sper să prind sesiunea de luni.', 'maybe'],
  // Leaving a call early is a caveat of the yes.
  ["Thanks a million for the invite – I'll join on Zoom. I might have to drop off around 12:30 Romanian time for another call, hope that's ok.", 'yes'],
  ['I might have to drop off the list.', 'maybe'],
  // A double negative.
  ["I can't not join this one, given it's the action plan we've all been waiting for :)", 'yes'],
  ["I can't join this one.", 'no'],
];

describeIntentCorpus('intent corpus: sets 53–55', corpus);
