import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 101–103): a companion who would have come, an organisation confirmed, a request after the count', () => {
  it.each([
    ['Confirm. Aș fi venit și cu un coleg, dar e în concediu, așa că vin doar eu.', 1],
    ['I would have brought a colleague but she is sick, so just me.', 1],
    ['confirm participarea Uniunii Sârbilor din România – filiala Timiș, cu 2 persoane.', 2],
    ['Vă confirm participarea Oficiului Județean de Turism Timiș, cu 4 persoane.', 4],
    ['Buna ziua, am vorbit ieri la telefon cu dna Petruț si i-am confirmat, va scriu si aici ca sa fie oficial: particip.', 1],
    ["Confirmed for the 17th. I'll join with 2 colleagues from our board - could you please send the Zoom link to them as well: ana.ilie@banatit.ro?", 3],
    ['On behalf of Timisoara Free Walking Tours: yes, 2 guides will attend the lab.', 2],
    ["I'd be glad to come on 20 January, together with our cultural attaché, M. Julien Moreau.", 2],
    // Negatives: a conditional before a real companion; the sender's own participation with a party; a plural role; permission asked.
    ['Aș fi venit oricum, vin cu un coleg.', 2],
    ['Confirm participarea mea, cu 2 persoane.', 3],
    ["I'll come. Together with our project coordinators we prepared a note.", 1],
    ['Can I come with 2 colleagues, or is the number limited?', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 101–103): "am prezenta în 5 minute", "we could present … in 5 minutes", raising it in the round, nothing to present', () => {
  it.each([
    ['Ne vedem pe 18, vin eu și Paul de la asociație. Dacă e loc, am prezenta în 5 minute festivalul „Cartiere cu poveste”.', true],
    ['Count us in – two people from Visit Kaunas. We could present our "Kaunas 2022 legacy trails" initiative in 5 minutes if there\'s a slot.', true],
    ['I will attend. I would like to comment on the indicator set for action 1 - I think it is too output-oriented, and I will raise this during the stakeholder round.', true],
    ['noi venim 2, eu si Bogdan. La tur nu, ca avem grup la 14. Nu prezentam nimic de data asta.', false],
    // Negatives: no time given; raised elsewhere.
    ['We could present our results in a few minutes.', null],
    ['I will attend. I will raise this with my director first.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
