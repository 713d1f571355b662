import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 41–43): secretariat lists, company, named comers, typos', () => {
  it.each([
    // A secretariat's numbered list, several titles before each name; the sender not among them.
    ['Vă comunicăm că din partea Universității vor participa la întâlnirea online:\n1. Prof. dr. ing. Mircea Bălan - prorector cu activitatea de cercetare\n2. Conf. dr. ing. Oana Iancu - director Centrul de Transfer Tehnologic\n3. Ing. Radu Filip - expert proiecte\n\nDomnul prorector va prezenta pe scurt punctul de vedere al universității.', 3],
    ['Doamna director va participa împreună cu o educatoare, doamna Ramona Ivan.', 2],
    ['Din partea Asociației Seniorilor va participa dl. președinte Nicolae Tamaș împreună cu d-na secretar Ileana Bogdan și subsemnatul, Ion Crișan, membru în comitetul director.', 3],
    ['Confirm participarea pentru mine și pentru Paul Tamaș, asociatul meu.', 2],
    ['Cu plăcere, particip. Colegul meu Szabó Levente vine și el.', 2],
    ['Particip. Colegul meu vine și el.', 2],
    ['See you in Timisoara! Dimitris will also come.', 2],
    ["Sounds good, I'll be there. I'll bring Hylke Sijtsma from our team as well – he is working on the voucher scheme.", 2],
    ['We are in! Myself and our SME officer Dimitris Antoniou will travel from Athens.', 2],
    ['for sure we join! Me and Ana Jurjević from the Rijeka 2020 office, we come by car.', 2],
    ['I confirm my partecipation and also of my collegue dott. Nicola Lacava.', 2],
    // The sender listed only to say they are away: the colleague alone.
    ['Vă informez că din partea ADETIM va participa doamna Mihaela Ene, eu fiind în concediu în perioada respectivă.', 1],
    // Negatives: no one more.
    ['Confirm participarea pentru mine.', 1],
    ["I'll be there and I'll bring Romanian wine for the break.", 1],
    ["Yes, I'll come. I'll bring European Capital brochures.", 1],
    ['Yes, I will attend. Ana will also come back to you with the figures.', 1],
    ['Yes, I will attend. The topic will also come up in March.', 1],
    ['Yes, I will attend. Ana will come to the second session instead.', 1],
    ['Particip. Lucrăm cu o profesoară de la UVT la proiect.', 1],
    ['Yes, I will attend. Me and our whole department look forward to it.', 1],
    ['Vor veni doi colegi de la noi: Bogdan Tudor și Alina Mureșan.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 41–43)', () => {
  it.each([
    ["Hi Ioana – delighted to attend. Put me down for a 5-minute case study too if there's still room.", true],
    ['I will share 2 slides on the Leeuwarden SME voucher, max 5 min.', true],
    ["yes, I'm coming, and I'd like to show 2-3 slides about our maker cluster.", true],
    ['Count me in for Wednesday. Happy to give 5 min of feedback on action 2.', true],
    ['Anyway I will join, and if there is a moment I can tell in 3 minutes what we learned.', true],
    ['If there is time, Hylke and I could shortly present it (10 min?).', true],
    ['venim 3 persoane: eu, Radu Stan și Oana Ciobanu. Eu aș vorbi 5 minute despre programul nostru, dacă e ok.', true],
    ['Din partea doamnei director vă comunicăm că dânsa va participa la întâlnire. Dânsa va dori să intervină cu o scurtă propunere.', true],
    ['Confirm prezența. Nu voi prezenta, dar aș avea o întrebare: materialele de lucru se trimit înainte?', false],
    ["I will attend. I'd prefer not to make any statement, I'll just follow the discussion.", false],
    ['I will gladly take part in the online meeting, but only as listener.', false],
    // Negatives: slides sent, a case study mailed, a question, minutes of travel.
    ['I will attend. I will share the slides afterwards.', null],
    ["I will attend. I'll send a case study afterwards.", null],
    ['I will attend. Could you briefly present the agenda?', null],
    ["I will attend, I'll be there in 5 minutes before the start.", null],
    ['Vin, dar pot să prezint ceva?', null],
    ['Particip. Aș vorbi cu colegii mai întâi despre buget.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
