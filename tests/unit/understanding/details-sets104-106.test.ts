import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 104–106): an organisation represented by those named, a list after "va fi prezentă:", colleagues and their own verb', () => {
  it.each([
    ['Instituția noastră va fi reprezentată de doamna director adjunct Mihaela Ardelean și de domnul Sorin Gavrilă, șef Serviciu Incluziune Socială.', 2],
    ['Asociația va fi reprezentată de doamna Ana Pop.', 1],
    ['Școala Gimnazială nr. 30 va fi prezentă: eu (director adjunct) și profesoara de educație tehnologică. Mulțumim!', 2],
    ['I will attend, and two colleagues will come with me.', 3],
    // Negatives: the sender among those representing; "also" represented; a refusal of the role; a colleague who joins besides the two.
    ['Camera va fi reprezentată de dl. Ovidiu Crișan, vicepreședinte, și de subsemnata.', 2],
    ['Particip. Asociația va fi reprezentată și de doamna Ana Pop.', 2],
    ['Vin: eu, dar nu și profesoara.', 1],
    ['I will attend with two colleagues, and my boss will join me.', 4],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 104–106): the 5 minutes wished for, said in the round, a slot offered, listeners only, no comments to make', () => {
  it.each([
    ['Vom fi conectate două persoane: eu și colega mea Andreea Lupu. Am dori să avem și noi cele 5 minute pentru câteva comentarii.', true],
    ['Da, sigur, ma conectez. Am si eu 2-3 idei despre voucherele culturale, as vrea sa le spun in sesiunea de comentarii.', true],
    ['Venim eu, Ramona și Cosmin. Ramona prezintă proiectul cu trecerile de pietoni înălțate (5 min).', true],
    ['We will join with three people: myself, Ivana and Luka. Ivana would like to comment on action 1 for about 5 minutes, if that works.', true],
    ["We will be four people. We'd like one 5-min slot for the team.", true],
    ["Yes, I'll come. Happy to do a 5-minute slot on our barrier-free courtyard if there's room on the agenda.", true],
    ['I confirm my participation. I would like to add a short comment during the stakeholder round, if there is still a slot.', true],
    ['Buna ziua, participam, dar doar ca ascultatori de data asta.', false],
    ['confirm participarea. Nu am comentarii de făcut pe marginea planului, vreau doar să fiu la curent.', false],
    // Negatives: asked who presents; not presenting; a survey offered; the minutes of a break.
    ['Particip. Cine prezintă proiectul de la primărie?', null],
    ['Particip, noi nu prezentăm proiectul nostru de data asta.', false],
    ["I will attend. Happy to do a short survey with our members afterwards.", null],
    ['Particip. Am dori să știm dacă e pauză de cafea.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
