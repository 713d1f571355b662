import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 101, 102 and 103 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Held at one's own school that day (h101_012); "nu pot lipsi de la atelier" says nothing of a no.
  ['Cu mare părere de rău vă anunț că în ziua de 20 ianuarie avem simularea examenului de bacalaureat și nu pot lipsi din liceu. Vă doresc mult succes și sper să ne vedem la o sesiune viitoare.', 'no'],
  ['Nu pot lipsi de la atelier.', 'unknown'],
  ['Nu pot lipsi din liceu, dar vin după ore.', 'yes'],
  // "as I am in …" is the reason, not a part refused (h101_021); a part refused stays open.
  ['I am afraid I cannot attend on Monday 20th as I am in Stuttgart for the whole week. My colleague Mr. Werner Schmidt may come instead - he will write to you directly if so.', 'no'],
  ['I cannot attend for the whole day as I have a class.', 'unknown'],
  // Doubting the topic's fit is no doubt about coming (h101_023); doubting the coming still is.
  ['What is this meeting about exactly? We are a manufacturing company, so I am not sure this is relevant for us.', 'unknown'],
  ["I'll attend, though I am not sure this is relevant for us.", 'yes'],
  ['I am not sure I can come.', 'maybe'],
  ['Nu sunt sigur dacă tema e relevantă pentru noi.', 'unknown'],
  ['Nu sunt sigur dacă vin.', 'maybe'],
  // A chat over coffee hoped for beside a yes (h101_031).
  ['Am și câteva idei despre ateliere, poate găsim un moment să vorbim la o cafea. Așa că da, ne vedem pe 20, vin cu plăcere.', 'yes'],
  ['Poate vin, poate găsim un moment să vorbim.', 'maybe'],
  // Another registration step asked after the wish presumes coming (h101_035); a question about places does not.
  ["Thank you very much for the invitation. I'd be glad to come on 20 January. Should we register anywhere else as well?", 'yes'],
  ["I'd be glad to come. Is it online?", 'unknown'],
  ['Aș dori să particip. Trebuie să mă înscriu și altundeva?', 'yes'],
  ['Aș dori să particip. Mai sunt locuri?', 'unknown'],
  // The day after "în" (h101_046), later workshops hoped for (h101_067), a leave taken back (h101_085).
  ['Nu pot in 17, am inventar la firma. Poate data viitoare.', 'no'],
  ['Nu pot in 17 decât după-amiază.', 'unknown'],
  ['Salut, nu pot miercuri, sunt la un client toată ziua. Sper să mai fie ateliere!', 'no'],
  ['Revin - mi s-a suprapus cu un pitch la investitori exact la 11, nu mai pot intra. Scuze!', 'no'],
  // A hope given up before the no (h102_012).
  ["I was really hoping to attend and even present our project, but I've just been told I need to be in Brussels that week. So it's a no from me this time, unfortunately.", 'no'],
  ['I was really hoping to attend.', 'unknown'],
  // Doubt about the optional walk, told on the spot (h102_028); doubt about coming stays a doubt.
  ['Bună ziua, confirm participarea mea. Pentru tur nu sunt sigură încă, vă anunț la fața locului.', 'yes'],
  ['Poate vin. Pentru tur nu sunt sigur.', 'maybe'],
  ['Nu sunt sigur că vin, vă anunț la fața locului.', 'maybe'],
  ["I'll attend. Not sure about the walk yet.", 'yes'],
  ['Not sure about the walk yet.', 'unknown'],
  // A form's line about the walk answers the walk (h102_038).
  ['Bună ziua,\n\nParticipăm.\nNumăr de persoane: 2\nTur: nu\nPrezentare: nu', 'yes'],
  ['Tur: nu', 'unknown'],
  ['Participare: nu\nTur: da', 'no'],
  // A yes drawn as a conclusion (h103_007).
  ['Eu îți confirmasem deja pe 6 ianuarie, cred că mailul meu s-a pierdut pe drum :) Deci da, sunt prezent miercuri.', 'yes'],
  ['Deci da, nu pot veni.', 'unknown'],
  // "Nici eu, nici colegii … nu putem" (h103_044): the "we" holds the sender; colleagues alone do not.
  ['Nici eu, nici colegii din departament nu putem participa miercuri. Dacă există o înregistrare, ne-ar fi de folos.', 'no'],
  ['Colegii din departament nu pot participa miercuri.', 'unknown'],
  ['Eu vin, dar nici colegii nu pot participa.', 'yes'],
  // Too late anyway (h103_045).
  ['Abia acum am văzut mesajul. Oricum nu aș fi putut, lucrez în tură miercuri. Vă mulțumesc și scuze.', 'no'],
  // A check aside (h103_054); a real condition stays one.
  ["Sure, I'll be there. 11:00 your time is also 11:00 in Kaunas, right? Same time zone, if I'm not mistaken.", 'yes'],
  ["I'll be there if I'm not busy.", 'maybe'],
  // "please consider me attending" (h103_064).
  ['I had a look at the draft action plan. Action 2 might benefit from a cross-border component - happy to discuss. Timing-wise the 17th works fine for me, so please consider me attending.', 'yes'],
  ["Please don't consider me attending.", 'no'],
  ['Please consider me attending if the date holds.', 'maybe'],
  // Joining late by an amount is a note of the yes (h103_070).
  ['Confirming - though I might join 15 minutes late because of another call that ends at 11:10.', 'yes'],
  ['I might join 15 minutes late.', 'unknown'],
  ['Confirming receipt.', 'unknown'],
];

describeIntentCorpus('intent misses of sets 101-103', corpus);
