import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 83–86): plural colleagues named, "plus X from", someone put on the list', () => {
  it.each([
    ['confirm participarea pentru mine si pentru colegele Ana Rus si Ioana Borza.', 3],
    ['Confirm participarea mea și a colegilor Ana Rus și Dan Pop.', 3],
    ['Count me in, plus Teodora from our studio.', 2],
    ['Vă rog să o treceți pe colega mea, Ana Pop. Eu vin sigur.', 2],
    ['Treceți-o și pe colega mea Ioana, vin amândouă.', 2],
    ['Thank you. My colleague Milan and I will attend. We might be a few minutes late.', 2],
    ['Din partea firmei se vor conecta 3 colegi: eu, Alexandra Pavel (marketing) și Ștefan Roman (dezvoltare).', 3],
    ['I come with my husband who is also working in our small family bakery. So we are two.', 2],
    // Negatives: thanks, a conversation, a day, a substitute.
    ['Mulțumesc și colegilor Ana și Dan. Vin eu.', 1],
    ['Am vorbit cu colegii Ana și Dan, vin eu.', 1],
    ["I'll come, plus Friday from 10 works too.", 1],
    ['I will attend, plus VAT from the invoice is fine.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 83–86): second-language English and Romanian ways of taking or leaving the floor', () => {
  it.each([
    ['We would like to say few words about Novi Sad 2021 and the cooperation in the region, if there is place in the agenda.', true],
    ['We take the floor for short intervention about the artisans in Matera 2019, approx. 10 minutes.', true],
    ['with pleasure I will be connected. I prepared 5 minutes of comments on the first action.', true],
    ['Of course I join also online this time. I will give short feedback to action 2.', true],
    ['I would be delighted to join on Wednesday and share a few minutes on our creative-enterprise voucher scheme.', true],
    ['Voi participa pe Zoom și aș dori să fac câteva comentarii în cele 5 minute alocate, mai ales pe acțiunea 2.', true],
    ['Ma bucur sa particip, am si cateva observatii legate de actiunea cu voucherele pe care as vrea sa le spun.', true],
    ['confirm. Pregatesc si un comentariu scurt (5 min) pe prima actiune, cum scrie in program.', true],
    ['Yes, I will participate, but I will speak only if you ask me, I do not plan an intervention.', false],
    ['Count me in. We\'d like to hear the partners rather than talk ourselves this time.', false],
    ['Hi, I confirm that I come. Only for listening, I am not prepared for speak.', false],
    ['Voi intra pe Zoom, dar doar ca să ascult, nu cred că am ce adăuga la acțiuni.', false],
    ['Yes, I will come, no planned intervention from my side.', false],
    ['I will give short feedback on action 2 by email.', false],
    // Negatives: minutes of delay, a link shared, a condition on coming, written points.
    ["I have a few minutes of delay, but I'll come.", null],
    ["I'll join and share a few minutes later the link with my colleague.", null],
    ["I'll come only if needed.", null],
    ['Am niște întrebări pe care aș vrea să le trimit în scris.', null],
    ['Pregătesc un comentariu scris până luni.', null],
    ['Vin doar ca să știți, nu stau mult.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
