import { describe, expect, it } from 'vitest';
import { trimReply } from '../../../shared/understanding/trim';
import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 31 and 32 (intent, headcount, speaker), each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Leaving early is a note, not a doubt.
  ['Confirmed, 1 person (me). I might need to leave around 11:30 for another call.', 'yes', 1],
  ['I might need to leave early, so I am not sure I can come.', 'maybe'],
  ['I might come.', 'maybe'],
  // Forwarded to the team, names to come: the team answers.
  ["I'll forward this to our events team and get back to you with names.", 'unknown'],
  ['Thanks Lavinia. I’ve forwarded this to our cluster members and will revert with names.', 'unknown'],
  ["I'll forward this to our team. I will attend myself.", 'yes'],
  ['I will get back to you.', 'maybe'],
  // A "though" before an emoji, or leading to another occasion, does not undo the reason.
  ['Sadly it clashes with a pitch day in Bucharest 😞 Would love to be involved next time though 🙏', 'no'],
  ['Sadly it clashes with a pitch day, but I can come after 12.', 'yes'],
  ['Sadly it clashes with a pitch day, but I will try 🙏', 'maybe'],
  // An intensified regret, and a tour elsewhere.
  ['Dragă Lavinia, îmi pare tare rău, dar pe 10 sunt în turneu la Iași. Îți țin pumnii!', 'no'],
  ['Sunt în turneu săptămâna asta, dar pe 10 vin.', 'yes'],
  ['Îmi pare tare rău că am răspuns așa târziu. Vin.', 'yes'],
  // The organiser's link is no condition on coming online.
  ['Fizic nu am cum să ajung, sunt la Arad toată ziua. Dacă primesc link-ul de Zoom, intru online din tren.', 'yes'],
  ['Dacă primesc aprobarea, vin.', 'maybe'],
  ['Dacă primesc link-ul de Zoom, poate intru.', 'maybe'],
  // Headcount: a delegation of students and their teacher.
  ['Vom participa cu o delegație de 5 studenți și un cadru didactic (eu).', 'yes', 6],
  ['Vom participa. Am avut o delegație de 5 studenți anul trecut?', 'yes', 1],
  // Headcount: the sender and a first name alone.
  ['Sigur că venim! Eu și Tudor, de la Cafeneaua Culturală.', 'yes', 2],
  ['Sure, count us in – eu și Mihai de la festival.', 'yes', 2],
  ['Sigur că venim! Eu și Primăria, de mult timp colaborăm.', 'yes', 1],
  ['Vin. Eu și Tudor am mai vorbit despre asta.', 'yes', 1],
  // Headcount: "so will my wife".
  ['No problem at all — I’ll be there, and so will my wife Carmen.', 'yes', 2],
  ['I’ll be there. So will my slides, if you need them.', 'yes', 1],
  // Speaker: the sender's side giving its intervention.
  ['Buna ziua, confirm prezenta noastra: 2 persoane (eu si colega Bianca). Vom sustine o scurta interventie de 5 min despre Atelierele de meserii.', 'yes', 2, true],
  ['Confirm prezența. Nu vom susține o intervenție.', 'yes', 1, false],
  // Speaker: the 5-minute slot named.
  ['Hello Lavinia! Sure, count us in – eu și Mihai de la festival. Ne-ar plăcea să avem un slot de 5 min pentru un update despre ediția 2022.', 'yes', 2, true],
  ['Vin. Ne-ar plăcea să avem un slot de parcare.', 'yes', 1, null],
  // Speaker: declining in the progressive.
  ['I am pleased to confirm my participation, though please note I will not be taking the floor.', 'yes', 1, false],
  ["Just to confirm that I'll be joining in person, together with two colleagues. None of us will be presenting.", 'yes', 3, false],
  // Speaker: the speaking time accepted or taken.
  ["yes, I'll attend online, and I'd like to briefly comment on Action 1 (creative vouchers) - 5 minutes is perfect.", 'yes', 1, true],
  ["We're in. Three people from our side (me, Luka and Ana). I'll do the 5 minutes on our side.", 'yes', 3, true],
  ['I will attend. A 10 minutes walk from the station is fine.', 'yes', 1, null],
  ["I will attend. I'll do the dishes after, ha.", 'yes', 1, null],
  // Speaker: the conditional declining.
  ['Pot participa și eu ca observator? Nu aș interveni în discuție.', 'unknown', undefined, false],
  ['Vin. Aș interveni și eu, dacă e timp.', 'yes', 1, null],
  // A learner's present for the future, as a whole clause.
  ['ok for me, I come. Z.', 'yes', 1],
  ['I come from Belgrade, see you.', 'unknown'],
  ['When I come, I will bring slides.', 'unknown'],
  ['I come?', 'unknown'],
  // Doubt about a colleague's speaking is no doubt about coming.
  ['Din partea Departamentului de Arte Vizuale vom participa 3 persoane: conf. dr. Mihai Olaru, lect. dr. Diana Frățilă și eu. Probabil dl. Olaru va dori să intervină, vă confirm până luni.', 'yes', 3, null],
  ['Vom participa 3 persoane: conf. dr. Mihai Olaru, lect. dr. Diana Frățilă și eu. Dl. Olaru va dori să intervină.', 'yes', 3, true],
  ['Probabil dl. Olaru va dori să intervină. Nu știu încă dacă venim.', 'maybe'],
  ['Probabil vom participa, dl. Olaru va dori să intervină.', 'maybe'],
];

describeIntentCorpus('intent corpus, round 31', corpus);

describe('trim: a text part that is all quote', () => {
  const quoted = 'On Tuesday, March 1, 2022, 09:42:17 AM GMT+2, Lavinia Simion <lavinia.simion@primariatm.ro> wrote:\n\nINVITAȚIE\n\nVă rugăm să confirmați participarea.\n\nLavinia Simion\n\nok for me, I come. Z.\n';
  it('yields to the HTML part with the reply on top (Yahoo)', () => {
    const html = '<div>ok for me, I come. Z.</div><div class="yahoo_quoted"><div>On Tuesday, March 1, 2022, Lavinia Simion &lt;l@p.ro&gt; wrote:</div><p>INVITAȚIE</p></div>';
    expect(trimReply({ text: quoted, html }).text.trim()).toBe('ok for me, I come. Z.');
  });
  it('stays empty without an HTML part, and keeps a text part that has words', () => {
    expect(trimReply({ text: quoted, html: null }).text.trim()).toBe('');
    expect(trimReply({ text: 'Vin.\n\nOn Tuesday, Lavinia wrote:\n> INVITAȚIE', html: '<div>Nu vin.</div>' }).text.trim()).toBe('Vin.');
  });
});
