import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 113–115): a formal list with titles, a team announced, the hybrid room split by format, a colleague online, the subject after "cu mine"', () => {
  it.each([
    ['Din partea Muzeului Național al Banatului vor participa: subsemnata, dl. Radu Ardelean (departamentul educațional) și dna Mihaela Vâlceanu (PR).', 3],
    ['Confirmăm participarea Teatrului Național Timișoara cu următoarea echipă:\n1. Marius Oancea – manager proiecte\n2. Alina Toth – marketing\n3. Sebastian Ionescu – coordonator FEST-FDR\nDoamna Toth ar dori să prezinte pe scurt inițiativa.', 3],
    ["I'll attend in person. Colleague of mine, Nemanja, will follow on Zoom from Novi Sad.", 2],
    ['Pentru Direcția Fiscală participăm eu și Laurențiu, fizic, și colega de la IT online (Roxana).', 3],
    ['Da, vin. Eu fizic, Vlad si Cristi pe Zoom.', 3],
    ['Eu fizic, Ana online.', 2],
    ['La întâlnire se va conecta împreună cu mine și directorul nostru, dl. Cornel Vasiu.', 2],
    // Negatives: the apposition of "subsemnatul", a colleague who only told, one spoken with in another sentence,
    // one who would have come, an organisation by format, the same colleague after "vine cu mine".
    ['Vor participa: subsemnatul, Florin Tănase, și colega Ana Pop.', 2],
    ["A colleague of mine told me about the workshop. I'll attend.", 1],
    ['Vin eu și Ana. Am vorbit ieri cu colega mea despre program.', 2],
    ['Vin eu și Ana, aș fi venit și cu colega mea, dar e în concediu.', 2],
    ['Eu fizic, Primăria online.', 1],
    ['Vine cu mine și colegul meu Dan.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 113–115): two words asked for, the chance to comment, the minutes taken or booked, the side\'s speaker; "Nu vorbim."', () => {
  it.each([
    ['I would love to join on Monday and, if there is room, say two words about how residency programmes could involve local SMEs.', true],
    ["I will be connecting on the 17th, and I'd appreciate the chance to briefly comment on the co-working action.", true],
    ['Participăm eu și Laurențiu. Putem prezenta noi 5 minute noua funcționalitate de plată, dacă ajută.', true],
    ['Da, vin. Vorbesc eu 5 min despre cum am facut rezervarile online.', true],
    ['Suntem 2 colegi, amândoi fizic. Din partea noastră ar vorbi colega Oana Mihuț (5 min, despre API-urile deschise).', true],
    ['Vom fi prezenți online eu și colegul Werner Klein. Vă rog să ne alocați și nouă cele 5 minute pentru comentarii.', true],
    ['Vom fi prezenți eu și Cosmin – dacă ne dai un slot de 5 minute, Cosmin poate spune câteva cuvinte despre program.', true],
    ['Vin fizic împreună cu două colege de la asociația de părinți (Carmen și Luminița). Nu vorbim.', false],
    // Negatives: a call asked for, a topic not spoken of, words said by someone else before.
    ['Putem să vorbim 5 minute la telefon înainte?', null],
    ['Vorbim noi 5 minute la telefon?', null],
    ['Vin. Nu vorbim de bani acum.', null],
    ['Vin. Colega mea a spus câteva cuvinte despre voi anul trecut.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
