import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Who and what an answer is about (fourth and fifth evaluations): a condition or another
 * occasion in front of the answer, other people's attendance, the organisation answering
 * for itself, and the details around them. Same format as intent-corpus.test.ts:
 * [text, intent, headcount?, speaker?]; details are read as the pipeline reads them (a
 * reply for someone else does not count the sender).
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A polite wish answered by its own "but": a reason or "next time" declines; anything else that
  // does not say "I come" is no yes either.
  ["I'd love to come, but I'm lecturing that afternoon.", 'no'],
  ["I'd love to come, but I'm teaching that morning. Next time!", 'no'],
  ["I'd really like to join, but I'm on sick leave until February.", 'no'],
  ['Aș participa cu drag, dar coincide cu o ședință de consiliu.', 'no'],
  ['Aș veni cu plăcere, însă am altă obligație atunci.', 'no'],
  ["I'd like to attend, but I'll have to leave early.", 'unknown'],
  ['Aș veni, dar îmi este greu să ajung dimineața.', 'unknown'],
  ["I'd love to come, and I'll bring a colleague.", 'yes', 2],
  // A wish for later sessions after a decline is about those sessions.
  ['Mă scuzați, am altă obligație la aceeași oră. Dacă veți mai organiza astfel de sesiuni, aș fi bucuroasă să particip.', 'no'],
  ["Sorry, I have another commitment. If you organise similar events in the future, I'd be happy to join.", 'no'],
  ['Nu vom putea fi prezenți. Sperăm să participăm la edițiile viitoare.', 'no'],
  ['Din păcate, nu vom putea fi alături de dumneavoastră de această dată. Sperăm să putem participa la sesiunile viitoare.', 'no'],
  // A condition in front of its answer, in a clause of its own, hedges it…
  ['Dacă se face și online, particip. Fizic nu cred că pot ajunge.', 'maybe'],
  ['Dacă se poate online, particip.', 'maybe'],
  ["If there's a hybrid option, I'll gladly join remotely; otherwise I won't be able to attend in person.", 'maybe'],
  ['If the session is online, I will attend.', 'maybe'],
  ['In case it runs online, count me in.', 'maybe'],
  ['As long as it finishes by 1pm, I will be there.', 'maybe'],
  ['Aș vrea să vin, dar încă nu am aprobarea de la șefi. Dacă o primesc, vin împreună cu un coleg.', 'maybe'],
  // …unless it is politeness, an exception clause, or comes after the answer.
  ['Dacă aveți nevoie, vin mai devreme să ajut.', 'yes'],
  ['If possible, I will bring a colleague.', 'yes', 2],
  ['Unless something urgent comes up, I will be there.', 'yes'],
  ['Pot sta doar prima oră. Dacă nu e o problemă, intru de la 11.', 'yes'],
  ['Particip, dacă ne puteți asigura parcare.', 'yes'],
  // A double negative cancels itself.
  ['Nu văd de ce nu aș participa. Confirm.', 'yes'],
  // Other people who will or will not come are nobody's answer here; a mail to a colleague answers nothing.
  ["Will the session be recorded? I'd like to share it with our members who can't attend live.", 'unknown'],
  ['Could you send the slides to colleagues who cannot attend?', 'unknown'],
  ['Voi participa online, nu fizic – sesiunea va fi transmisă și pe Zoom pentru cei care nu pot ajunge la Primărie.', 'yes'],
  ['Particip. Vă rog să trimiteți materialele și celor care nu pot ajunge.', 'yes'],
  ['Andreea,\n\nTe rog să vezi dacă poți participa tu la această întâlnire, eu sunt în concediu. Dacă da, anunț-o direct pe doamna Simion.', 'unknown'],
  ['Mihai, te rog să participi tu la întâlnire, eu sunt plecată.', 'unknown'],
  ['Forwarding this to you, Dan – I am away that week.', 'unknown'],
  // Formal acceptances, and the organisation saying who represents it.
  ['Subsemnatul Ion Pop, în calitate de director, vă comunic participarea mea la atelier.', 'yes', 1],
  ['Vă comunicăm participarea noastră la atelier.', 'yes'],
  ['Instituția noastră va fi reprezentată de dl. Ionuț Bălan, consilier, și dna Mirela Stoica, referent.', 'yes', 2],
  ['Our city will be represented by Mr. Tom Reed and Ms. Ann Lee.', 'yes', 2],
  ['We are happy to confirm the participation of two representatives: Ivana Marić and Nikola Babić. I will unfortunately not be able to join myself.', 'yes', 2],
  ['I confirm the participation of our organisation with 2 people (myself and Ana Ilie, project officer).', 'yes', 2],
  ['Din partea noastră participă colegii Sorin Tudor și Emilia Rus de la departamentul de programe.', 'yes', 2],
  ['Vă rog să ne treceți pe listă: Ion Pop și Ana Vlad.', 'yes', 2],
  ['Vă rog să ne înscrieți pe următoarele persoane:\n1. Andrei Popescu – director\n2. Maria Ilie – manager\n3. Teodora Sârbu – comunicare\n4. Mihai Lazăr – voluntari', 'yes', 4],
  // Someone named comes in the sender's place: the organisation's yes for them alone, even
  // after the sender's own refusal; unnamed, or only "delegated", it stays for a person.
  ['Vă anunț că în locul meu va participa colegul Bogdan Lazăr, eu fiind în concediu medical.', 'yes', 1],
  ['I am abroad that week; our colleague Ana will join on Zoom.', 'yes', 1],
  ["I'm afraid I will be in Vilnius that day, but our colleague Rūta Petrauskienė will join on Zoom and will shortly present our programme.", 'yes', 1, true],
  ["Sorry I can't come, but my colleague Ana Pop will attend in my place.", 'yes', 1],
  ['Nu pot veni; colegul meu Dan Moga va participa în locul meu.', 'yes', 1],
  ['Eu nu pot participa, dar va veni în locul meu colega mea, Raluca Ene (în copie).', 'yes', 1],
  ['Din partea Fundației Comunitare Timișoara vor participa colegele Ana Vlad și Irina Pârvu. Eu, din păcate, nu pot.', 'yes', 2],
  ['Eu nu pot participa, dar va veni un coleg.', 'unknown'],
  ["Unfortunately I can't attend, but I'll send someone.", 'unknown'],
  // A definite relation is someone known (h588_070).
  ['Colegul meu va participa în locul meu.', 'yes'],
  ['I have delegated this to my colleague Ana Pop.', 'unknown'],
  // Politeness and hedges about something else do not hedge the answer.
  ['Accept cu plăcere invitația. Voi participa însă doar în calitate de observator – de data aceasta nu am pregătit comentarii.', 'yes', 1, false],
  ['Vin doar la prima parte, până pe la 12. Sper să nu fie o problemă.', 'yes'],
  ['Particip. Ca să aveți context: suntem un start-up cu 12 angajați și derulăm 3 proiecte, poate e relevant pentru discuție.', 'yes', 1],
  ['Vin. Poate ar fi util să discutăm și despre bugetul pentru anul viitor, având în vedere restricțiile.', 'yes'],
  ['Vin, poate.', 'maybe'],
  // Declines the tables missed; asking for the recording presumes the absence.
  ["I'm on annual leave until the 25th so I'll have to skip this one.", 'no'],
  ["I'm afraid the date clashes with our board meeting. Could you share the recording afterwards?", 'no'],
  ['Din păcate coincide cu o deplasare. Ne puteți trimite materialele după eveniment?', 'no'],
  ['The date clashes with our board meeting. Can I join online instead?', 'unknown'],
  // Headcount: companions named or brought along; numbers that are not people.
  ['Sigur că da, ne vedem luni! O aduc și pe Ioana de la noi.', 'yes', 2],
  ['Vin și îl aduc și pe Mihai.', 'yes', 2],
  ["Thank you, we'd be glad to take part. Our director, Mrs. Elena Preda, will attend along with me.", 'yes', 2],
  ['Yes please, register me and my two colleagues, Laura Ionescu and Peter Kovacs.', 'yes', 3],
  ['Please register me and my three colleagues.', 'yes', 4],
  ['Subsemnata Elena Cîrstea confirm participarea asociației prin subsemnata și prin dl. vicepreședinte Paul Niță.', 'yes', 2],
  ['Confirmăm participarea a două persoane: subsemnatul, Florin Tănase, șef serviciu, și doamna Carmen Luca, expert.', 'yes', 2],
  ['Particip. Avem 30 de angajați și 120 de membri.', 'yes', 1],
  // Speaker: a wish to present, asked as time; listening only; a language is no speaking slot.
  ['Yes, I will attend. I would also like to present briefly (5 min) the Leeuwarden experience.', 'yes', 1, true],
  ['Definitely attending. Could I also have 5 minutes during the stakeholder comments to present the results of our survey of 120 local SMEs?', 'yes', 1, true],
  ['I would appreciate a few minutes on Wednesday to present these points. So yes, I will be there.', 'yes', 1, true],
  ['Voi fi prezent și aș dori să detaliez aceste propuneri în intervalul de 5 minute alocat.', 'yes', 1, true],
  ['Particip. Pot să am și eu 5 minute pentru a prezenta proiectul?', 'yes', 1, true],
  ['Particip. Pot să iau cuvântul?', 'yes', 1, null],
  ["Happy to join. I'll mostly be listening this time – nothing to present from our side.", 'yes', 1, false],
  ["I'll join online. Just to be clear, I'd rather not speak - I'm there to listen and learn.", 'yes', 1, false],
  ["I will participate with pleasure if the meeting will be in English or with translation, because I don't speak Romanian.", 'maybe', undefined, null],
  ['Particip, dar nu vorbesc limba română.', 'yes', 1, null],
];

describeIntentCorpus('intent corpus: scope of an answer', corpus);
