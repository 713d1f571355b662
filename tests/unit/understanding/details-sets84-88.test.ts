import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 84–88): the hybrid room plus those online, a list of participants, the sender named after "eu,"', () => {
  it.each([
    ['Confirm participarea Banat IT Cluster cu două persoane în sală (eu și Cristina Enache) plus un coleg conectat online, Marius Frenț.', 3],
    ['Confirmăm participarea Universității Politehnica Timișoara cu 5 persoane (3 în sală, 2 online).', 5],
    ['Confirm participarea. Numele participanților:\n1. Mihai Tudose – în sală\n2. Laura Brad – online', 2],
    ['Confirm participarea; voi veni împreună cu profesorul de informatică, dl. Ciprian Lungu.', 2],
    ['Count me in, plus one (my colleague Petra from our Rijeka office will join me).', 2],
    ['Good news – my colleague Tomas and I will be in Timișoara anyway, so we will gladly join.', 2],
    ['Vin eu, Daniel, de la Berăria Fabric.', 1],
    ['Vin eu, Daniel.', 1],
    // Negatives: following online oneself, a second companion outside the aside, a conversation, a named list.
    ['Venim doi în sală (eu și Ana) și o să urmărim și online.', 2],
    ['Count me in, plus one (my colleague Petra will join me) and my boss too.', 3],
    ['Am vorbit cu profesorul de informatică, vin eu.', 1],
    ['Vin eu, Daniel, și colega Ana Pop.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 84–88): the slot named with its article or possessive, "nu doresc intervenție", staying quiet', () => {
  it.each([
    ['Voi veni, nu sunt însoțit. Nu doresc intervenție.', false],
    ['hi, yes i will atend, no speach from me thanks.', false],
    ['Vom fi 4 persoane (inclusiv eu). Nu pregătim intervenții, dar suntem interesați de evenimente.', false],
    ["I'll join the Zoom but probably stay quiet — my Romanian still isn't good enough.", false],
    ['Vin eu si inca 2 colegi. Daca mai e loc pe lista de interventii, m-as inscrie și eu cu 3 minute despre patrimoniu.', true],
    ['Participăm doi (eu și Mihaela Dumitru). Aș dori să susțin intervenția de 3 minute – tema: artiștii tineri.', true],
    ['OK, vin. Aș vrea și cele 3 minute, pe tema programelor transfrontaliere.', true],
    ["We'd love to come — me and my co-founder Teodora. If there's a slot we'd like to show it for 3-4 minutes.", true],
    ['Voi fi prezent miercuri. Am pregătit și comentariile mele la acțiunea 1, le voi spune în cele 5 minute.', true],
    ['Confirm participarea CCIAT. Vom transmite comentariile noastre în cadrul intervenției de 5 minute.', true],
    ['Particip și o să spun asta și miercuri, în intervenția mea :)', true],
    ['Ne conectăm eu și Ilinca. Am pregătit câteva comentarii la acțiunea 1 (incubatorul), o să le prezint eu.', true],
    ["Yes, I'll be there. I have some thoughts on financing — I'd like to raise them during my slot.", true],
    ['Confirm participarea; voi veni împreună cu profesorul de informatică, dl. Ciprian Lungu, care ar prezenta în 7 minute platforma.', true],
    // Negatives: a past intervention, the minutes refused, others quiet, a tour, materials shown to colleagues.
    ['Vin. Am greșit ceva în intervenția mea de anul trecut, îmi cer scuze.', null],
    ['Vin, dar nu vreau cele 3 minute.', false],
    ['I will come, the kids will keep quiet.', null],
    ["I'll come. I'd like to show my colleague the venue for a few minutes before.", null],
    ['Confirm. Materialele o să le prezint eu colegilor după atelier.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
