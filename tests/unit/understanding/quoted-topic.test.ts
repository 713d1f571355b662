import { describe, expect, it } from 'vitest';
import { foreignTopic, invitationSide, onlineConditionMet } from '../../../shared/understanding/quoted-topic';

const invitation = [
  'Lavinia Simion a scris:',
  '> Municipiul Timișoara, în calitate de partener în cadrul proiectului ECoC-SME, vă invită să participați la un nou',
  '> Atelier Local de Învățare (Local Learning Lab), miercuri, 17.01.2021, pe platforma Zoom. Comentarii stakeholderi',
  '> privind planul de acțiune. Vă rugăm să confirmați participarea Dumneavoastră până vineri, 12.01.2021.',
].join('\n');
const mail = (reply: string, quote = invitation): { plain: string; trimmed: string } => ({ plain: `${reply}\n\n${quote}`, trimmed: reply });

describe('foreignTopic', () => {
  it('names the topic of another meeting the yes confirms (h408_005)', () => {
    const { plain, trimmed } = mail('Buna ziua,\n\nConfirm participarea la intalnirea de joi, 16 ianuarie, privind bugetul participativ.\n\nFlorin');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBe('bugetul participativ');
  });

  it('names the body whose meeting the yes is for (h525_036), not a body the invitation names', () => {
    const { plain, trimmed } = mail('Am primit invitatia si pentru sedinta de pe 20 februarie a Comisiei de cultura, la aceea vin sigur.');
    expect(foreignTopic(plain, trimmed, 'vin sigur')).toBe('comisiei de cultura');
    const ours = mail('Vin sigur la atelierul de miercuri al Municipiului Timișoara privind planul de acțiune.');
    expect(foreignTopic(ours.plain, ours.trimmed, 'Vin sigur')).toBeNull();
  });

  it('keeps a yes naming the invitation’s own topic', () => {
    const { plain, trimmed } = mail('Confirm participarea la întâlnirea de miercuri privind planul de acțiune.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });

  it('compares nothing without a quote long enough to be the invitation', () => {
    const { plain, trimmed } = mail('Confirm participarea la întâlnirea privind bugetul participativ.', '> Vă rugăm să confirmați.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });

  it('leaves a topic outside the sentence that decided alone', () => {
    const { plain, trimmed } = mail('Confirm participarea. Am fost și la întâlnirea de luna trecută despre bugetul participativ.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });
});

describe('invitationSide', () => {
  const reply = 'Particip la atelierul din 26 ianuarie. Pe 17 nu pot, sunt în turneu.';
  it('takes the side whose day the quoted invitation holds (h423_010)', () => {
    const { plain, trimmed } = mail(reply);
    expect(invitationSide(plain, trimmed, { yes: ['26'], no: ['17'] })).toBe('no');
    expect(invitationSide(plain, trimmed, { yes: ['17'], no: ['26'] })).toBe('yes');
  });

  it('settles nothing when both days or neither are the invitation’s, or the quote is short', () => {
    const { plain, trimmed } = mail(reply);
    expect(invitationSide(plain, trimmed, { yes: ['17'], no: ['12'] })).toBeNull();
    expect(invitationSide(plain, trimmed, { yes: ['26'], no: ['28'] })).toBeNull();
    const short = mail(reply, '> Ne vedem pe 17.01?');
    expect(invitationSide(short.plain, short.trimmed, { yes: ['26'], no: ['17'] })).toBeNull();
  });

  it('settles a weekday only against a date the quote writes with its weekday (h447_087), and reads an hour as no date', () => {
    const { plain, trimmed } = mail(reply);
    // The quote holds "miercuri, 17.01.2021": Monday (or Thursday) is another occasion, the 17th is ours.
    expect(invitationSide(plain, trimmed, { yes: ['luni'], no: ['17'] })).toBe('no');
    expect(invitationSide(plain, trimmed, { yes: ['17'], no: ['thursday'] })).toBe('yes');
    // Wednesday is the 17th's own weekday, and two weekdays say nothing the quote could settle.
    expect(invitationSide(plain, trimmed, { yes: ['miercuri'], no: ['17'] })).toBeNull();
    expect(invitationSide(plain, trimmed, { yes: ['luni'], no: ['joi'] })).toBeNull();
    // A date the quote writes without its weekday settles nothing against one.
    const undated = mail(reply, '> Vă invităm la atelierul din 17.01.2021, pe Zoom. Comentarii stakeholderi privind planul de acțiune, cu confirmare până pe 12.01.2021. Mulțumim, Lavinia Simion, manager de proiect, Municipiul Timișoara.');
    expect(invitationSide(undated.plain, undated.trimmed, { yes: ['luni'], no: ['17'] })).toBeNull();
    const hour = mail(reply, `${invitation}\n> Începem la 11:26.`);
    expect(invitationSide(hour.plain, hour.trimmed, { yes: ['26'], no: ['5'] })).toBeNull();
  });
});

describe('onlineConditionMet', () => {
  const inPerson = [
    'Lavinia Simion a scris:',
    '> Vă invităm la sesiunea de lucru de luni, 20 ianuarie 2020, ora 10:00, în spațiul expozițional al Primăriei,',
    '> Piața Victoriei nr. 5. Comentarii stakeholderi privind planul de acțiune. Vă rugăm să confirmați participarea.',
  ].join('\n');

  it('meets a condition that the meeting be online under an invitation to a Zoom meeting (h591_008)', () => {
    const { plain, trimmed } = mail('Bună ziua,\n\nParticip cu drag dacă întâlnirea va fi online.\n\nSorina');
    expect(onlineConditionMet(plain, trimmed)).toBe(true);
    const english = mail("I'll join if it's online.");
    expect(onlineConditionMet(english.plain, english.trimmed)).toBe(true);
  });

  it('leaves the condition open under an in-person invitation, without a quote, or beside another condition', () => {
    const hall = mail('Vin cu plăcere dacă atelierul se ține online.', inPerson);
    expect(onlineConditionMet(hall.plain, hall.trimmed)).toBe(false);
    expect(onlineConditionMet('Particip dacă întâlnirea va fi online.', 'Particip dacă întâlnirea va fi online.')).toBe(false);
    const two = mail('Particip dacă întâlnirea va fi online și dacă primesc linkul din timp.');
    expect(onlineConditionMet(two.plain, two.trimmed)).toBe(false);
    // A doubt beside it, or an in-person invitation that says "online" only of its registration.
    const doubt = mail('Poate vin, dacă e online.');
    expect(onlineConditionMet(doubt.plain, doubt.trimmed)).toBe(false);
    const registration = mail('Vin doar dacă e online.', `${inPerson}\n> Înscrierile se fac online, pe site-ul Primăriei.`);
    expect(onlineConditionMet(registration.plain, registration.trimmed)).toBe(false);
    const other = mail('Particip dacă ajung la timp de la Cluj.');
    expect(onlineConditionMet(other.plain, other.trimmed)).toBe(false);
  });
});
