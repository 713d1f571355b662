import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 77–79, with the cases each new phrase must leave alone.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A stand-in already asked and said to dial in is the organisation's yes (h78_002); only planned or refused, it is not.
  ["Apologies – double booked on the 17th. I've asked Bianca from our marketing team to join instead; she'll dial in on the Zoom link.", 'yes'],
  ["Apologies – double booked on the 17th. I asked Bianca whether she could join instead, she can't.", 'no'],
  ["Apologies – double booked on the 17th. I'll ask Bianca to join instead.", 'no'],
  ["Sorry, I can't come. I've asked Bianca to join instead but she won't be able to make it either.", 'unknown'],
  // Being there, said plainly (h77_015, h77_046, h77_041).
  ['am primit invitatia, ma bucur ca ati continuat seria. Luni la 10 sunt acolo.', 'yes'],
  ['Nu sunt acolo luni, sunt plecat.', 'no'],
  ['sunt pe Zoom miercuri. Mersi!', 'yes'],
  ['Sunt pe Zoom miercuri toată ziua cu un client, nu pot participa.', 'no'],
  ['Revin: am terminat montajul, deci vin luni. 🙂', 'yes'],
  ['Am o ședință atunci, deci nu vin.', 'no'],
  // "it's a no from …" (h77_021); "Maybe the next one" after "Not this time" (h79_070).
  ["Sadly we're pitching in Berlin on Jan 20 so it's a no from Bright Labs this time. Happy to join the next one.", 'no'],
  ['Not this time, sorry! Maybe the next one.', 'no'],
  ['Maybe the next one would suit us better, not sure about this one yet.', 'maybe'],
  // Institutional refusals (h77_025, h78_022, h78_043, h79_071).
  ['Din pacate agenda conducerii nu permite participarea pe 20.01. Va rugam sa ne transmiteti materialele rezultate.', 'no'],
  ['Considerăm că nu este potrivit ca PwC să participe în această etapă. Sperăm să înțelegeți.', 'no'],
  ['Sperăm să înțelegeți întârzierea răspunsului. Participăm cu drag.', 'yes'],
  // An assistant answering for the person invited (h78_043) is the invitation's no (the head was invited).
  ['Vă scriu din partea doamnei Luminița Anghel, Director Regional. Doamna director nu va putea participa la întâlnirea din 17.01, fiind în concediu.', 'no'],
  ['Regrettably, we must decline the invitation, as our team will be attending the annual assembly in Vienna that week.', 'no'],
  // Others coming (h77_049, h78_072) and being listed (h79_082, h79_088).
  ['Cristina and Mihai Dumitru (our board member) will both join the Zoom. Do we need separate links or is the one in the invite fine?', 'yes'],
  ['Ne conectăm doi colegi: Cosmin Radu și Raluca Man. Doar ascultăm, nu avem comentarii pregătite.', 'yes'],
  ['Salut Lavinia, bifează-mă și pe mine, pls.', 'yes'],
  ['Ne treceți și pe noi:\n- persoane: 2 (Marta Kiss, Ana Pașca)\n- produs: da, brânzeturi maturate\n- luăm cuvântul: nu', 'yes'],
  ['Ne treceți și pe noi? Încă nu știm dacă ajungem.', 'maybe'],
  // A colleague only hoped for after the sender's refusal (h78_004).
  ['Sadly I won\'t be able to make it this time - I\'m in Cluj for the whole week - but my colleague Mihai may be able to come. I\'ll ask him to contact you directly.', 'no'],
  ["I'm afraid I will not be able to attend. My colleague Andreea may be able to come in my place - she will confirm directly.", 'no'],
  ['Unfortunately I cannot attend in person, but my colleague and I might be able to join online.', 'maybe'],
  // A tag question the sender answers at once asks nothing, so the clash stands (h77_052); a real question still waits.
  ['Sorry, I have a board meeting at the same time, is that ok?', 'unknown'],
  ["It's at 10, right? I have a clash then.", 'unknown'],
  // Kept from work (h78_090); missing the event itself ruled out is a yes.
  ['Din păcate, miercuri 17 avem release și nu pot lipsi din echipă. Vă transmit în scris comentariile.', 'no'],
  ['Nu pot lipsi de la o asemenea întâlnire, vin sigur.', 'yes'],
  // Another session wished for (h79_017): no longer a hedge about this one.
  ['Dacă se va organiza și o sesiune online, ne-ar plăcea să participăm.', 'unknown'],
];

describeIntentCorpus('intent misses of sets 77–79', corpus);
