import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 47–49): a co-founder, a list with roles in brackets, a name brought along, "in total"', () => {
  it.each([
    ["I'm in. Will bring my co-founder too, Anna Weiss.", 2],
    ['Our team will be there: myself, Priya Raman (Programs) and Tom Ostrowski (Partnerships).', 3],
    ["No worries Lavinia, I'll be there with bells on. Bringing Jacko from the brewery too, he's keen to hear about the SME side.", 2],
    ["Anyway - yes, I'll be there on Wednesday, and so will Marta from our Barcelona office.", 2],
    ['Cu ajutorul lui Dumnezeu voi fi prezent luni la ora 10, împreună cu un membru al consiliului parohial, dl. Tiberiu Crăciun, care se ocupă de cor.', 2],
    ['Vă confirmăm participarea. Vom fi conectați din sala de ședințe, cu 5 colegi în total.', 5],
    ['Io vin. Ma aduce nepoata cu masina si sta si ea cu mine ca sa-mi noteze.', 2],
    // Negatives: no one named comes, a bare "cu", the one who only drives, a day, a thing brought.
    ["I'll be there, and so will the others from the network, I'm sure.", 1],
    ["I'll be there on Wednesday, and so is Friday's session, I think.", 1],
    ['Bringing Romanian wine for the break!', 1],
    ["I'll be there. Bringing European Capital brochures along.", 1],
    ['Vin luni. Am vorbit cu un membru al consiliului despre asta.', 1],
    ['Vin. Ma aduce nepoata cu masina si apoi pleaca.', 1],
    ['Vin cu 2 colegi.', 3],
    ["I'll be there. My co-founder sends her regards.", 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 47–49): comments taken into the slot, a few words asked for, observers and spectators', () => {
  it.each([
    ['confirm participarea. Am parcurs planul și am câteva comentarii la acțiunea 2 - le prezint în cele 5 minute alocate fiecărui stakeholder.', true],
    ['Nici nu se pune problema să lipsesc :) Am citit planul și am pregătit câteva comentarii pentru cele 5 minute ale noastre.', true],
    ['Io vin, ca am si eu ceva de zis despre cum se faceau lucrurile la noi in Fabric pe vremuri.', true],
    ['Sigur, intru. Pot sa spun si eu doua vorbe despre atelierul de olarit pentru copii?', true],
    ['I confirm my participation and that of my colleague Giulia Ferri. We would both like to speak briefly about the Open Design School.', true],
    ['Happy to join on Zoom and share a few words about what Matera 2019 did with the creative SMEs, if there is a slot.', true],
    ["I have a few comments on Action 2, mostly around how you intend to measure uptake, which I'd be glad to raise on the day. I'll be there.", true],
    ["Yes, count me in. I'm not planning to speak but will listen with great interest.", false],
    ['I am an Erasmus student researching ECoC legacy and would love to observe. I can attend, yes.', false],
    ['Ok, intru. Dar doar ca spectator, nu vorbesc nimic, ca n-am citit planul.', false],
    // Negatives: nothing said of speaking; leave asked with no topic or time asks about the rules.
    ['Vin. Pot sa spun si eu doua vorbe?', null],
    ['Vin luni. Am ceva de zis despre data: e cam devreme.', null],
    ['Vin. Am pregătit câteva întrebări pentru dumneavoastră.', null],
    ["I'll be there. I'll raise it with my director first.", null],
    ["We will both be there.", null],
    ["I'll be there. Happy to share a copy of our report.", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
