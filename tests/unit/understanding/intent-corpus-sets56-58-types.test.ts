import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from the misses of sets 56–58, one per type, each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent].
 */
const corpus: IntentCase[] = [
  // A hope about room or the road is not doubt about coming (h58_043, h58_052).
  ['Confirm participarea. Vin din Vrsac dimineata, sper sa nu fie coada la granita.', 'yes'],
  ['Vom participa eu si trei colegi din echipa proiectului (Maria, Ionut si Bogdan). Speram sa fie loc pentru toti patru.', 'yes'],
  ['Sperăm să fie loc pentru toți patru.', 'unknown'],
  ['Sper să pot veni, sper să nu fie trafic.', 'maybe'],
  ['Sper să vin, dacă nu e coadă la graniță.', 'maybe'],
  // Doubt about one more companion is about the party (h58_047).
  ['Confirm pentru mine si probabil inca un coleg de la Ludic Studio, va zic sigur pana vineri daca vine si el.', 'yes'],
  ['Probabil eu și încă un coleg.', 'maybe'],
  ['Probabil vin, și poate încă un coleg.', 'maybe'],
  // "Nu reușesc luni", and a working day at one's own business (h58_017).
  ['nu reusesc luni dimineata, e zi de aprovizionare la cafenea si sunt singur. Spor la atelier!', 'no'],
  ['Nu reușesc luni.', 'no'],
  ['Luni dimineață e zi de aprovizionare, dar vin după 11.', 'yes'],
  ['Luni e zi de inventar, nu știu dacă reușesc.', 'maybe'],
  // Held at one's own post (h58_032).
  ['Vă mulțumim pentru invitație, dar luni 20 ianuarie avem simularea examenului de bacalaureat și nu pot părăsi școala.', 'no'],
  ['Nu pot părăsi școala până la 12, apoi vin.', 'yes'],
  ['Nu pot părăsi școala fără aprobare, revin cu un răspuns.', 'maybe'],
  // Both online, each on their own laptop (h58_067).
  ['Ne conectăm amândoi, eu și colega Mihaela Stoica, fiecare de pe laptopul lui.', 'yes'],
  ['Nu știu dacă ne conectăm amândoi.', 'maybe'],
  ['Dacă ne conectăm amândoi, avem nevoie de două linkuri?', 'unknown'],
  // A clipped confirmation (h57_010).
  ['Zoom works fine for us. Participation confirmed for 2 persons: Dr. Rainer Weber and myself.', 'yes'],
  ['Is participation confirmed for both of us?', 'unknown'],
  ['Participation not confirmed yet, I will let you know.', 'maybe'],
  // A condition on a topic coming up is not one on coming (h56_061).
  ["Happy to join online. I'll mostly listen this time, but of course I can answer questions on our voucher scheme if it comes up.", 'yes'],
  ['Happy to join if nothing comes up.', 'maybe'],
  ["I'll come unless something comes up.", 'maybe'],
  // A sentence going on from a question ("If it is …") hangs on its answer (h57_036).
  ["Just a question before I decide - who else from the partner cities is attending? If it is mostly local Timisoara organisations I'm not sure my input would be relevant.", 'unknown'],
  ['Will it be in English? If it is, I will definitely come.', 'unknown'],
  // Without a question before it the condition stays the sender's own.
  ['I will come. If it is online, I will join from the office.', 'maybe'],
  // Asking leave to mention something, then saying how long, asks to speak (h56_045).
  ["Apologies for the late reply. I'd be delighted to attend on Monday. Would it be possible for me to briefly mention the Creative Economy grants we are opening in March? Two minutes would be plenty.", 'yes'],
  ["I'd be delighted to attend on Monday. Could I join online instead? Two minutes would be plenty for my part.", 'unknown'],
  ["I'd be delighted to attend. Is it in English? I'd like to present for five minutes.", 'unknown'],
  // Parking asked after the wish presumes coming (h143_078's screen share likewise).
  ["I'd be delighted to attend. Is there parking nearby? I'd like to present for five minutes.", 'yes'],
];

describeIntentCorpus('intent corpus: sets 56–58, types', corpus);
