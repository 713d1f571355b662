import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 92–97): "subsemnata și prof. X", an office\'s unit, "însoțit de … și de …", "X and me", org size', () => {
  it.each([
    ['Din partea liceului vor participa subsemnata și prof. Dan Bârsan, șef catedră design.', 2],
    ['Din partea Consiliului Județean vom participa subsemnata și dl. Cosmin Lungu, șef Serviciul Programe și Proiecte Europene.', 2],
    ['Domnul director Sorin Gheorghiu va participa. Va fi însoțit de doamna Roxana Filip, șef birou, și de domnul Paul Danciu, expert.', 3],
    ["So – of course we'll join on the 21st, Marina Knežević and me.", 2],
    ['Deci da, intru pe zoom :) o sa fie si Andrei (alt Andrei) de la noi.', 2],
    ['Sigur voi veni, eu si presedinta asociatiei dna Milica Jovanovici.', 2],
    ['Sigur că intrăm! Intră cu mine și Vlad, dar de pe link separat.', 2],
    // Negatives: the organisation's size, an organisation's name with "and", a name the sender writes to, apposition.
    ['Suntem o asociație mică, cu 4 membri activi. Da, vom fi prezenți online, eu și președinta, doamna Elena Ardelean.', 2],
    ['Kaunas Science and Technology Park will join: Tomas Vaitkus (me).', 1],
    ['Count me in. Please send the link to Marina and me.', 1],
    ['Va participa subsemnata, Ana Pop, director.', 1],
    ['Vin. Va fi și Primăria.', 1],
    ['Vin eu. Am vorbit cu președinta asociației.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 92–97): the update taken, "regarding the presentation", a new "and I" past a hedge, leave to only listen', () => {
  it.each([
    ['Count me in. I can do the 5-minute update on our action plan, no problem.', true],
    ["I'm also preparing the 5-minute update.", true],
    ['Regarding the presentation – yes, I will prepare a short update on the legacy programme.', true],
    ['Katrin Schubert and I will both be there. Katrin will give the update on the Chemnitz action plan.', true],
    ["Of course we'll join, Marina and me. I'll do the presentation for Rijeka.", true],
    ['We will be 4 people. Mantas will do the presentation as Rūta mentioned.', true],
    ['Yes. Will present the tourism part for Novi Sad.', true],
    ["I'll most likely join and I'd like to present the Rijeka part, but I'm waiting for confirmation.", true],
    ["I can join after all. I'd like to present our progress myself, Sjoerd can then just listen.", true],
    ["I'll be there. Would be great to have 5 minutes in the comments slot for CultureHub.", true],
    ["I'll join. Could I say a few words about the SME voucher scheme? Five minutes max.", true],
    ['Particip cu plăcere. Aș putea interveni scurt despre festivalul nostru?', true],
    ['Da, particip. Ca HoReCa avem multe de zis, dar o să zic pe scurt.', true],
    ['Confirm. Aș dori să fac câteva comentarii la acțiunea 2 în cele 5 minute alocate.', true],
    ["I will attend. Regarding the presentation: I'd rather not this time, Luka will cover Rijeka.", false],
    ['Da, particip. E ok dacă doar ascult, fiind studentă?', false],
    ['Vom fi două persoane. Niciunul dintre noi nu va interveni, suntem aici mai ales ca să ascultăm.', false],
    // Negatives: an update sent, not given; a hedge before the wish itself; leave asked with no time; a topic with no bare answer.
    ["I'll be there. I'll give the update to our mayor afterwards.", null],
    ["I'll most likely join and present the Rijeka part.", null],
    ['I will join. Could I present?', null],
    ['Regarding the presentation: we will send the slides afterwards.', null],
    ['Is it ok if I join from my phone?', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
