import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';
import { asYes } from './details-as-yes';

describe('headcount (sets 50–52): the sender closing a pair, pasted tables, marked lists, juniors, on behalf of an organisation', () => {
  it.each([
    ['Camera de Comerț Arad va fi reprezentată la sesiunea din 20 ianuarie de dl. Ovidiu Crișan, vicepreședinte, și de subsemnata.', 2],
    ['Din partea Camerei de Comerț Timiș vor participa la atelierul din 20 ianuarie dl. Ionel Drăgan, vicepreședinte, și subsemnata.', 2],
    ['Thank you. My colleague Mara Ionescu and I will attend on Monday, on behalf of the German Business Club Timisoara.', 2],
    ['Clubul Sportiv Olimpia Arad confirma participarea. Vin eu, Florin Cioban, presedinte.', 1],
    ['We will join from Leeuwarden in person: myself and Sjoerd van der Meer from our economic affairs team.', 2],
    ['În numele doamnei director, vă transmit lista participanților:\n\nNume\tPrenume\tFuncția\tTelefon\nPopescu\tDaniela\tȘef serviciu\t0740 112 334\nIvanov\tMilan\tExpert\t0733 901 221\nDragomir\tIoana\tExpert comunicare\t0756 440 019', 3],
    ['Participanți din partea Politehnicii:\n\nNr. crt.   Nume și prenume          Departament\n1          Prof. Adrian Lungu       Centrul de Transfer Tehnologic\n2          Ing. Bogdan Sârbu        Centrul de Transfer Tehnologic\n\nȘi eu, evident :)', 3],
    ['We would like to register the following participants:\n\nName | Position | Email\nDr. Ana Vlaicu | Vice-rector | ana.vlaicu@upt.ro\nMs. Laura Suciu | Project officer | laura.suciu@upt.ro', 2],
    ['Ne vedem acolo! Venim în formație completă: Bogdan, Irina (eu), Sebi și Teo 🙂', 4],
    ['Din partea echipei de programe vin Oana, Cristi si Larisa.', 3],
    ['Vă trimit numele colegilor care se vor conecta: Vlad Ene (vlad.ene@x.ro) și Simina Duță (simina.duta@x.ro).', 2],
    ['Participăm! Eu plus cele două stagiare ale noastre, Alexandra și Diana.', 3],
    ['Pixel Forge will attend with 2 devs + me.', 3],
    // Negatives: days and places after a verb of coming, sessions in English, an organisation, a thing counted.
    ['Particip. Vin Luni și Marți.', 1],
    ['Vin la Timișoara și Arad.', 1],
    ['Vin eu, Ioana Marin și Dan Suciu.', 3],
    ['Particip și eu, plus cele două zile de curs.', 1],
    ['Lista participanților:\n\nNume\tInstituția\nPrimăria Arad\tDirecția Cultură\nConsiliul Județean\tServiciul Proiecte', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });

  it('keeps a person answered for, not an organisation', () => {
    expect(asYes('I will attend on behalf of our association.').onBehalfOf).toBeNull();
    expect(asYes('Confirm participarea în numele Asociației Culturale Ars.').onBehalfOf).toBeNull();
    expect(asYes('I confirm attendance on behalf of my colleague Dan Pop.').onBehalfOf).toBe('Dan Pop');
  });
});

describe('speaker (sets 50–52): minutes of comments, going into detail there', () => {
  it.each([
    ['particip. Aș avea 5 minute de comentarii pe acțiunea 2 (programul de mentorat), dacă se poate.', true],
    ["I'll be attending the session on the 17th and will go into more detail there.", true],
    // Negatives: minutes of something else, detail elsewhere.
    ['Particip. Am 5 minute de mers pe jos până la sală.', null],
    ["I'll attend. I will go into more detail in my next email.", null],
    ["I'll attend. I will go into more detail there in writing, if that helps?", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });

  it('reads a marked list of 1 MB in bounded time', () => {
    const body = `Venim: ${'Ana, Dan, '.repeat(100_000)}Irina (eu) și Teo.`;
    const mail = Buffer.from(`From: a@b.ro\r\nTo: rsvp@x.ro\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
    const started = performance.now();
    understand(mail);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
