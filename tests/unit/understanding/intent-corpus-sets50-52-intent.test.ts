import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 50–52, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Colleagues announced beside the sender's own refusal: the organisation's yes, or unknown — never a no.
  ['Vă trimit numele colegilor care se vor conecta: Vlad Ene (vlad.ene@centrulmultimedia.ro) și Simina Duță (simina.duta@centrulmultimedia.ro). Eu sunt în concediu medical și nu voi putea participa.', 'yes'],
  ["Thank you. We would like to register the following participants from the International Relations Office:\n\nName | Position\nDr. Ana Vlaicu | Vice-rector\nMs. Laura Suciu | Project officer\n\nI won't be attending myself.", 'yes'],
  ['Ma bucur de invitatie! Din partea echipei de programe vin Oana, Cristi si Larisa. Eu sunt in concediu in perioada aia, din pacate :(', 'unknown'],
  ['Colegul meu Sebastian ar fi interesat, dar e în deplasare până pe 17 dimineața. Dacă se întoarce la timp, se conectează el. Eu nu pot în ziua respectivă.', 'maybe'],
  ['Din păcate nu pot participa. Colegul meu nu e nici el disponibil.', 'no'],
  ["Unfortunately I can't attend. I'll forward this to my colleague.", 'no'],
  ["I'm stuck in traffic. Will be there by 10.", 'yes'],
  // A negator swallowed by a phrase's gap ("colegul meu ... va participa").
  ['Colegul meu Sebastian nu va participa.', 'unknown'],
  // A negator in the gap's own clause negates something else: the colleague still comes.
  ['I will attend and my colleague who never misses these will attend too.', 'yes', 2],
  ['Din partea echipei de programe nu vine nimeni.', 'unknown'],
  ['Colegul meu nu poate, dar vin eu.', 'yes'],
  // "Neither me nor…" with an aside; "nici eu și nici colegii".
  ['Unfortunately neither me nor my wife (we run the guesthouse together) can join on Sunday, we have guests.', 'no'],
  ['Din păcate, nici eu și nici colegii mei nu vom putea participa, fiind prinși cu organizarea.', 'no'],
  ['Nici eu și nici colegii mei nu avem întrebări. Participăm cu drag.', 'yes'],
  ['Neither me nor my colleagues have questions, we will attend.', 'yes'],
  // Counts that answer.
  ['Suntem 4 de la noi. Trimit numele mâine dimineață', 'yes'],
  ['Suntem 4 de la noi interesați, dar din păcate nu putem veni.', 'no'],
  ['Revin cu o modificare: vom fi doar două persoane, colegul Alexandru nu mai poate veni.', 'yes'],
  ['Participanți din partea Politehnicii:\n\n1 Prof. Adrian Lungu\n2 Ing. Bogdan Sârbu\n\nȘi eu, evident :)', 'yes'],
  ['Din partea AIESEC Timișoara ar dori să participe patru membri ai echipei:\n- Mirela Dan\n- Alex Roman', 'yes'],
  // "One of us, not sure who": someone comes.
  ['Va participa o persoană din partea noastră, încă nu știu exact cine — fie eu, fie colegul Marius Tănase, în funcție de cum ne iese programul. Vă scriu numele până vineri.', 'yes'],
  ["One of us will attend, not sure who yet - either me or Paolo. I'll let you know the name next week.", 'yes'],
  ["Not sure who will attend yet, I'll let you know.", 'maybe'],
  ['Nu știu încă cine va veni, poate nimeni.', 'maybe'],
  ['Venim, nu știm câți, în funcție de program.', 'yes'],
  ['Venim, nu știm câți, dar poate nu mai venim deloc.', 'maybe'],
  ['Vin, dar nu știu sigur, depinde de program.', 'maybe'],
  // A secretariat writing for the head, in one clause.
  ['Vă informăm că domnul director va participa la atelier.', 'yes'],
  ['Vă informăm că domnul director nu va participa la atelier.', 'no'],
  // After the deadline; a suggestion to the organiser is no doubt.
  ['Nu mai e cazul, am aflat prea târziu și mi-am făcut alt program pentru luni. Poate data viitoare.', 'no'],
  ['Nu mai e cazul să îmi trimiteți documentul, vin luni.', 'yes'],
  ['Din păcate, pe 17 sunt la un târg în Viena și nu voi putea participa la discuție. Vi le trimit separat până luni, poate le puteți prezenta dumneavoastră.', 'no'],
  ['Nu pot fi online pe 17, din păcate.', 'no'],
  // Doubt about a part of the session beside a yes; a decision waiting on the organiser's answer.
  ['Vă anunț că mă voi conecta, dar probabil doar în prima oră, la 12 am o altă ședință.', 'yes'],
  ['Probabil vin doar în prima oră.', 'maybe'],
  ["Could you tell me whether the meeting will be held in Romanian only? Depending on that I'll decide whether it makes sense for me to join.", 'unknown'],
  ['Depending on my schedule, I might come.', 'maybe'],
];

describeIntentCorpus('intent corpus: sets 50–52', corpus);
