import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 47–49, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // British and North-American declines without a "no".
  ["Hi Lavinia,\n\nAfraid I'll have to send my apologies for Wednesday – I'm chairing a panel at exactly the same time.", 'no'],
  ['I will send my apologies to Mihai for the delay. See you on Wednesday!', 'yes'],
  ['Sorry Lavinia, can\'t do Monday. x', 'no'],
  ["thanks - I'm afraid Wednesday doesn't work for me. Any chance of a recording?", 'no'],
  ['Monday doesn\'t work for the courier, so I\'ll bring the files myself. See you there!', 'yes'],
  ["I can't make the 17th but I'd love to be involved in the next lab. Also, would it be possible to have a chat?", 'no'],
  ["I can't make the 17th deadline for the slides, but I'll be there.", 'yes'],
  ["I wish I could say yes but I'm back in Montreal until the 28th. Fingers crossed for the next one!", 'no'],
  ['I wish I could say yes to everything you ask!', 'unknown'],
  ["I shan't be able to make it myself, regrettably, but I wondered whether a short written contribution might be useful for the discussion?", 'no'],
  ['I will be there, but I wondered whether I could bring a colleague?', 'yes'],
  ["Lavinia, so sorry, I'll be on a plane that morning. Please send me the minutes!", 'no'],
  ["I'll be flying in that morning and will come straight from the airport.", 'yes'],
  ['Unfortunately none of us will be able to travel to Timisoara on 20 January.\n\nWe would be very happy to join a follow-up call if you organise one.', 'no'],
  ['We would be happy to join a follow-up call. See you on Monday!', 'yes'],
  // Short acceptances.
  ['Happy to! Send me the link closer to the time?', 'yes'],
  ['Happy to help with the slides.', 'unknown'],
  ["Lavinia, that's grand – I'll be on. I won't be saying much, mind.", 'yes'],
  ["I'll be on leave that week.", 'no'],
  ['In 👍', 'yes'],
  ['In Timisoara?', 'unknown'],
  ["Lavinia, I'd be delighted. I'll swing by after my 9 o'clock, so I may be ten minutes late – apologies in advance.", 'yes'],
  ["I'd be delighted if you could send me the agenda.", 'unknown'],
  ["I'd be delighted, but I'm in Brussels that week.", 'no'],
  // A hedge about the role or leaving early, beside a yes elsewhere.
  ["Yes I'll join. Probably just listening in though, still catching up on the plan", 'yes'],
  ["Maybe, but I'll only listen.", 'maybe'],
  ["Thanks Lavinia – I'll be there, though I might have to slip out around 12.", 'yes'],
  ['I might have to slip out around 12.', 'maybe'],
  // A tentative booking.
  ["Pencil me in! Diary looks clear but I need to check Sam isn't also out of the studio that day. Will confirm properly by Weds.", 'maybe'],
  // Romanian: "poate" as "it can", the Transylvanian "no, bine", a self-correction, "intru".
  ['Io vin, ca am si eu ceva de zis despre cum se faceau lucrurile la noi, poate ajuta la planul dumneavoastra.', 'yes'],
  ['Poate vin, poate nu.', 'maybe'],
  ['No, bine. Vin și eu, că tot am treabă în Timișoara luni.', 'yes'],
  ['No, thanks. I have another meeting.', 'no'],
  ['Daca ma ajuta nepotul cu Zoomul, intru si eu. Ba nu, stiti ce, intru sigur, ca a zis ca vine duminica.', 'yes'],
  ['Daca ma ajuta nepotul cu Zoomul, intru si eu.', 'maybe'],
  ['Ok, intru. Dar doar ca spectator, nu vorbesc nimic.', 'yes'],
  ['Intru?', 'unknown'],
  ['Nu intru.', 'unknown'],
  ['Noi suntem doi din partea asociatiei: eu si Cristi Moga.', 'yes'],
  ['Nu-mi da mana luni, sunt la targ la Arad cu marfa. Poate data viitoare.', 'no'],
  ['Vin, dar nu-mi dă mâna să plătesc și cazarea.', 'yes'],
  ['As fi venit cu drag, dar m-am internat la Judetean pentru o operatie si nu stiu cand ies.', 'no'],
  ['Nu știu când ajung acasă, vă anunț.', 'maybe'],
  ['Buna ziua, is bolnava de o saptamana, cu febra, nu pot intra nici pe Zoom. Imi pare tare rau.', 'no'],
  ['Nu pot veni fizic, dar intru pe Zoom.', 'yes'],
];

describeIntentCorpus('intent corpus, sets 47–49 (intent)', corpus);
