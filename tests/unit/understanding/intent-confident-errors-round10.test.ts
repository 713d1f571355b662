import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 77–79 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A "yes" answering the sender's own tag question, not the invitation (h77_052).
  ['Sorry, I have a board meeting at the same time (10:00 Kaunas time is 11:00 yours, right? – yes, it clashes). I will read the plan and send feedback.', 'no'],
  ['Is the workshop on Wednesday, right? Yes, I will come.', 'yes', 1],
  ['Vin cu un coleg, e ok? Da, vin sigur.', 'yes', 2],
  ['Will I come? Yes!', 'yes', 1],
  // Who comes is still to be decided: a verb of coming after "cine"/"who" answers nothing (h78_078).
  ['Se poate transmite și materialul de lucru înainte de întâlnire? Aș vrea să văd despre ce e vorba înainte să stabilim cine participă din partea noastră.', 'unknown'],
  ["I'd like to see the material before we decide who will attend from our side.", 'unknown'],
  ['Participă din partea noastră doi colegi.', 'yes', 2],
  ['Vom decide cine participă, dar sigur venim.', 'yes'],
  // Round eleven (h80_025): a counterfactual said of the occasion, then the reason.
  ['Ar fi fost o bucurie să fiu alături de dumneavoastră, însă în ultimele săptămâni am avut probleme cu sănătatea și medicul mi-a recomandat să nu ies din casă.', 'no'],
  // Said alone, nothing asked or answered beside it, it regrets (twenty-seventh session, as "Mi-ar fi plăcut să vin", h513_065).
  ['Ar fi fost o bucurie să fiu alături de dumneavoastră.', 'no'],
  ['Va fi o bucurie să fiu alături de dumneavoastră.', 'yes', 1],
  ['Ar fi fost frumos să venim cu toții, dar vin doar eu.', 'yes', 1],
  // A number of minutes is no party ("we will be #" is a total of people).
  ['Confirm participation. We will be 2 minutes late.', 'yes', 1],
  ['We will be 3, see you there.', 'yes', 3],
];

describeIntentCorpus('confident errors of sets 77–79', corpus);
