import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 35–37, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Asking to be listed, oneself with others.
  ['Please register Ms Elena Vasić and myself for the Local Learning Lab on 20 January.', 'yes'],
  ['Either way, please put me down.', 'yes'],
  ['Count me and two of my PhD students in.', 'yes'],
  ['Please add me to your mailing list.', 'unknown'],
  ['buna ziua, ne puteti trece pe lista: Florin Oancea si Maria Oancea.', 'yes'],
  ['Confirm 2 persoane: eu și colegul meu Bogdan Rusu.', 'yes'],
  // Part of the event, with the organiser's consent asked: still a yes.
  ["I can do the morning part only – I'll need to leave around 11:30. If that works for you, please add me.", 'yes'],
  ["I can't do the morning part, only the afternoon.", 'unknown'],
  ['Particip doar în prima parte, până pe la 11:30. Dacă e ok așa, treceți-mă pe listă.', 'yes'],
  ['Am curs până la 12:30, așa că intru după aceea — dar intru sigur.', 'yes'],
  ['Intru cu plăcere.', 'yes'],
  ['Nu știu dacă intru sigur, vă anunț.', 'maybe'],
  // Standing in for someone else, or confirming someone else.
  ['Voi intra eu în locul doamnei decan, care are o suprapunere cu Consiliul Facultății.', 'yes'],
  ['Colega mea e plecată. Dacă sunteți de acord, voi participa eu în locul ei.', 'yes'],
  ['Dacă sunteți de acord, trimit un coleg în locul meu.', 'unknown'],
  ['Vă confirm participarea doamnei director Elena Vlad. Eu nu voi fi prezentă, având o altă activitate.', 'yes'],
  // A late reply's room, not doubt; an "otherwise" after it keeps the doubt.
  ['Îmi cer scuze că răspund după termen. Dacă mai este loc, vă confirm participarea mea luni.', 'yes'],
  ['Particip dacă mai este loc, altfel nu pot veni.', 'maybe'],
  // Earlier answers reported, an update: the answer is the current one.
  ['Scuze pentru confuzie: ieri v-am scris că nu pot, azi dimineață că poate vin. Acum e sigur: vin luni.', 'yes'],
  ['Poate vin, ieri v-am scris că nu pot.', 'maybe'],
  ['Revin cu o mică modificare: vom fi de fapt trei persoane, nu două.', 'yes'],
  ['Revin cu detalii.', 'maybe'],
  // Doubt about another session, a device, a companion or a colleague is not about coming.
  ['Pentru atelierul din 20 ianuarie vă confirm prezența. Pentru cel din februarie încă nu știu, vă anunț separat.', 'yes'],
  ['Pentru cel din februarie vă confirm prezența.', 'unknown'],
  ['Particip. Intru de pe telefon probabil, sunt pe drum la ora aia.', 'yes'],
  ['Intru de pe telefon probabil.', 'unknown'],
  ['Maybe I will come.', 'maybe'],
  ['Vin. Poate și cu Adi, vă confirm mâine dacă vine și el.', 'yes'],
  ['Buna ziua, vin si eu, poate si cu sotia daca scapa de la serviciu.', 'yes'],
  ['Confirm și eu participarea. Our team lead from Bucharest might join too, dar încă nu e sigur.', 'yes'],
  ['Our director might join.', 'unknown'],
  ['Vă confirm că nu voi putea participa. Contactați-o pe colega mea, care s-ar putea să fie disponibilă.', 'no'],
  ['Vă rog să-mi spuneți dacă e necesar să ne înscriem pe vreo platformă. Vă confirm că voi participa.', 'yes'],
  // Refusals: cancelling, nobody of the organisation, the whole team busy, a formal third person.
  ['Unfortunately I have to cancel – our board meeting has been rescheduled.', 'no'],
  ["If I have to cancel, I'll let you know.", 'maybe'],
  ["I'm afraid neither I nor any of my colleagues from the Foundation will be available that morning.", 'no'],
  ['Neither I nor my colleagues have any questions. See you there!', 'yes'],
  ['Din păcate, niciunul dintre colegii din Departamentul de Cercetare nu este disponibil miercuri.', 'no'],
  ['Din păcate, pe 17 avem lansarea campaniei și toată echipa de marketing este implicată full-time.', 'no'],
  ['Toată echipa este implicată în proiect, vin cu drag.', 'yes'],
  ['Mr. Richard Hale, Managing Director, regrets that he is unable to attend due to a board meeting.', 'no'],
  ["None of us can travel to Timisoara in January. We'd be happy to join the next one.", 'no'],
  ["I would be happy to join the next one.", 'unknown'],
  // A sequel to a question hangs on its answer.
  ['Could you please confirm whether the event will be held in English or Romanian? I will confirm attendance after that.', 'unknown'],
];

describeIntentCorpus('intent corpus, sets 35–37 (intent)', corpus);
