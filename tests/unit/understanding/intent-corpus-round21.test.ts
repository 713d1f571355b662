import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';
import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 21 and 22 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A hope about having understood, not about coming.
  ['Thank you for the invitation (I had to use Google Translate, so I hope I got the details right :) ). I will join online from Kaunas - please send me the Zoom link.', 'yes'],
  ['Thank you for the invitation, I hope I got the details right.', 'unknown'],
  ['I hope I can join.', 'maybe'],
  ['Sper că am înțeles bine data. Vin cu drag.', 'yes'],
  ['Sper că am înțeles bine data.', 'unknown'],
  // "Vă anunț cu plăcere că …": an announcement, its content is the answer.
  ['Vă anunț cu plăcere că voi fi prezentă și joi, fizic, la Sala de Consiliu.', 'yes'],
  ['Vă anunț cu plăcere că nu voi putea participa.', 'no'],
  ['Vă anunț până vineri.', 'maybe'],
  // Doubt about the reader's memory; a hedge on the mode beside a yes.
  ['Nu știu dacă vă mai amintiți de mine, ne-am cunoscut la sesiunea din ianuarie. Confirm participarea, probabil online, dar particip sigur.', 'yes'],
  ['Nu știu dacă vă mai amintiți de mine. Nu știu dacă pot veni.', 'maybe'],
  ['Particip, probabil online.', 'yes'],
  ['Probabil particip online.', 'maybe'],
  // A range of people is doubt about the party.
  ['Confirmam participarea. Vom fi 2-3 persoane, va anunt exact pana vineri.', 'yes'],
  ['Vom fi 2-3 persoane, va anunt pana vineri.', 'maybe'],
  ['Confirm. Probabil vin pe 18.', 'maybe'],
  ['Venim sigur, probabil 2-3 oameni din partea asociației, depinde cine scapă de la cursuri.', 'yes'],
  ['Probabil venim 2-3 oameni.', 'maybe'],
  // "Count us as two".
  ['I would be delighted to attend in person. May I bring a colleague? If so, please count us as two.', 'yes'],
  ["Please don't count us as two, we can't make it.", 'no'],
  // Passing the invitation up to the one who decides.
  ['Am înregistrat invitația și am transmis-o doamnei director pentru rezoluție. Revenim cu răspuns privind participarea.', 'unknown'],
  ['Am transmis-o doamnei director; confirm participarea mea.', 'yes'],
  ['I have forwarded your invitation to the director, who will decide.', 'unknown'],
  // Held at one's own business.
  ['Ne pare rău, dar fiind singura persoană în recepție în acea zi, nu pot lipsi din pensiune. Poate data viitoare.', 'no'],
  ['Nu pot lipsi de la un asemenea eveniment!', 'unknown'],
  // The event's programme conditions a request, not the sender's coming.
  ['Pe scurt: da, voi fi prezent la întâlnire și voi expune aceste idei în intervenția de 5 minute, dacă programul permite.', 'yes'],
  ['Dacă programul permite, vin.', 'maybe'],
  ['Vin, dacă programul îmi permite.', 'maybe'],
  ['I will attend and present briefly, if time permits.', 'yes'],
  ['I will come if my schedule allows.', 'maybe'],
  ['If time permits, I will come.', 'maybe'],
  ['I will attend and would like to present briefly, if I can make it.', 'maybe'],
  // Keeping in touch later is no hope of coming.
  ['Regretfully, neither I nor my colleagues will be able to attend on 10 March. We hope to follow up at the transnational meeting in May.', 'no'],
  ['We hope to attend.', 'maybe'],
  // Attending through a colleague: the colleague goes.
  ['Particip cu colegul meu Ovidiu Mateescu.', 'yes'],
];

describeIntentCorpus('intent corpus: sets 21-22', corpus);

describe('calendar replies: sets 21-22', () => {
  const reply = (partstat: string, comment: string): string =>
    [
      'From: a@b.ro', 'Subject: Refuzat: Atelier', 'MIME-Version: 1.0', 'Content-Type: text/calendar; method=REPLY; charset=utf-8', '',
      'BEGIN:VCALENDAR', 'METHOD:REPLY', 'VERSION:2.0', 'BEGIN:VEVENT', `ATTENDEE;PARTSTAT=${partstat}:mailto:a@b.ro`, `COMMENT:${comment}`, 'UID:1', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');

  // Declined with a colleague sent instead is for a person since round 72 (h265_074): the sender's no, another's yes.
  it('leaves DECLINED with attendance through a colleague to a person', async () => {
    const u = await understand(reply('DECLINED', 'Particip prin colegul meu Ovidiu Mateescu\\, care vă va confirma separat.'));
    expect(u).toMatchObject({ kind: 'calendar', intent: 'unknown' });
    expect(u.evidence).toMatch(/^PARTSTAT=DECLINED \/ /);
    expect((await understand(reply('DECLINED', 'Particip totuși.'))).intent).toBe('unknown');
  });
});
