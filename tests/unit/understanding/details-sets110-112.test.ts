import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 110–112): adults and children apart, a child along, one representative, a colleague who only listens, people accompanying', () => {
  it.each([
    ['Bună ziua,\n\nAsociația de cartier Fratelia va fi reprezentată de 4 adulți și 2 copii.', 6],
    ["I'm happy to join with my two kids (they're on holiday with me). So one adult, two children.", 3],
    ['Vin eu (bunica) cu 4 nepoti intre 4 si 10 ani. Adulti 1, copii 4. Sper ca nu e prea mult :)', 5],
    ['Din partea Asociației Iosefin Verde venim 3 adulți și 4 copii.', 7],
    ['Așa că venim: 2 adulți + 2 copii.', 4],
    ['Grădinița ar dori să participe cu 8 copii din grupa mare, însoțiți de 3 adulți (2 educatoare și un părinte).', 11],
    ['Buna ziua! Vin cu fetita (6 ani). Se poate veni si cu cainele in pavilion?', 2],
    ['Buna ziua, eu vin cu doua fetite al mele (7 si 4 ani).', 3],
    ['Colegiul Tehnic „Ion I.C. Brătianu” va participa cu 3 persoane (2 profesori, 1 elev).', 3],
    ['Participăm cu un reprezentant, subcomisar Mihai Cârstea.', 1],
    ['Confirm prezența. Eu voi lua cuvântul din partea Casei de Cultură, colega mea, Andreea Matei, doar va asista.', 2],
    ['I will attend on Monday. I will be accompanied by two of our incubated creators, Ana Popa (illustrator) and Bogdan Rusu (sound designer).', 3],
    ['Vin, plus asociatul meu Sebi.', 2],
    ['Eu și vecinul meu Ben am vrea să venim, 2 adulți.', 2],
    // Negatives: children one works with, a school's size, the sender with a representative, the face, a studio's size, none along.
    ['Vin. Lucrez cu 20 de copii și 3 adulți voluntari în fiecare săptămână.', 1],
    ['Vin. Școala noastră are 300 de elevi și 40 de profesori.', 1],
    ['Vin. Lucrez cu 20 de copii în fiecare săptămână.', 1],
    ["I'll attend. Our school with 300 children is nearby.", 1],
    ['Particip cu un reprezentant al firmei.', 2],
    ['Vin cu fața spre parc.', 1],
    ["I run a small game development studio (4 people) in Timișoara. I'll join the call on the 17th.", 1],
    ['Venim, suntem 2 adulți, 0 copii.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 110–112): a slot planned, slides shown, the chance to comment, a P.S. that changes it; mostly listening', () => {
  it.each([
    ['Vom avea o scurtă intervenție privind proiectul, în limita celor 5 minute.', true],
    ['Participăm. Ne conectăm eu și colegul meu Răzvan Oprea. Eu voi face intervenția de 5 minute.', true],
    ['Din acest motiv am dori să participăm și să prezentăm un set de cinci propuneri.', true],
    ['Regizorul nostru artistic, domnul Lucian Vlad, ar dori să participe și să prezinte pe scurt această experiență. Suntem deci doi participanți.', true],
    ["I confirm my participation. Yes, I'd be glad to show a few slides about the orti urbani.", true],
    ['Count me in for the 17th. I would appreciate the chance to comment on the second action.', true],
    ["I'd be glad to join the Zoom meeting on the 17th and share them in the stakeholder slot.", true],
    ['Ma conectez pe 17, dar nu cred ca o sa vorbesc.\n\nP.S. Ma gandeam totusi ca as putea spune doua vorbe despre vanzarea online. Trece-ma pe lista de vorbitori, pls.', true],
    ['Vin si vreau sa prezint proiectul.\n\nP.S. M-am razgandit, doar ascult.', false],
    ['Confirm participarea. Voi asculta în principal, nu cred că am ceva de adăugat.', false],
    ['Da, vin. Prezentare nu de data asta, n-am nimic nou de aratat.', false],
    ["I'll join the call. I'll mostly listen.", false],
    // Negatives: a P.S. about something else keeps the answer; notes prepared are no talk; slides sent are none shown.
    ['Vin si vreau sa prezint proiectul.\n\nPS: vin cu bicicleta.', true],
    ['Count me in. I have prepared some notes.', null],
    ["I'll attend. I can send the slides afterwards.", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
