import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 107, 108 and 109 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // How one travels, asked about for the bike parking (h108_005, h108_044): no refusal of coming.
  ['Vom fi 2 persoane de la Asociatia Locatarilor Calea Sagului. Nu venim cu bicicleta si nu dorim sa prezentam nimic de data asta.', 'yes'],
  ['Venim eu si doamna Zamfir. Nu venim cu bicicleta (suntem mai in varsta :) ).', 'yes'],
  ['Nu venim cu bicicleta.', 'unknown'],
  ['Din păcate nu putem veni. Mulțumim.', 'no'],
  ['Nu pot veni, am bicicleta stricată.', 'no'],
  ["We'll be 2. We won't come by bike.", 'yes'],
  ["Sorry, we can't come.", 'no'],
  // The organisation confirming, and the count said alone (h108_015).
  ['Asociația Cartierului Fabric confirmă! Suntem 3 persoane, toate cu bicicleta (deci 3 locuri de parcare vă rog).', 'yes'],
  ['Suntem 3 persoane în echipă, nu putem lipsi toți.', 'unknown'],
  ['Suntem 3 persoane. Din păcate nu putem veni.', 'unknown'],
  // Hope about room for the bikes (h108_056), not about coming.
  ['De la Clubul Sportiv Ciclo Banat venim 5 persoane, toți cu bicicletele – sper să aveți loc în curte :)', 'yes'],
  ['Sper să pot veni.', 'maybe'],
  ['Sper să aveți loc pentru noi, poate venim.', 'maybe'],
  // A party wishing to come; all of them coming (h108_071).
  ['Four of us from the Erasmus Student Network Timișoara would like to come (me + 3 volunteers).', 'yes'],
  ["We'll all come by bike, so 4 bike spots please!", 'yes'],
  ['Four of us would like to come, but we have exams.', 'unknown'],
  // "Confirm" and the answer with no "că" between (h108_043).
  ['Confirm 👍 vin cu bicla', 'yes'],
  ['Nu confirm vin', 'no'],
  // Not extra people beyond those announced (h108_052).
  ['Doar ca să fie clar – eu sunt una dintre cele două persoane anunțate de colega mea Oana Filip, nu venim în plus. Ne vedem marți!', 'yes'],
  ['Nu venim. În plus, nu avem timp.', 'no'],
  // Needed at one's own workplace (h108_004).
  ['Din păcate, marți avem simularea examenului și, în calitate de director, trebuie să fiu prezentă în școală toată dimineața. Vă confirm că nu vom putea participa.', 'no'],
  ['Trebuie să fiu prezentă la atelier.', 'yes'],
  // Answering questions there presumes being there (h107_039).
  ['I will join on Zoom on the 17th, happy to just listen in and maybe answer questions about our incubator case if it comes up.', 'yes'],
  ["Maybe I'll answer questions.", 'maybe'],
  // The subject left out on a phone (h107_066).
  ["Hi Lavinia, sorry only seeing this now. Would love to join if there's still room - I'll be listening only, no slides from me. Cheers, James", 'yes'],
  ["Would love to join but I'm away.", 'no'],
  ['Would love to join if I can get off work.', 'maybe'],
  ['Would you like to join?', 'unknown'],
  // Phone slang (h109_006, h109_021, h109_074).
  ['nu pot sorry, am examen la 10 si nu stiu cand termin. poate data viitoare', 'no'],
  ['Vin! nu pot sorry sa prezint', 'yes'],
  ['prob not gonna make it, I have a shift at the bar until 2pm on wed. sorry!', 'no'],
  ['probably not gonna make it', 'maybe'],
  ["I'm gonna make it", 'unknown'],
  ['no can do this time, exams. ty tho', 'no'],
];

describeIntentCorpus('intent misses of sets 107-109', corpus);
