import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 89–91): staff by academic title, "and so will our …", the same connection, a form count "besides me"', () => {
  it.each([
    ['Doamna decan confirmă participarea împreună cu lect. dr. Vlad Sârbu și asist. dr. Oana Mirea.', 3],
    ['Particip împreună cu prof. dr. Ana Pop.', 2],
    ["Yes — I'll join, and so will our arts manager, Ioana. We won't present anything this time.", 2],
    ['Vesna has accepted this invitation. My colleague Ivan will join from the same connection.', 2],
    ['Numele: Vasile Ghiță\nNr. colegi care se conecteaza: 1 (in afara de mine)\nÎntrebare/prezentare: nu', 2],
    ['Attending: yes. Number of colleagues: 2 (besides me).', 3],
    // Negatives: the titled names explaining a count, a count that includes the sender, a colleague joining alone.
    ['Confirm participarea mea. Voi veni însoțit de doi doctoranzi, drd. ing. Alex Cozma și drd. ing. Mara Ilie, care lucrează pe tema antreprenoriatului.', 3],
    ['Attending: yes. Number of colleagues: 2 (including me).', 1],
    ['Vin. Am vorbit cu prof. Ana Pop despre plan.', 1],
    ['Yes. My colleague Ivan will join.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 89–91): a question for the webinar Q&A, the slot signed up for, a head confirming and presenting, only following', () => {
  it.each([
    ['da, ne conectăm. Am avea o întrebare despre cofinanțare pentru ONG-uri mici, o putem pune în sesiunea de Q&A?', true],
    ['Confirmam participarea. Am dori sa punem o intrebare legata de EIC Accelerator pentru IMM-uri.', true],
    ['Asociația confirmă participarea. Eu m-aș înscrie la prezentarea de 3 minute, dacă se poate.', true],
    ['We will be 3 people. I would like to ask a question about Interreg IPA Romania–Serbia during the Q&A.', true],
    ['Domnul director Cosmin Nedelcu confirmă participarea și va prezenta punctul de vedere al Consiliului Județean asupra acțiunii 2.', true],
    ["I'd be glad to join and, if there's time, offer a couple of comments from our evaluation of the ECoC legacy.", true],
    ['Confirm participarea. Vom fi 4 colegi. În principiu doar urmărim prezentările.', false],
    ['Aș vrea să ascult dacă se poate. Nu am întrebări deocamdată.', false],
    // Negatives: a question to the organiser, a question about the Q&A, a closing "no other questions", someone else presenting.
    ['Vin. Aș dori să vă pun o întrebare despre parcare.', null],
    ["I'd like to ask you a question about parking.", null],
    ['Will the presentations be shared after the Q&A session?', null],
    ['Vin. Nu am alte întrebări.', null],
    ['Vin. Directorul confirmă că sala e liberă, iar Ana va prezenta ceva cândva.', null],
    // The offer left to the organiser: undecided.
    ['I will gladly join. Happy to say a few words about our legacy fund if useful, but no need if the agenda is full.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
