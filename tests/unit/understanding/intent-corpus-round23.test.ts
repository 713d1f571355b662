import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 23 and 24 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // "Nu voi mai putea participa": "mai" inside the negated future.
  ['Revin cu o modificare față de mesajul de mai jos: din cauza unei probleme medicale în familie nu voi mai putea participa marți. Îmi cer scuze pentru schimbare.', 'no'],
  ['Nu vom mai putea veni.', 'no'],
  ['Nu știu dacă voi mai putea participa.', 'maybe'],
  ['Dacă nu voi mai putea participa, vă anunț.', 'maybe'],
  // The organisation sends nobody.
  ['Săptămâna viitoare tot personalul va fi în tură. Prin urmare nu vom avea reprezentant la atelier.', 'no'],
  // Taken off the list of participants.
  ['La ora 12:00 nu mai pot ajunge, am consiliu profesoral la 12:30. Îmi pare rău, vă rog să mă scoateți de pe lista participanților.', 'no'],
  ['Vă rog să nu mă scoateți de pe lista participanților.', 'unknown'],
  ['Sorry, please take me off the attendee list.', 'no'],
  ["Please don't take me off the attendee list.", 'unknown'],
  // Someone named represents the organisation, in the active voice.
  ['Prin prezenta vă comunicăm că doamna Carmen Suciu, consilier, va reprezenta instituția noastră la Atelierul Local de Învățare din data de 15.02.2022.', 'yes'],
  ['Nimeni nu va reprezenta instituția noastră.', 'no'],
  ['Nu am stabilit cine va reprezenta instituția noastră.', 'maybe'],
  // Doubt about whether a colleague already answered, not about coming.
  ['Nu știu dacă v-a mai răspuns cineva de la noi, dar vin eu (Direcția Dezvoltare Regională). Nu voi avea o prezentare.', 'yes'],
  ['Nu știu dacă v-a răspuns cineva. Nu știu dacă pot veni.', 'maybe'],
  // A time "11:15" splits no clause; arriving late presumes coming.
  ["I'm teaching until 11 that day, so I'd get there around 11:15 if that's alright. Won't need a speaking slot.", 'yes'],
  ["If the train is on time I'd get there around 11.", 'maybe'],
  ['How would I get there around 9?', 'unknown'],
  // Regret, then something of one's own at that time.
  ['Thanks for thinking of us — sadly we have our spring book fair that week and the whole team is on site from Wednesday to Saturday. Please do keep us on the list for the next one!', 'no'],
  ['Unfortunately I have a meeting that morning, but I can join from 11.', 'yes'],
  ['Unfortunately I have a meeting that morning. Can I come later?', 'unknown'],
  ['Unfortunately I have to leave at 12.', 'unknown'],
  // A sentence going on from a question hangs on its answer.
  ['before I confirm – would it be possible to have a Creative Europe slot of about 10 minutes instead of 5? Otherwise I\'m not sure it makes sense for me to travel from Bucharest.', 'unknown'],
  ['Documentul de lucru menționat în invitație nu era atașat. Puteți să ni-l retrimiteți? Ca să ne dăm seama dacă are sens să venim cu mai mulți oameni.', 'unknown'],
  ["Otherwise I'm not sure it makes sense for me to travel.", 'maybe'],
  ['Vin. Ca să știu la ce oră, îmi trimiteți agenda?', 'yes'],
  // The party's size stated as the answer.
  ['O sa fim 4 persoane de la Asociatia Culturala Banat Folk: eu, Petru, Ancuta si Ionica (daca scapa de la serviciu, altfel 3).', 'yes'],
  ['De la noi vin 3 persoane (eu, Diana și Marius), plus poate un voluntar dacă se eliberează.', 'yes'],
  ['Nu știm dacă o să fim 4.', 'maybe'],
  ['Dacă o să fim 4 persoane, vă anunț.', 'maybe'],
  // "I might bring" doubts a companion, not the sender.
  ['Count me in. I might bring our HR lead as well, will let you know.', 'yes'],
  ['I might come.', 'maybe'],
  ["I can't come, but my colleague will attend and we might bring a student too.", 'maybe'],
];

describeIntentCorpus('intent corpus: sets 23-24', corpus);
