import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 107–109): one accompanying named by title, the team’s size in brackets, names and where they come from, a lead or flatmate along', () => {
  it.each([
    ['Vă confirm participarea mea la sesiunea din 20 ianuarie. Mă va însoți și doamna asist. univ. drd. Ramona Lupu, care lucrează la o teză pe acest subiect.', 2],
    ['Particip, mă va însoți și domnul Pop și doamna Ilie.', 3],
    ["thanks for including us! We're a small team (3 people) doing VR reconstructions of the old fortress. I'll join on the 17th.", 1],
    ['Suntem o asociație mică (5 membri), vin eu.', 1],
    ['Dear Ioana,\n\nAna Kovač and Luka Horvat from the City of Rijeka will attend. We’ll just observe this time.\n\nKind regards,\nAna', 2],
    ['Ana Pop și Ion Ilie de la Primăria Arad vor participa.', 2],
    ["Thanks, I'll join. I'll also bring along our product lead, Irina, she'll be dialing in from Bucharest.", 2],
    ["yes yes I'm coming, with my flatmate Julia if that's ok", 2],
    // Negatives: the party's own team; as a team; whom the sender lives with or spoke with; an organisation's name.
    ["We'll come as a team (3 people).", 3],
    ['Vom participa cu o echipă mică (3 persoane).', 3],
    ["I'll come, I live with my flatmate near the venue.", 1],
    ["I'll join. I discussed it with our product lead.", 1],
    ['I will attend. Science and Technology Park from Kaunas will attend.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 107–109): a short talk the side gives, said there, a few words offered, briefly shared; nothing to present, the wish still open', () => {
  it.each([
    ['Revin: vom face și o scurtă prezentare (5 minute) despre sancțiuni. Prezentarea o voi susține eu, deci vom fi trei persoane.', true],
    ['Venim eu și Cristi. Facem și noi o prezentare scurtă despre planul de piste pe 2026, 5 minute.', true],
    ['Da da, intru si eu. Am si cateva idei pt actiunea cu mentoratul, le zic acolo daca e timp 😊', true],
    ['vin, dar doar pana la 12. Daca tot sunt acolo as zice 2 vorbe despre incubatorul nostru, dar nu insist', true],
    ["so yes, I'll gladly join the session on Monday. If useful I can briefly share how our youth board worked with local SMEs.", true],
    ['Particip, vin cu bicicleta. Propunere nu am, doar vreau să văd ce se discută.', false],
    ['Venim eu si doamna Zamfir. Nu venim cu bicicleta si nu avem de prezentat nimic, doar vrem sa ascultam.', false],
    // Negatives: the wish still to be decided; a copy shared; a bike is no talk; a conditional wish stays one.
    ['Vor participa doamna director Carmen Oancea și subsemnata. Vă vom comunica până vineri dacă dorim să facem o intervenție.', null],
    ["I'll attend. I'll let you know whether I'd like to present.", null],
    ["I'll attend. I can briefly share the slides afterwards.", null],
    ['Particip, nu venim cu bicicleta.', null],
    ['Particip. Dacă se poate, aș dori să intervin.', true],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
