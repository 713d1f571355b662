import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 80–82): "inclusiv eu", a school class, a team of, "cu tot cu mine"', () => {
  it.each([
    ['ASOCIATIA va fi prezenta la intalnire cu 4 membri (inclusiv subsemnatul).', 4],
    ['Va anunt ca vom participa cu un grup de 15 studenti (inclusiv eu) de la AIESEC.', 15],
    ['Vom participa cu un grup de 15 studenti.', 16],
    ['We will be a team of four (three students and I, their coordinator).', 4],
    ['Confirm. Noi vom fi 10 elevi + eu, profesor coordonator.', 11],
    ['Din partea Colegiului vor participa 2 profesori și 6 elevi din clubul de antreprenoriat.', 8],
    ['Vom veni cu o clasă întreagă, a X-a B (profil economic) - 24 de elevi, plus 2 profesori însoțitori (eu și colega dirigintă, doamna Rus).', 26],
    ['Vin cu 24 de elevi.', 25],
    ['Venim împreună cu colegii: Vlad (booking), Teodora (comunicare) și Paul (tehnic), deci patru cu tot cu mine.', 4],
    ['Confirm participarea mea și a doctorandei Alexandra Pop, care lucrează pe tema impactului.', 2],
    ['Small update: Paul is sick, so we will be only 2 from the cluster (me and Cătălina).', 2],
    // Negatives: a school's size, a word of help, no one more.
    ['Colegiul are 24 de elevi în club, vin eu.', 1],
    ['Clasa mea are 24 de elevi, vin eu.', 1],
    ['Lucrez cu 24 de elevi la proiect, vin eu.', 1],
    ['Lucrez cu un grup de 15 studenți la teză, dar vin singură.', 1],
    ["I lead a team of 12 at the library. I'll be there.", 1],
    ['Profesorii au 6 elevi fiecare; vin eu.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 80–82)', () => {
  it.each([
    ['Vom fi 3 de la cluster pe Zoom: eu, Cătălina Mureșan și Paul Iordache. Eu aș lua cuvântul pentru comentariile noastre (5 min e perfect), ei doar ascultă.', true],
    ["Count me in for Monday! I'd actually like to pitch a small idea during the discussion. Two minutes, no slides.", true],
    ['Confirm, intru pe Zoom miercuri la 11 și aș vrea să-mi folosesc cele 5 minute pentru câteva comentarii.', true],
    ['Vom fi doi: eu și Ilinca Moldovan. Aș vrea să folosim câteva minute ca să punem planul în legătură cu noul calendar.', true],
    ["I will join on Wednesday. If possible I'd like to comment — in English — about the idea of creative vouchers.", true],
    ['Paul is sick, so we will be only 2 from the cluster. I still take the floor for our comments.', true],
    ["Yes, I'll come along. I'm terrible at speaking in meetings so I'll just sit quietly at the back and take notes.", false],
    ['Nu aș lua cuvântul, doar ascult.', false],
    // Negatives: nothing said about speaking.
    ["I'd like to pitch in with the organisation, I will come.", null],
    ['I would not like to comment.', null],
    ['Do you want me to comment?', null],
    ['I still take the train on Monday, I will attend.', null],
    ["I'd like to comment on the plan: the vouchers are too small.", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
