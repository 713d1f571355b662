import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 18, 19 and 20 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // "Nu văd de ce nu" as the whole answer; the double negative inside a longer clause stays neutral.
  ['Nu văd de ce nu :) Trec pe la voi marți dimineață.', 'yes', 1],
  ['Nu văd de ce nu aș participa.', 'yes', 1],
  ['Nu văd de ce nu ați trimite agenda mai devreme.', 'unknown'],
  // A phone note: "Ok vin".
  ['Ok vin. Sal.', 'yes', 1],
  ['Ok, vin dacă termin raportul.', 'maybe'],
  ['Ok nu vin.', 'no'],
  // "Vă confirm că vin": the frame does not swallow the answer.
  ['Inițial credeam că marți am târgul, dar s-a amânat, așa că pot să vă confirm că vin.', 'yes', 1],
  ['Vă confirm că nu vin, din păcate.', 'no'],
  // Honouring the invitation.
  ['Părintele director va fi plecat în pelerinaj, astfel încât nu vom putea onora invitația dumneavoastră de această dată.', 'no'],
  ['Doamna director nu poate onora invitația, fiind plecată din țară.', 'no'],
  ['Vom onora invitația cu plăcere.', 'yes', 1],
  // The organisation sends nobody.
  ['Din păcate, niciun reprezentant al instituției noastre nu va putea fi prezent marți.', 'no'],
  ['Din cauza unor angajamente asumate anterior, reprezentanții CCIA Arad nu vor putea fi prezenți la eveniment.', 'no'],
  ['Avem repetițiile generale, astfel încât nimeni din echipa noastră nu se poate elibera.', 'no'],
  ['Colegii mei nu se pot elibera, dar eu vin.', 'yes', 1],
  // Represented, with a long occasion between.
  ['Vă comunicăm că instituția va fi reprezentată la Atelierul Local de Învățare din data de 12.03.2020 de către domnul subprefect Dan Crăciun.', 'yes'],
  ['Instituția nu va fi reprezentată la atelier.', 'no'],
  ['Nu știm încă dacă vom fi reprezentați.', 'maybe'],
  // Doubt about how many, in the yes's own sentence.
  ['Venim, dar nu știm exact câți, probabil 2 sau 3 persoane. Vă anunț până vineri cu numele.', 'yes'],
  ['Probabil venim 2 sau 3 persoane.', 'maybe'],
  ['Nu știm exact dacă venim.', 'maybe'],
  // Coming hangs on finding a replacement.
  ['Aș vrea să vin dar am ore până la 11. Dacă găsesc pe cineva să mă suplinească vin pe la 11.30.', 'maybe'],
  ['Dacă găsesc ceva interesant în agendă, vă scriu.', 'unknown'],
  // A topic offered for the meeting is no doubt about coming.
  ['Poate se poate discuta și despre asta. Ca să nu uit: voi fi prezent, dar singur.', 'yes', 1],
  ['Poate vin.', 'maybe'],
  // A named stand-in beside the organisation's yes.
  ['Confirmăm participarea. Din partea liceului va veni doamna prof. Simona Toma, în locul meu.', 'yes'],
  ['Confirmăm participarea. Va veni un coleg în locul meu.', 'unknown'],
  // English: taking part, online, "count me".
  ["I'll take part, thank you.", 'yes', 1],
  ["I won't be able to take part, sorry.", 'no'],
  ['Unfortunately I am unable to take part.', 'no'],
  ['I will be online. I will show the results of our mentoring, max 5 minutes.', 'yes', 1],
  ["I won't be online that day.", 'no'],
  ['Thanks for invitation, I will be with you in Zoom, maybe only for first part.', 'yes', 1],
  ['I will be with you in Zoom, maybe.', 'maybe'],
  ['If I come physically, is there some possibility for reimbursement? If not, I will follow online, that is also fine for me. In both cases please count me.', 'yes', 1],
  ['If I get the approval I will come, otherwise I will follow online.', 'maybe'],
  ["Please don't count me, I'm away.", 'no'],
  ['Nu știu dacă pot veni fizic. Oricum, mă conectez online.', 'yes', 1],
  ['Nu știu dacă pot veni. Oricum, vă trimit materialele.', 'maybe'],
  // Non-native refusals.
  ['Unfortunately I have not the possibility to partecipate in that days, because we are at the fair in Bari.', 'no'],
  ['Sorry, that week I am on holiday, so for me it is not possible to join.', 'no'],
  ['If it is not possible to join online, I will come in person.', 'maybe'],
  // A colleague who may take over speaks for himself.
  ['Sorry, for me it is not possible to join. I put my colleague Sjoerd in cc, maybe he can take over, he will let you know himself.', 'no'],
  ['Maybe I can join.', 'maybe'],
  // Meeting again in another month is another occasion.
  ["Sadly none of us can travel to Timișoara next week, so we'll have to skip this one. Looking forward to seeing you all in Kaunas in April!", 'no'],
  ['Looking forward to seeing you on Tuesday!', 'yes', 1],
  // A doubt about the Zoom link.
  ['Can you please send me again the Zoom link? It says the meeting ID is invalid. Maybe is a problem from my side.', 'unknown'],
  ['Maybe I will join, maybe not.', 'maybe'],
];

describeIntentCorpus('intent corpus: sets 18-20', corpus);
