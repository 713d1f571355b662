import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 74–76 at first reading (unknown/maybe where the sender answered), with
 * cases that must keep their answer. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Comments on the plan promised after a refusal are no deferral of the answer (h74_066, h74_092).
  ['Lavinia, îmi pare rău, mi-a intervenit ceva și nu mă mai pot conecta pe 17. Revin cu comentarii în scris.', 'no'],
  ['mulțumesc pentru invitație, dar pe 17 am o sesiune foto programată de două luni și nu pot s-o mut. Voi citi cu atenție planul și revin cu observații.', 'no'],
  ['Nu știu încă dacă pot ajunge. Revin cu detalii.', 'maybe'],
  ['Revin cu un răspuns până vineri.', 'maybe'],
  ['Particip. Revin cu observații pe plan după atelier.', 'yes'],
  // The sender alone this time (h74_079); "not only I" is no refusal.
  ['De data aceasta mă conectez doar eu din partea Camerei. Mulțumesc.', 'yes'],
  ['Nu mă conectez doar eu, ci și colegul meu Andrei.', 'unknown'],
  // A tag question after a dash asks about the speaking slot, not about coming (h74_050).
  ["I'll join the Zoom on the 17th and would be happy to say a few words on how we piloted the SME vouchers - would 5 minutes work?", 'yes'],
  ["I can't make it on the 17th - would the 24th work?", 'unknown'],
  ['Will you also stream it - would that work for remote partners?', 'unknown'],
  // Leave asked to answer later is a deferral (h75_009); a question about coming is not.
  ['I might be in Timisoara that week for the handover, but my flights are not booked yet. Can I confirm by Tuesday?', 'maybe'],
  ['Pot să vă confirm până marți?', 'maybe'],
  ['Pot sa particip si eu chiar daca nu am firma inca?', 'unknown'],
  ['Please confirm by Friday.', 'unknown'],
  ["Sorry, I can't make it. Could I let you know by Friday about the next one?", 'no'],
  // The format chosen for a hybrid event is a yes (h76_029), as a whole clause only.
  ["Zoom for me please. I'll just listen, no presentation from our side.", 'yes'],
  ['Online pentru mine, vă rog.', 'yes'],
  ['Pentru mine online nu e o variantă.', 'unknown'],
  ['Zoom for me is difficult.', 'unknown'],
  ["No Zoom for me, sorry, I can't make it.", 'no'],
  // Doubt about the room, beside the organisation's yes, is about the format (h76_040).
  ['Din partea colegiului vor participa trei persoane: doamna director adjunct Carmen Pătrașcu și doi profesori de istorie. Cel mai probabil vor fi prezenți în sală.', 'yes'],
  ['Din partea asociației vor participa două persoane. Probabil nu vor putea fi prezente în sală.', 'maybe'],
  // The last letter left off "confirm" (h76_088).
  ['Buna ziua, confir participarea online, multumesc frumos', 'yes'],
  // "lua parte" with the modal (h64_095).
  ['Din motive de program nu voi putea lua parte la întâlnire. Vă trimit, totuși, câteva observații în scris.', 'no'],
];

describeIntentCorpus('intent misses of sets 74–76', corpus);
