import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 77–79): the sender once, "both me and", joined by, forms, "yes for two"', () => {
  it.each([
    // The sender is one person, however many items of the "will attend" line speak of them.
    ['Thank you for the English summary. I will attend myself; I arrive on Sunday evening.', 1],
    ['I will attend myself, I arrive on Sunday evening.', 1],
    ['Both me and Irina (our COO) will join.', 2],
    ['Venim eu și Tudor (designer), de la atelier.', 2],
    ['I confirm my participation on 20 January. I will be joined by Ana Petrović from our cluster.', 2],
    ['Vă confirmăm participarea la atelier:\n1. Ionela Marin – manager\n2. Cristian Vlad – bucătar-șef\n\nProdus: vom aduce salam de Banat.', 2],
    ['Ne treceți și pe noi:\n- persoane: 2 (Marta Kiss, Ana Pașca)\n- produs: da', 2],
    ['Attendance: yes\nNumber of attendees: 3', 3],
    ['Yes for two. Sorry for the short reply, travelling.', 2],
    ['Da, pentru doi.', 2],
    // Negatives: no one more.
    ['Vă confirm participarea:\n\nIon Pop\nDirector', 1],
    ['Yes for 20 January.', 1],
    ['Yes for two sessions.', 1],
    ['Yes, for two days I am there.', 1],
    ['I confirm my participation. I was joined by Ana Pop last time.', 1],
    ['Both sessions suit me, I will attend.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 77–79)', () => {
  it.each([
    ['Venim eu și colega mea Roxana Pop. Am vrea, dacă se poate, să prezentăm în 5-10 minute câteva concluzii din programul nostru.', true],
    ["I'll join the Zoom on the 17th and, if useful, I can share 5 minutes on how Matera handled the open calls.", true],
    ['Particip. Am câteva observații la acțiunea 1 – le spun în cadrul celor 5 minute dacă mai e loc, dacă nu, vi le trimit pe mail.', true],
    ["Lavinia, thanks – I'm in. Would it be ok if I take the floor for a couple of minutes about the festival? If not, no problem.", true],
    ['From Matera there will be two of us. We would be happy to comment on the second action.', true],
    ["Absolutely, we'll come. I'm happy to do the 3-minute pitch as well.", true],
    ['Vom fi 3. Vrem să aducem mostre de miere și să vorbim 3 minute despre apicultura urbană.', true],
    ["I will join in person. Happy to share a short presentation on Friesland food tourism if there's room in the programme.", true],
    ['Please don\'t count on me for a comment slot.', false],
    ['Yes, I will attend, together with our site lead, Adrian Bocșa. We will not prepare a presentation.', false],
    ['Ne treceți și pe noi:\n- persoane: 2\n- luăm cuvântul: nu', false],
    ['Participăm.\n- prezentăm: da', true],
    ["I won't do the 3-minute pitch.", false],
    // Negatives: nothing said about speaking.
    ['Would it be ok if I take the floor?', null],
    ['I can share 5 minutes of the recording with my team.', null],
    ['Happy to comment on the draft by email.', null],
    ['Putem să vorbim 5 minute la telefon înainte?', null],
    ["I'll attend. Happy to share the slides afterwards.", null],
    ['Happy to share a short presentation by email afterwards.', false],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
