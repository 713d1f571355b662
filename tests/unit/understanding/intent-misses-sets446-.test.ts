import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-fourth session's held-out sets (446 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // The party's doubt is about its size, the yes stands (h102_047, a known miss since set 102).
  ['Bună ziua, vă confirmăm participarea noastră. Vom fi maxim 3 persoane (probabil 2), vă dau numărul exact joi.', 'yes', 3],
];

describeIntentCorpus('older misses mended in the twenty-fourth session', olderMisses);

const corpus446: IntentCase[] = [
  // Bare answers to something else (set 447, confident errors): the speakers' list, the parking, the mailing list.
  ['Salut,\n\nNu, mersi, nu vreau să fiu pe lista de vorbitori. Doar intru să aud ce se discută.\n\nVlad', 'yes', 1, false],
  ['Nu, nu am nevoie, vin cu tramvaiul. Ne vedem luni la 10. Radu', 'yes', 1],
  ['Yes please — could you add my colleague Lukas to the mailing list? lukas.v@kaunas2022.eu', 'unknown'],
  ['Da, puteți să-l adăugați pe colegul meu pe lista de e-mail? Mulțumesc.', 'unknown'],
  ['Yes please, count me in.', 'yes', 1],
  // A reason, then "deci nu vă pot confirma prezența" with no "încă": the reason answers (h447_032); with "încă" it stays a hedge.
  ['Buna seara doamna Simion,\n\nSunt in concediu medical pana pe 25, deci nu va pot confirma prezenta. Sper la o sesiune viitoare.\n\nValentina', 'no'],
  ['Nu am acces la agenda domnului primar, așa că nu vă pot confirma încă. Revin până vineri.', 'maybe'],
  // A confirmation cancelled (h447_073).
  ['Bună ziua,\n\nVă rog să anulați confirmarea mea de săptămâna trecută, a apărut o deplasare neprevăzută la Viena. Îmi pare rău,\nRăzvan', 'no'],
  ['Unfortunately I must cancel my confirmation, something came up.', 'no'],
  // Attending said in other words.
  ['Dear Ms Simion, Thank you. I will not speak this time, but I will be following the discussion on Zoom.', 'yes', 1, false],
  ['Dragă Lavinia, fiindcă atelierul e online, îmi voi face loc. Dacă timpul permite, aș vrea să spun câteva vorbe despre editurile mici.', 'yes', 1, true],
  ['Hi Lavinia, One more thing – my colleague Anke Bouma would also like to join (listening only). Could you please forward the Zoom link to her? Thanks, Sjoerd', 'yes', 2],
  ['Count me in. Maybe my colleague Ivana will also join, I\'ll confirm tomorrow.', 'yes', 1],
  // A "but" after a refusal of the talk turns on the talk, not on the wish (h446_006).
  ["I would be glad to join the Zoom meeting on the 17th as an observer from Kaunas 2022 – I will not take the floor, since the discussion will be mostly in Romanian, but it's very useful for us to follow how you structure the action plan.", 'yes', 1, false],
  ['I would love to join, but I have a board meeting that morning.', 'no'],
  // The count's doubt, not the coming (h446_063).
  ['Salut Lavinia, Venim, probabil 2 oameni, dar îți confirm numărul exact până miercuri. Paul', 'yes', 2],
  // Party and speaking: an artist along (h448_047), students who present (h446_049), the five minutes, remarks, slides.
  ['Bună ziua, Ne vedem luni! Vin cu artistul Matei Zaharia. Nu pregătim prezentare. Adina', 'yes', 2, false],
  ['Bună ziua, Confirm participarea la atelier. Voi veni însoțită de doi studenți masteranzi de la Design, Ana Mureșan și Dragoș Ilin, care lucrează la un proiect de branding cultural și ar vrea să-l prezinte pe scurt.', 'yes', 3, true],
  ['Bună ziua, Participăm 2 persoane din partea Bega Tech: eu și Larisa Onu. Vreau să ocup cele 5 minute cu propunerea noastră de incubator creativ.', 'yes', 2, true],
  ['Bună Lavinia, Confirm participarea mea. Voi avea și eu câteva comentarii scurte, în special despre calendarul de pilotare.', 'yes', 1, true],
  ['Bună ziua, Voi fi prezent și aș vrea să arăt 3 slide-uri despre incubatorul nostru. Există ecran pentru proiecție?', 'yes', 1, true],
  // Must keep: coming only to listen.
  ['Nu stiu inca daca voi vorbi, dar sigur ma conectez sa ascult.', 'yes', 1, false],
  ['Confirm prezența la Forum, fizic. Nu vreau slot, doar vin să ascult și să cunosc lume.', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 446–448', corpus446);

const corpus449: IntentCase[] = [
  // A colleague named after where she is from (h450_051); colleagues "de la X" who "vor veni însă" and wrote separately name no one sent (h387_063).
  ["Hi Lavinia,\n\nI'm afraid I can't make it, but my colleague from the Hungarian Cultural Institute, Eszter, will attend and might speak for 5 minutes on our behalf.\n\nCheers,\nKristof", 'yes', 1, true],
  ['Bună ziua, Vă mulțumesc, dar n-o să ajung. Colegii de la FabriCultural vor veni însă, Matei și Ana v-au scris separat. Cristina', 'unknown'],
  // The party said short: "Eu nu, colegii da" (h450_060), "Suntem 2 + 1" (h450_042), one of three announced by a colleague (h451_061).
  ['Buna! Eu nu, colegii da, vreo 2-3 oameni. Revin cu numele', 'yes', 3],
  ['Bună, Suntem 2 + 1 (vine și un partener din Arad, dacă e ok). Cosmin', 'yes', 3],
  ['Confirm (sunt unul dintre cei trei anunțați de Oana).', 'yes', 1],
  ['Salutare, Respingem politicos de data asta – suntem în inventar. Spor la atelier! Ovidiu', 'no'],
  // Counts: colleagues by first name after their verb (h449_043), interns brought (h450_054), a total corrected (h450_025),
  // one named before who no longer comes (h450_034, and the older known misses h393_052, h444_026).
  ['Mulțumim pentru agendă. Vor veni colegii mei Dana și Eugen, eu nu pot.', 'yes', 2],
  ['Bună Lavinia,\n\nSigur vin! Și aduc și pe cei doi stagiari de la galerie, dacă nu e o problemă.\n\nIlinca', 'yes', 3],
  ['Bună ziua,\n\nDin partea ADETIM participă: Adriana Neagu, Florin Gheorghiu, Cosmin Raț, Laura Toma.\nRectific: Cosmin nu mai poate, rămânem trei.', 'yes', 3],
  ['Bună ziua,\n\nNoi (eu, Mihai, Ilinca și Sabina) venim. Ilinca nu mai vine de fapt, s-a răzgândit între timp.\n\nAna', 'yes', 3],
  ['Bună, Ok pentru mine. Vin cu Maria și Paul. George\n\nP.S. Paul nu mai vine, doar Maria.', 'yes', 2],
  ['Revin cu o corectură: vom fi de fapt 4 persoane, ni s-au mai alăturat doi colegi, Dorin și Ilinca. Scuze pentru confuzie! Roxana', 'yes', 4],
  ['Vin cu Maria și Paul. Paul nu mai vine, deci venim 3 cu fratele meu.', 'yes', 3],
  // Speaking: one of the party speaks, the sender listens (h450_030, h450_041, h450_043, h450_053).
  ['Bună Lavinia, Din Direcția Dezvoltare intrăm eu și Marius. Marius vrea să spună ceva despre finanțări, eu doar ascult. Oana', 'yes', 2, true],
  ['Bună ziua, Din partea Asociației Timișoara 2023 vom fi doi colegi din echipa de programe. Unul dintre noi va comenta pe acțiunea 1.', 'yes', 2, true],
  ['Bună ziua, Nu o să pot participa eu, dar o trimit pe colega mea, Bianca Ene, care o să și vorbească în numele nostru.', 'yes', 1, true],
  ['Bună ziua, Vom participa cu echipa de CSR. Dna. Irina Olaru va vorbi în cele 5 minute, restul suntem doar ascultători.', 'yes', undefined, true],
  // The sender's own talk, both ways.
  ['Buna ziua, particip. Am si o propunere de 5 minute despre turismul de familie. G. Nistor', 'yes', 1, true],
  ['Hi Lavinia, Count me in. Happy to share a 5-minute reflection on the Leeuwarden legacy programme if useful. Best, Hans', 'yes', 1, true],
  ['Bună ziua, Confirm participarea Bibliotecii Județene Timiș (Carmen Roșu, bibliotecar). Vom asculta discuția, nu avem material pregătit.', 'yes', 1, false],
  ['Dear Lavinia, Thank you. I will attend with my colleague Giulia; we are happy to listen, we will not take the 5 minutes this time.', 'yes', 2, false],
  // Listening beside a word to add leaves the speaking open (h113_003, h262_017).
  ['Hello Lavinia, Yes, I will be there (on Zoom). Happy to listen in and share a few thoughts if useful. Jan', 'yes', 1, null],
];

describeIntentCorpus('misses of sets 449–451', corpus449);

const corpus452: IntentCase[] = [
  // Bare answers to something else (set 453, confident errors): food, the recording, an invitation never received.
  ['Bună ziua, Nu, nu am restricții alimentare, mulțumesc că ați întrebat. Diana Cozma', 'unknown'],
  ['Hi Lavinia, Yes to the recording, no problem on our side. Could you also send me the English version of the draft action plan? Best, Rūta', 'unknown'],
  ['Hi, No, I never got the first invitation, only this reminder. Anyway: yes, I\'ll be there Monday. Stefan', 'yes', 1],
  // "who will join on our behalf" after a colleague named is the colleague's coming (h453_008); a hope is not (h46_103).
  ['Hi Lavinia,\n\nForwarding below the reply from my colleague Vlad, who will join on our behalf. I will not be able to attend myself.\n\nBest, Elena', 'yes', 1],
  ['Dear Ms Simion, I regret to inform you that I will not be able to attend. I have forwarded the invitation to my colleague Mr Lucian Pop, who might be able to join; he will contact you directly.', 'no'],
  ['I forward this to our director, he will decide who will participate from our side.', 'unknown'],
  // Nobody from the office (h453_009); "for now, don't count on me" after a condition about news (h453_057).
  ['Lavinia, Mai jos vezi confirmarea colegului Cosmin de săptămâna trecută. Între timp Cosmin a intrat în concediu medical, iar eu am ședință de comisie la aceeași oră, așa că din partea Direcției Dezvoltare nu va participa nimeni de data asta. Îmi pare rău.', 'no'],
  ['Bună ziua, Aș veni, dar nu am pe cine să las cu copiii luni dimineață. Dacă se schimbă ceva vă anunț, deocamdată nu contați pe mine. Medeea', 'no'],
  // Yes in other words: a friend along (h452_032), put on the list (h454_076), asked to be added to the Zoom list first (h454_037).
  ['Revin: vine cu mine si o prietena, tot artist vizual, Ioana. E ok?', 'yes', 2],
  ['Bună ziua, Colega mea, doamna conf. Ioana Georgescu, fiind în concediu, vă rog să mă treceți pe mine pe lista participanților din partea Departamentului de Management UPT.', 'yes', 1],
  ['Salut Lavinia, Poți să mă adaugi în lista de invitați pentru Zoom? Aș vrea să particip și eu de la Serviciul Relații Internaționale, doar să ascult. Mersi, Sorina', 'yes', 1, false],
  ['Hi Lavinia, The invitation did not reach my calendar, could you please resend the Zoom link? I would like to join. Thanks, Marco', 'yes', 1],
  ['Se poate și online? Aș dori să particip.', 'unknown'],
  // Two titled colleagues sent (h454_020, and the older known misses h442_023, h66_043); "reprezentat de" lists stay two.
  ['Stimată doamnă Simion,\n\nDin partea CCIAT vor participa la sesiunea din 20 ianuarie doamna Ioana Radu și domnul Cristian Avram. Eu, din păcate, am o deplasare la București.\n\nCu stimă,\nMihai Ionescu', 'yes', 2],
  ['Bună ziua, Vă confirm participarea reprezentanților Direcției Județene pentru Cultură Timiș: doamna Irina Lazăr și domnul Cosmin Vidu. Subsemnata nu voi putea fi prezentă, fiind în delegație.', 'yes', 2],
  ['Bună ziua, Oficiul Registrului Comerțului va fi reprezentat la sesiunea din 20.01.2020 de doamna Simona Pavel și doamna Diana Roșu, consilieri.', 'yes', 2],
  // Speaking, both ways.
  ['Bună seara, Mulțumesc pentru invitație! Confirm, voi participa ca ascultător. Andrei', 'yes', 1, false],
  ['Bună ziua, Voi participa în calitate de observator. Adrian Bogdan', 'yes', 1, false],
  ['Dragă Lavinia, Vom participa două persoane din partea Asociației Prin Banat (eu și Dana Ilieș). Ne-ar plăcea să avem și noi o intervenție despre turismul cultural local.', 'yes', 2, true],
];

describeIntentCorpus('misses of sets 452–454', corpus452);
