import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-fourth session's held-out sets (446 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // The party's doubt is about its size, the yes stands (h102_047, a known miss since set 102).
  ['Bună ziua, vă confirmăm participarea noastră. Vom fi maxim 3 persoane (probabil 2), vă dau numărul exact joi.', 'yes', 3],
];

describeIntentCorpus('older misses mended in the twenty-fourth session', olderMisses);

const corpus446: IntentCase[] = [
  // Bare answers to something else (set 447, confident errors): the speakers' list, the parking, the mailing list.
  ['Salut,\n\nNu, mersi, nu vreau să fiu pe lista de vorbitori. Doar intru să aud ce se discută.\n\nVlad', 'yes', 1, false],
  ['Nu, nu am nevoie, vin cu tramvaiul. Ne vedem luni la 10. Radu', 'yes', 1],
  ['Yes please — could you add my colleague Lukas to the mailing list? lukas.v@kaunas2022.eu', 'unknown'],
  ['Da, puteți să-l adăugați pe colegul meu pe lista de e-mail? Mulțumesc.', 'unknown'],
  ['Yes please, count me in.', 'yes', 1],
  // A reason, then "deci nu vă pot confirma prezența" with no "încă": the reason answers (h447_032); with "încă" it stays a hedge.
  ['Buna seara doamna Simion,\n\nSunt in concediu medical pana pe 25, deci nu va pot confirma prezenta. Sper la o sesiune viitoare.\n\nValentina', 'no'],
  ['Nu am acces la agenda domnului primar, așa că nu vă pot confirma încă. Revin până vineri.', 'maybe'],
  // A confirmation cancelled (h447_073).
  ['Bună ziua,\n\nVă rog să anulați confirmarea mea de săptămâna trecută, a apărut o deplasare neprevăzută la Viena. Îmi pare rău,\nRăzvan', 'no'],
  ['Unfortunately I must cancel my confirmation, something came up.', 'no'],
  // Attending said in other words.
  ['Dear Ms Simion, Thank you. I will not speak this time, but I will be following the discussion on Zoom.', 'yes', 1, false],
  ['Dragă Lavinia, fiindcă atelierul e online, îmi voi face loc. Dacă timpul permite, aș vrea să spun câteva vorbe despre editurile mici.', 'yes', 1, true],
  ['Hi Lavinia, One more thing – my colleague Anke Bouma would also like to join (listening only). Could you please forward the Zoom link to her? Thanks, Sjoerd', 'yes', 2],
  ['Count me in. Maybe my colleague Ivana will also join, I\'ll confirm tomorrow.', 'yes', 1],
  // A "but" after a refusal of the talk turns on the talk, not on the wish (h446_006).
  ["I would be glad to join the Zoom meeting on the 17th as an observer from Kaunas 2022 – I will not take the floor, since the discussion will be mostly in Romanian, but it's very useful for us to follow how you structure the action plan.", 'yes', 1, false],
  ['I would love to join, but I have a board meeting that morning.', 'no'],
  // The count's doubt, not the coming (h446_063).
  ['Salut Lavinia, Venim, probabil 2 oameni, dar îți confirm numărul exact până miercuri. Paul', 'yes', 2],
  // Party and speaking: an artist along (h448_047), students who present (h446_049), the five minutes, remarks, slides.
  ['Bună ziua, Ne vedem luni! Vin cu artistul Matei Zaharia. Nu pregătim prezentare. Adina', 'yes', 2, false],
  ['Bună ziua, Confirm participarea la atelier. Voi veni însoțită de doi studenți masteranzi de la Design, Ana Mureșan și Dragoș Ilin, care lucrează la un proiect de branding cultural și ar vrea să-l prezinte pe scurt.', 'yes', 3, true],
  ['Bună ziua, Participăm 2 persoane din partea Bega Tech: eu și Larisa Onu. Vreau să ocup cele 5 minute cu propunerea noastră de incubator creativ.', 'yes', 2, true],
  ['Bună Lavinia, Confirm participarea mea. Voi avea și eu câteva comentarii scurte, în special despre calendarul de pilotare.', 'yes', 1, true],
  ['Bună ziua, Voi fi prezent și aș vrea să arăt 3 slide-uri despre incubatorul nostru. Există ecran pentru proiecție?', 'yes', 1, true],
  // Must keep: coming only to listen.
  ['Nu stiu inca daca voi vorbi, dar sigur ma conectez sa ascult.', 'yes', 1, false],
  ['Confirm prezența la Forum, fizic. Nu vreau slot, doar vin să ascult și să cunosc lume.', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 446–448', corpus446);
