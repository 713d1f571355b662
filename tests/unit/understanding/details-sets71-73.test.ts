import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 71–73): "with me will be", names after "we confirm:" or a title, whom one spoke or swapped with', () => {
  it.each([
    ['I will be in Timisoara already on 19th, so we come for sure. With me will be my colleague Jelena Savić from the legacy team.', 2],
    ['We confirm: Aistė Petrauskienė and Mindaugas Kazlauskas from Kaunas City Municipality will be present on 20 January.', 2],
    ['Confirmăm participarea dlui Bogdan Marinescu și a dnei Carmen Vasiu. Vă rugăm să ne transmiteți și prezentarea.', 2],
    ['We confirm:\nAna Pop\nIon Ilie', 2],
    // Negatives: whom the sender spoke with or swapped classes with stays behind; "we confirm:" before no names.
    ['I will attend the session. As agreed on the phone with Ms Simion I will give a short presentation.', 1],
    ['I will attend. As discussed by email with Mr Pop, I will bring the slides.', 1],
    ['Am reușit să fac schimb de ore cu o colegă, deci vin de la ora 10.', 1],
    ['I swapped shifts with a colleague, so I can come.', 1],
    ['We confirm: I will attend, thanks.', 1],
    ['I confirm: Wednesday and Thursday suit me, I will attend.', 1],
    ['Confirm participarea domnului director Ion Pop.', 1],
    ['Vin cu un coleg, am făcut schimb de ore cu el.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 71–73): minutes used, thoughts shared, a slot, the list of those who speak', () => {
  it.each([
    ['Vă confirm participarea. Voi folosi cele 5 minute alocate pentru câteva propuneri.', true],
    ["Count me in. If it helps, I'm happy to take 5 minutes and share what we learned.", true],
    ["I'll be there. Happy to share a few thoughts on the co-working side if there is time, but no pressure.", true],
    ["I'll attend and I'd be happy to share a few thoughts on how tech companies could plug in – 5 minutes max.", true],
    ["Yes, I'll join. I'd love to mention it briefly during the stakeholder comments slot.", true],
    ['Vin eu și încă două voluntare. Pot să povestesc puțin despre proiectul nostru cu meșterii bătrâni?', true],
    ['confirm participarea. Vă rog să mă înscrieți pe lista celor care intervin.', true],
    ['Le voi detalia la întâlnire – vă rog să mă treceți pe lista celor care intervin.', true],
    // Negatives: thoughts written, a question about coming late, minutes of travel.
    ["I'll join. I'm happy to share some thoughts by email afterwards.", false],
    ['Vin sigur. Pot să vin puțin mai târziu?', null],
    ['Voi fi acolo, dar voi ajunge cu 10 minute întârziere.', null],
    ["I'll be there. I'm happy to take the train and arrive a bit early.", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
