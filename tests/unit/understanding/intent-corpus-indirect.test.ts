import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Answers said indirectly (sixth evaluation): declines without a refusal verb, a wish to speak
 * in other words, the party named in other ways, and doubt that is about a part of the event
 * or about who comes. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Nobody of the organisation can come; a reason that is a clash at that very time.
  ['Din păcate, la aceeași oră avem programată o inspecție și nimeni din departament nu se poate deplasa.', 'no'],
  ['La aceeași oră avem ședința de consiliu.', 'no'],
  ['Nimeni de la noi nu va putea participa.', 'no'],
  ['Din păcate nu ne putem deplasa la Timișoara.', 'no'],
  ['Unfortunately none of us from Matera will be able to travel to Timisoara on the 20th.', 'no'],
  ['Nobody from our office can attend, we are in the middle of the audit.', 'no'],
  ['Neither of us can come.', 'no'],
  ["Thanks, but we won't be able.", 'no'],
  ["We are in the middle of closing the annual reports. We wish you a fruitful session!", 'no'],
  ['Am încercat să îmi reorganizez agenda, însă luni dimineață am ședința de consiliu, care nu poate fi mutată. Sper să ne vedem la următoarea sesiune.', 'no'],
  ['Avem un control programat atunci și nu îl putem amâna.', 'no'],
  // Regret tied to another occasion declines this one; a past absence before "next one" does not.
  ["Unfortunately, we'll join the next one.", 'no'],
  ['Din păcate, poate data viitoare.', 'no'],
  ['Unfortunately I missed the last one; see you at the next one!', 'unknown'],
  ['Yes, I will attend the next session.', 'yes', 1],
  ['Am programat o întâlnire cu colegii pentru a pregăti comentariile.', 'unknown'],
  ['No one told me whether I can attend.', 'maybe'],
  // Doubt about staying to the end is about that part when the sender says yes elsewhere.
  ["I'm in! Only thing, I'm not sure I can stay until the end (13:30), I have a call at 13:00.", 'yes', 1],
  ['Particip. Nu știu sigur dacă pot rămâne până la final.', 'yes', 1],
  ['Nu sunt sigur că pot rămâne până la final.', 'maybe'],
  ["I'm not sure I can stay until the end.", 'maybe'],
  // Someone sent in one's place, the name to follow: for a person, not a hedge.
  ['Nu pot ajunge personal luni, dar o să trimit pe cineva din echipă. Revin cu numele azi-mâine.', 'unknown'],
  ["I can't make it, I'll send a colleague and get back to you with the name.", 'unknown'],
  ['O să trimit pe cineva, dar încă nu știu sigur dacă pot. Revin.', 'maybe'],
  // The party: "X and I will both", "joined by", an intern, a list after "din partea …:".
  ['Thanks Lavinia! Jurgita and I will both be there, we land on Sunday evening. See you Monday!', 'yes', 2],
  ["We'll both be there.", 'yes', 2],
  ['I confirm my attendance. I will be joined by my colleague Giulia Santoro.', 'yes', 2],
  ['I confirm I will come, together with our intern, Alex Cozma.', 'yes', 2],
  ['Vin împreună cu o stagiară de la noi.', 'yes', 2],
  ['Confirmăm participarea din partea Fundației Triade:\n- Radu Șerban, coordonator programe\n- Cristina Țigănuș, manager proiecte', 'yes', 2],
  // Speaking, said in other words; a colleague who comes presents for the party.
  ['Vă confirm participarea mea și a colegului Gabriel Țurcanu. Gabriel va prezenta pe scurt punctul nostru de vedere.', 'yes', 2, true],
  ['Vin cu colegul meu, care va prezenta pe scurt propunerile noastre.', 'yes', 2, true],
  ['Particip. Andrei Munteanu va prezenta acțiunile, am înțeles.', 'yes', 1, null],
  ['Vin cu un coleg. Colegul meu nu va prezenta nimic.', 'yes', 2, null],
  ['Am câteva observații la plan. Le voi detalia și în cadrul întâlnirii. Ne vedem pe Zoom.', 'yes', 1, true],
  ['Confirm participarea. Intenționez să intervin cu câteva comentarii despre incubator.', 'yes', 1, true],
  ['Vă confirm participarea. Vă rog să-mi spuneți dacă trebuie să pregătesc o prezentare sau sunt suficiente comentariile verbale.', 'yes', 1, true],
  ['Particip. Veți pregăti o prezentare a planului?', 'yes', 1, null],
  ["I'll join the Zoom. If there is time, I would be happy to share a few words (5 minutes max) about our legacy programme.", 'yes', 1, true],
  ["I'll attend and will elaborate on these comments during the meeting.", 'yes', 1, true],
  ['Confirmed. Please let me know whether I should prepare a presentation or verbal comments are enough.', 'yes', 1, true],
  ['I will attend with my colleague Anna, who will present our pilot.', 'yes', 2, true],
];

describeIntentCorpus('intent corpus: indirect answers', corpus);
