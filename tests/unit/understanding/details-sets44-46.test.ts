import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 44–46): hybrid attendance, a number taken back, a role along, the sender added', () => {
  it.each([
    // In the room, then online added after.
    ['Pentru Forum, din partea Centrului de Informare Turistică: 2 persoane la fața locului (eu + Diana Moldovan) și 1 online (Paul Ardelean).', 3],
    ['We will attend: 1 in person + 1 online.', 2],
    ['Vă confirm că vom participa la Forum:\n- eu, fizic;\n- colegul meu Adrian Nedelcu, online (se va conecta de la Arad).', 2],
    // A number taken back: the later wins; a number denied is none.
    ['Revin asupra mesajului anterior – am zis că venim 4, dar vom fi doar 2 (eu + Răzvan).', 2],
    ['Vom fi 2, nu 4 persoane.', 2],
    ['Ne vedem la muzeu marți — eu, plus curatorul nostru, Vlad Enache.', 2],
    ['Din partea centrului vom fi prezenți doar online, eu și un doctorand.', 2],
    ["Yes, I'll be there in person, along with our Arts Manager, Ruxandra Iliescu.", 2],
    ['Direcția de Cultură va fi prezentă cu 2 persoane la muzeu (eu și Carmen, pe care o am în CC).', 2],
    ['Confirmăm participarea a doi elevi din consiliul școlar (Tóth Réka și Mihai Sas) și a mea, ca profesor coordonator.', 3],
    // Negatives: a split of the total adds nothing; a number said before and kept; no list in the sender's title.
    ['Filarmonica va fi reprezentată de 2 persoane, una fizic (eu) și una online.', 2],
    ['Vom fi 3 persoane, dar 2 dintre noi pleacă la prânz.', 3],
    ['Din partea CCIAT voi participa eu, Bogdan Iancu, consilier în Departamentul Programe și Proiecte.', 1],
    ['I would love to come. A friend forwarded me your invitation.', 1],
    ['After discussing with our director, I will attend alone.', 1],
    ['Vom participa cu o delegație de 5 studenți și un cadru didactic (eu).', 6],
    ['Lavinia, trec eu pe la voi joi, cu Sebi de la IT. Nu vorbim, doar ascultăm.', 2],
    ['Ajung pe la prânz, cu Ana și Mihai.', 3],
    ['Vin la atelier, cu Primăria alături.', 1],
    ['Vin la 10, cu trenul de Arad.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 44–46): the open-mic, observers, a short talk about the project', () => {
  it.each([
    ['Vin fizic. As vrea si eu 3 minute la open mic sa povestesc despre atelierul de ceramica.', true],
    ['Confirm, vin fizic cu încă 2 colegi. Am vrea și un slot de 3 min dacă se poate.', true],
    ['Vin fizic. Dacă rămâne vreun slot liber la open-mic îl iau cu plăcere.', true],
    ['Vom participa eu și trei elevi. Ne-ar plăcea ca unul dintre elevi să prezinte 3 minute în sesiunea open-mic.', true],
    ['vin cu o colega. o sa vorbim putin si despre proiectul nostru din Fabric daca aveti timp', true],
    ['I will attend via Zoom. I would be delighted to speak for 3 minutes about our experience.', true],
    ['Yes, I will come with my husband. We would like to show our ceramics and talk a little if possible.', true],
    // Refusals.
    ['Vom participa doi colegi, online. Nu dorim slot la open-mic de data aceasta.', false],
    ['Contează-mă online. Slot la open-mic nu, de data asta.', false],
    ['Vin cu încă un coleg, Vlad Crișan. Nu ținem prezentare.', false],
    ['Am hotărât să participe doi colegi. Nu doresc să ia cuvântul.', false],
    ["I confirm my attendance, in person. As for the open-mic: no thanks, I'll be an observer.", false],
    ['We will follow the session online as observers, two of us.', false],
    ['We do not need a slot in the open-mic session.', false],
    ['Please register three participants. We would not like to speak in the open-mic session.', false],
    ['Yes please, in person, 2 people. No slot needed.', false],
    // Negatives: time or talk that is no speaking.
    ['Vin. Aș vrea 5 minute de pauză între sesiuni.', null],
    ['I will attend. We can talk a bit on the phone about parking.', null],
    ['Vin fizic. Nu știu încă dacă vreau la open-mic.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
