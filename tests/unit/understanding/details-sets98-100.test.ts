import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/understanding/analyze-text';
import { extractDetails } from '../../../shared/understanding/details';
import { asYes } from './details-as-yes';

describe('headcount (sets 98–100): "ne treceți pe listă cu N persoane", family along, represented "la … de dl."', () => {
  it.each([
    ['vă rog să ne treceți pe listă cu 4 persoane de la ONG Banat Verde, toți la grupa B. Aș vrea să prezint eu (Cristian) 5 minute.', 4],
    ['I will attend on the 20th together with my sister Ana, who runs our family bakery.', 2],
    ['Vin împreună cu sora mea.', 2],
    // Negatives: "ne vedem" is no "us" on the list; the sender put on the list with others; family only mentioned.
    ['Vin cu 2 persoane, ne vedem joi.', 3],
    ['Vă rog să mă treceți pe listă cu 2 persoane.', 3],
    ['I will attend. My sister sends her regards.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });

  it.each([
    ['Camera va fi reprezentată la atelierul din 20.01.2020 de dl. Cristian Olaru, consilier, și de d-na Mirela Sârbu, expert.', 2],
    ['Camera va fi reprezentată la atelierul din 20.01.2020 de dl. Cristian Olaru, consilier.', 1],
  ])('answered for: %s → %s', (text, headcount) => {
    expect(extractDetails(text, analyzeText(text), 'yes', true).headcount).toBe(headcount);
  });
});

describe('speaker (sets 98–100): "pot face o prezentare", "m-aș înscrie la cuvânt", volunteering, Banat "numa\'", no slot needed', () => {
  it.each([
    ['Confirm și eu. Pot face și o scurtă prezentare dacă aveți nevoie de un exemplu de IMM.', true],
    ['va confirm ca ma conectez miercuri la 11. As avea cateva comentarii la actiunea 2, deci m-as inscrie si la cuvant daca se poate.', true],
    ['Sigur că vin :) Dacă e nevoie de cineva care să povestească 5 minute despre compostul comunitar, mă ofer eu.', true],
    ["No că bine, vin. Da' să știți că io nu-s vorbitor, vin numa' să ascult.", false],
    ["Yes, I will attend. I don't need a presentation slot.", false],
    // Negatives: volunteering for something other than speaking; someone else pointed to.
    ['Vin. Dacă e nevoie de cineva care să ajute la organizare, mă ofer eu.', null],
    ['Vin. Dacă e nevoie de cineva care să povestească 5 minute, vorbiți cu Ana.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});

describe('speaker (sets 98–100): those registered decline for themselves', () => {
  it.each([
    ['Please register the following participants: Andrei Georgescu, Laura Weber and Dan Mihalache. I will not attend personally. None of them will present.', false],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
