import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Replies to reminders and schedule changes, answers for more than one occasion, and the
 * forms the seventh evaluation found missing (a mostly Romanian inbox, SMS-style). Same
 * format as intent-corpus-scope.test.ts: [text, intent, headcount?, speaker?]. Each rule
 * comes with lines it must leave alone.
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A yes and a refusal tied to different days answer two occasions: a person decides which.
  ['La atelierul din 18 vin. La sesiunea online din 23 nu pot, am cursuri toată ziua.', 'unknown'],
  ['Pe 18 nu pot, dar particip la sesiunea online din 23.', 'unknown'],
  ['Pe 18, din păcate, nu pot. Particip însă la sesiunea din 23.', 'unknown'],
  ["I can't make it on the 18th, but I'll join the online session on the 23rd.", 'unknown'],
  ["I'll be there on Monday. On Tuesday I can't come.", 'unknown'],
  ['Nu pot joi, dar vin vineri.', 'unknown'],
  ['Vin, dar nu pot pe 23.', 'unknown'],
  // …not a change of mind, times of one day, one day only, or a refusal in another sentence without a day.
  ['Inițial credeam că nu pot, dar am reușit să mă eliberez, vin.', 'yes'],
  ['Nu pot ajunge la 10, vin la 11.', 'yes'],
  ['Pe 18 vin.', 'yes'],
  ['La atelierul din 18 nu vin.', 'no'],
  ['Nu am reușit să ajung la ultimele două sesiuni, dar de data aceasta vin sigur. Ne vedem luni!', 'yes'],
  ['Vin pe 18, deși am cursuri toată ziua.', 'yes'],
  // Someone named comes in the sender's place: the organisation's yes, for them alone.
  ['Eu nu pot participa, dar va veni în locul meu colega mea, Raluca Ene.', 'yes', 1],
  ['Vă transmitem lista participanților din partea Consiliului Județean Timiș:\n- Vasile Oprea, vicepreședinte\n- Sanda Grigore, director\n- Marcel Ionescu, consilier', 'yes', 3],
  ['Please find below the list of our participants:\n- Ana Pop\n- Ion Rus', 'yes', 2],
  // …unnamed, an organisation's department, or only asked for, it is not.
  ['Eu nu pot, dar vine colegul meu.', 'unknown'],
  ['Eu nu pot participa, dar vor participa colegii din Direcția Tehnică.', 'unknown'],
  ['I have delegated this to my colleague Ana Pop.', 'unknown'],
  ['Vă rog să ne transmiteți lista participanților.', 'unknown'],
  // Already confirmed, or the confirmation stands after a change.
  ['Am confirmat deja pe 2 noiembrie, rămâne valabil.', 'yes', 1],
  ['Noua oră e ok pentru mine, rămâne valabilă confirmarea.', 'yes', 1],
  ['Confirmarea mea rămâne valabilă.', 'yes'],
  ['Îmi mențin confirmarea.', 'yes'],
  ['I already confirmed last week.', 'yes'],
  ['My RSVP still stands.', 'yes'],
  ['The new time works for me.', 'yes'],
  // …not when asking whether one did, or withdrawing it.
  ['Nu mai știu dacă am confirmat deja.', 'unknown'],
  ["I'm not sure whether I already confirmed.", 'unknown'],
  ['Nu îmi mențin confirmarea, a intervenit ceva.', 'no'],
  ['Noua oră nu e ok pentru mine.', 'unknown'],
  // Short declines: "not this time", the day refused, a trip that cannot be made.
  ['Nu reușesc de data asta 😔 Spor la atelier!', 'no'],
  ['Nu pot marti, sunt pe teren. Scuze.', 'no'],
  ['Nu pot pe 18.', 'no'],
  ["Unfortunately I won't be able to travel to Timișoara that week. Please keep me posted about the outcomes.", 'no'],
  // …good wishes beside a yes are no refusal.
  ['Mult succes la atelier, vin și eu!', 'yes'],
  ['Spor la atelier!', 'unknown'],
  // A question about something else is no condition; a condition on coming still is.
  ['Da, particip. Aș vrea să aflu dacă pot aplica și firme noi.', 'yes'],
  ['Vin, dacă pot.', 'maybe'],
  ['Dacă pot, vin.', 'maybe'],
  ['Particip dacă pot pleca mai devreme de la birou.', 'maybe'],
  // Doubt about a companion at the end of its clause does not hedge the sender.
  ['Vin eu sigur; colegul Tudor probabil, vă confirm mâine.', 'yes', 1],
  ["I'll be there for sure; my colleague probably too.", 'yes', 1],
  ['Vin probabil.', 'maybe'],
  // The calendar button named is no answer; what follows it is.
  ['Am apăsat din greșeală pe Accept – de fapt nu pot ajunge pe 18.', 'no'],
  ["I clicked Accept by mistake, I can't come.", 'no'],
  ['Accept cu plăcere.', 'yes'],
  // Companions: one more colleague counts; whom the sender spoke with does not.
  ['Vin cu încă un coleg, Sebastian Paraschiv.', 'yes', 2],
  ["I'll come with one more colleague.", 'yes', 2],
  ['Eu vin la atelier, cum am vorbit cu doamna Petruț.', 'yes', 1],
  ['As agreed with Mr Smith, I will attend.', 'yes', 1],
  ['Vin cu doamna Petruț.', 'yes', 2],
  ['I will attend with Mr Smith.', 'yes', 2],
  // Speaking asked in other words.
  ['Particip. Noi dorim să spunem câteva cuvinte la discuție, cinci minute.', 'yes', 1, true],
  ['I am happy to confirm my participation and I would be glad to give a short (5-minute) input on SME support.', 'yes', 1, true],
  ['Particip, dar nu dorim să spunem nimic.', 'yes', 1, null],
  ["I'll attend, and I'm happy to share a copy of the presentation we made last year.", 'yes', 1, null],
];

describeIntentCorpus('intent corpus: follow-ups and occasions', corpus);
