import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 41–43, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Non-native acceptances.
  ['I will assist to the meeting on 20 January, together with my colleague.', 'yes'],
  ['I will assist you with the meeting logistics.', 'unknown'],
  ['for sure we join! Do you need our ID numbers for the entrance?', 'yes'],
  ['For sure we join the next one!', 'unknown'],
  ['Hello Lavinia, I am with you on Wednesday. Only question: do I need to install Zoom?', 'yes'],
  ['I am with you on this, the topic matters.', 'unknown'],
  // A typed smiley ends a sentence: the question after it asks only itself.
  ["I will be present, and if it's fine for you I would like to present 5 minutes, I promise :)\nIs it OK?", 'yes'],
  ['Is it OK :) I am not sure yet whether I can come.', 'maybe'],
  // A bare "is it OK?" after the wish to speak asks about speaking.
  ['As dori sa particip si sa prezint pe scurt proiectul nostru, maxim 5 minute. Se poate?', 'yes'],
  ['Aș dori să particip. Se poate?', 'unknown'],
  ['Aș dori să particip. Se poate online?', 'unknown'],
  // An offer of part of the event put to the organiser.
  ["I have a conflict until 11:30 – I could join after that. Would that be ok? Otherwise I'll have to skip this time.", 'maybe'],
  ['I could join after that. Can you send me the agenda?', 'unknown'],
  // Refusals: renouncing, an organisation sending nobody, the institution itself.
  ['Unfortunately I must renounce, on the 20th I am in Brussels.', 'no'],
  ['Unfortunately we cannot delegate anyone for this session.', 'no'],
  ["I can't come, but we will send a representative.", 'unknown'],
  ['Agenția nu va putea desemna un reprezentant pentru această sesiune.', 'no'],
  ['Dacă nu vom putea trimite un reprezentant, vă anunțăm.', 'maybe'],
  ['Conducerea liceului nu va putea participa, întrucât are loc simularea examenului.', 'no'],
  ['Colegul meu de la Agenția de Mediu nu va putea participa.', 'unknown'],
  // A stand-in only hoped for leaves the refusal.
  ['Unfortunately I must renounce. My colleague Rocco Santarsiero could maybe participate in my place, he will confirm to you directly.', 'no'],
  ["I'm afraid I will not be able to attend. My colleague Andreea may be able to come in my place - she will confirm directly.", 'no'],
  ['My colleague Andreea may be able to come in my place.', 'maybe'],
  // Doubt in principle, approval from the boss.
  ['in principle yes, I would like to come, but I have to check first with my boss whether I can travel.', 'maybe'],
  ['I need to check with my boss.', 'maybe'],
  // Questions, not conditions or hedges.
  ["I'm sorry but I cannot be there in person. Is it possible to follow online? If yes please send me the link.", 'unknown'],
  ["If it's in Romanian I am not sure I will understand much :)", 'unknown'],
  ['Not sure I can make it.', 'maybe'],
  ['Vă rog să ne spuneți dacă la atelier pot participa și reprezentanți ai ONG-urilor partenere.', 'unknown'],
  ['Please let us know whether partner NGOs can also attend.', 'unknown'],
  ['Dacă pot participa online, vin.', 'maybe'],
  ["I'll let you know if I can attend.", 'maybe'],
  ['Vă spun mâine dacă pot participa.', 'maybe'],
  // Asides: the tool, details.
  ['Nu am nimic împotrivă, particip cu drag. Sper să meargă Zoom-ul la mine.', 'yes'],
  ['Sper să pot participa.', 'maybe'],
  ['Vin si as vrea sa prezint 5 min. Revin cu detalii de pe laptop.', 'yes'],
  ['Revin cu detalii.', 'maybe'],
  // A secretariat writing for its head: a place booked, a deputy delegated in the head's place.
  ['Vă rugăm să rețineți participarea doamnei subprefect Ionela Rusu la evenimentul din 20.01.2020.', 'yes'],
  ['Domnul primar nu va putea participa. Va fi delegat în locul dânsului domnul viceprimar Ioan Crăciun.', 'yes'],
  ['Domnul primar nu va putea participa. Nu va fi delegat nimeni în locul dânsului, domnul Ion Pop fiind plecat.', 'no'],
  ['Domnul primar nu va putea participa.', 'no'],
  ["I'm writing on behalf of Rūta, she is on sick leave. She will not participate, but our colleague Tomas Petraitis would like to attend in her place.", 'yes'],
  ['She will not participate, and no one will attend in her place.', 'unknown'],
  ['Sjoerd cannot make it after all. I will attend in his place.', 'yes'],
  ['She will not participate. Tomas Petraitis cannot attend in her place either.', 'unknown'],
  // The organisation is represented; only who is open.
  ['Biblioteca va fi reprezentată la atelier, dar încă nu am stabilit de către cine - cel mai probabil eu sau colega mea. Revenim cu numele exact.', 'yes'],
  ['Biblioteca va fi reprezentată la atelier, dar încă nu știm dacă putem. Revenim.', 'maybe'],
  ['Vin eu sau colega mea, probabil.', 'maybe'],
];

describeIntentCorpus('intent corpus, sets 41–43 (intent)', corpus);
