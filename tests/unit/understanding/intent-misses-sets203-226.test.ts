import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the fourteenth session's held-out sets (203–226) at first reading, one table per
 * round of three sets, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus203: IntentCase[] = [
  // The way in named, the sender among who joins (h203_097).
  ['Bună ziua, O să intrăm pe Zoom eu și asociatul meu, Vlad Iancu. Florin', 'yes', 2],
  ['Nu o să intru pe Zoom eu, ci colega mea.', 'unknown'],
  // A role of the sender's team along, its adjective after (h203_024).
  ['Vin cu regizorul nostru artistic. Mersi!', 'yes', 2],
  // A word asked for, "și eu" between (h203_037); a talk offered, its length in brackets (h203_063).
  ['Bună ziua, Confirm. Aș dori să am și eu un scurt cuvânt (3-4 minute) despre experiența Ambasadei Creative cu rezidențele. Matei', 'yes', 1, true],
  ['Dear Lavinia, I will join the Zoom session on Wednesday. If useful, I can share a short (5 min) update on how Leeuwarden is piloting its SME voucher scheme.', 'yes', 1, true],
  // "Vă anunț că" tells; it defers nothing (h204_065).
  ['Bună ziua, Vă anunț că doamna director nu poate participa, fiind în concediu. Vă mulțumim pentru înțelegere. Secretariat', 'no'],
  ['Bună ziua, vă anunț până vineri.', 'maybe'],
  // A delegation counted (h204_048).
  ["Hi Lavinia, We are a small delegation of five from Pécs: two from the city, three from the university. I'll send the names tomorrow. Regards, Zsófia", 'yes', 5],
  // A stand-in named in the sentence before, a pronoun after (h204_061).
  ['Hello, Could you add my colleague Lena Fischer to the list? She will attend instead of me. Thanks, Jonas', 'yes', 1],
  ['Hello Lavinia. She will attend instead of me. Thanks, Jonas', 'unknown'],
  // A confirmation naming who comes, then the sender's own absence (h204_081).
  ['Bună ziua, Vă transmit confirmarea pentru 2 persoane de la Camera de Comerț: dna Irina Pavel și dl Cosmin Radu. Eu nu voi putea participa. Cu stimă, Marius', 'yes', 2],
  ['Confirm participarea. Eu nu voi putea participa.', 'unknown'],
  // A follow-up's "Revin:" correcting the count (h204_085); corrected by "Pardon," (h204_018).
  ['Bună ziua, Participăm cu două persoane. Revin: o singură persoană, colegul meu s-a îmbolnăvit. Cu stimă, Victor Neagu', 'yes', 1],
  ['Am primit, mulțumesc. Revin.', 'maybe'],
  ['Salut Lavinia, venim doi: eu și Vlad. Pardon, trei, vine și Oana. Pe curând!', 'yes', 3],
  // An interpreter along (h204_042); not a translator used to read (h57_022).
  ['Dear Ms Simion, I will attend together with an interpreter, as my Romanian is limited. Best, Klaus Weber', 'yes', 2],
  ["Yes, I'd love to join. I read the draft (well, skimmed with a translator) and it looks good.", 'yes', 1],
  // A question checking the way in after a wish presumes coming (h205_056).
  ['Hello Lavinia, My supervisor Prof. Dragan and I would both like to join. Can you confirm the Zoom link is the same for everyone?', 'yes', 2],
  ['I would like to join. Is it possible to attend online?', 'unknown'],
];
describeIntentCorpus('misses of sets 203–205', corpus203);

const corpus206: IntentCase[] = [
  // A count asked for the sender's side (h206_048).
  ['Dear Lavinia, One more thing – my colleague Sanne Bakker would like to join as well, so please count two from our side. Pieter', 'yes', 2],
  // Someone of the office going, after the sender's refusal (h207_028): first name only, but said to go.
  ['Lavinia, nu pot veni, am comisie de licitație toată ziua. Merge Bogdan din partea noastră. Ion', 'yes', 1],
  // Asked to take part for the office, by first name only (h208_020): said to come, the delegated yes (fifteenth session).
  ['Bună, Eu nu pot ajunge, dar îl rog pe Tudor (tudor@studio-olt.ro) să participe din partea studioului. Îi dați vă rog și lui linkul? Mersi, Bianca', 'yes', 1],
  ['Vin. O rog pe Irina să vină și ea.', 'yes'],
  // Added to the list after a colleague's confirmation (h207_039).
  ['Bună ziua, Colega mea Cristina Vasilescu v-a confirmat deja participarea. Vă rog să mă adăugați și pe mine pe lista participanților. Oana Toma', 'yes', 1],
  // The sender along with the one answering for the office (h207_019, h208_045).
  ['Bună ziua, Din partea Centrului de Cultură și Artă al Județului Timiș vor participa directorul instituției, dl. Marius Bota, împreună cu subsemnata.', 'yes', 2],
  ['Bună ziua, Biblioteca Județeană va fi reprezentată de mine și de directorul adjunct, dl. Cornel Sabău. Ne-ar plăcea să prezentăm 5 minute programul „Biblioteca vie”.', 'yes', 2, true],
  // A colleague's office before the word (h208_073).
  ['Dear Lavinia, sorry for the late answer. Yes, I join online, together with mayor office colleague Petra Lang. Hannes', 'yes', 2],
  // Who comes, not whether (h204_033, h208_062); someone else's interest (h208_032).
  ['Dear Lavinia, Could you please send the agenda? Depending on agenda we decide who from our team joins. Regards, Tomas', 'unknown'],
  ['Bună ziua, Ne puteți trimite agenda întâlnirii? În funcție de subiecte vom decide cine participă. Mulțumesc, Cătălina', 'unknown'],
  ['În funcție de program, vin sau nu.', 'maybe'],
  ['Fwd către colegii din departament, poate e cineva interesat. Marcel', 'unknown'],
  // Leave asked to present, in a question (h208_035, h208_072).
  ['Confirmăm: vom fi 4 persoane de la Fabrica de Cultură. Vă rugăm să ne spuneți dacă putem prezenta un scurt material video (3 min).', 'yes', 4, true],
  ['Hi Lavinia, yes I will attend. Is it possible that I say few words about Galway small business network? Thanks, Emma', 'yes', 1, true],
];
describeIntentCorpus('misses of sets 206–208', corpus206);

const corpus209: IntentCase[] = [
  // Time set aside for the day (h210_018).
  ['Bună ziua, Îmi rezerv timp pentru miercuri, mulțumesc. Aș vrea să ridic și subiectul finanțării pentru industriile creative, dacă se poate 2-3 minute. Alina Costea', 'yes', 1, true],
  // A doubt about how one joins, not whether (h211_010).
  ['Salut, confirm. Vom fi patru oameni de la Hackerspace, probabil ne conectam de pe doua laptopuri. Sorin', 'yes', 4],
  ['Salut, probabil ne conectam.', 'maybe'],
  // Startup words with a Romanian ending (h211_012); an attaché after a bare "with" (h209_051); board members (h209_082).
  ['Hello, da, participam, eu si cofounderul meu, Paul. Super initiativa btw 🙌 Alexandra', 'yes', 2],
  ["Dear Lavinia, Yes, I'll be there with our cultural attaché, Julien Moreau. Best, Claire", 'yes', 2],
  ["Hi, Yes, I'll attend on behalf of ATA Timisoara. Me and two board members (Cristina Iordache and Mihnea Sava). Vlad Sima", 'yes', 3],
  // A talk offered in words (h209_015, h209_036); "îmi ajung" is enough time, not arriving.
  ['Salut, da, vin. Aș vrea să spun câteva lucruri despre galeriile independente, 5 minute îmi ajung. Andrei', 'yes', 1, true],
  ['Nu pot veni, 5 minute îmi ajung oricum doar pentru drum.', 'no'],
  ['Confirm participarea mea și a colegului Sergiu Dobre de la Incubatorul UPT. Putem prezenta pe scurt (5 min) rezultatele programului de preaccelerare.', 'yes', 2, true],
  ['Voi fi prezent si daca imi dati voie as vrea sa spun cateva cuvinte despre mestesugarii populari din judet.', 'yes', 1, true],
];
describeIntentCorpus('misses of sets 209–211', corpus209);

const corpus212: IntentCase[] = [
  // A fact asked with a confirming tag answers nothing (h212_036); a tag on an aside leaves the refusal (h77_052).
  ['Bună ziua,\n\nPot participa doar online, nu? Întreb pentru că în invitație scrie Zoom, dar un coleg mi-a zis că e la Primărie. Diana', 'unknown'],
  ['Vin pe la 10:30, e ok?', 'yes'],
  // The tag confirms only the statement's last part (h71_088).
  ['Dobar dan Lavinia, hvala na pozivu. I will be there on Zoom, 11h Romanian time = 10h for us, right?', 'yes'],
  ["Sorry, I have a board meeting at the same time (10:00 Kaunas time is 11:00 yours, right? – yes, it clashes). I will read the plan and send feedback.", 'no'],
  // Not the whole of it, a part said next (h213_060).
  ["Hi Lavinia, I'm not able to attend the full workshop, only the first hour. Is that ok? Peter", 'yes'],
  ['Nu pot participa la tot atelierul, doar la prima oră.', 'yes'],
  ["I'm not able to attend the workshop.", 'no'],
  // Listening in, not speaking (h212_031).
  ["Lavinia, Thanks - I'll be listening in, not planning to intervene this time. Peter", 'yes', 1, false],
  // Refusals said as resources or an excuse (h214_013, h214_069).
  ['Bună ziua, Din păcate, în această perioadă nu putem aloca resurse pentru participare. Vă rog să ne păstrați pe lista de distribuție pentru viitoarele evenimente.', 'no'],
  ['Hi Lavinia, Please excuse us for this session, our team has an all-hands that morning.', 'no'],
  // The party by its team (h213_068); the one answered for, accompanied by two titled people (h214_047).
  ["I'm in, plus two from our team (Luca and Sofia). Luca would like a 5-minute slot to present our residency programme.", 'yes', 3, true],
  ['Good afternoon, On behalf of Mr. Klaus Weber, CEO, I am pleased to confirm his attendance. He will be accompanied by Ms. Laura Ionescu (Head of Communications) and Mr. Dan Bucur (Innovation Lead).', 'yes', 3],
  // Talks offered for the sender or the party (h214_032, h214_066).
  ['Vă confirm participarea. Dacă este util, pot prezenta câteva concluzii din studiul nostru privind impactul pandemiei asupra IMM-urilor din Vest, în maxim 7 minute.', 'yes', 1, true],
  ['We are pleased to confirm the participation of three AmCham representatives:\n• Mr. John Baker, Branch Chair\n• Ms. Irina Cozma, Policy Officer\n• Mr. Alin Marcu, Member Relations\n\nMr. Baker would appreciate the opportunity to deliver brief opening remarks on behalf of the business community.', 'yes', 3, true],
];
describeIntentCorpus('misses of sets 212–214', corpus212);

const corpus215: IntentCase[] = [
  // A colleague said to come after "însă", named (h216_057); the head's deputy said to represent her (h217_031).
  ['Bună Lavinia, Îmi pare rău, nu pot participa. Vine însă colegul meu Radu Ilie, dacă se poate. Mirela', 'yes', 1],
  ['Bună ziua, Doamna director nu poate participa, o va reprezenta doamna Elena Mureșan, director adjunct. Cu stimă, Secretariat', 'yes', 1],
  // First names only stay with a person (set 51, h217_032 disputed).
  ['Ma bucur de invitatie! Din partea echipei de programe vin Oana, Cristi si Larisa. Eu sunt in concediu in perioada aia, din pacate :(', 'unknown'],
  // Which address fails, not whether one comes (h217_030).
  ['Bună ziua, Vă rog să-mi trimiteți invitația și pe adresa personală, ioana.dan@gmail.com, de pe cea de serviciu nu pot intra pe Zoom. Mulțumesc, Ioana Dan', 'unknown'],
  ['Nu pot intra pe Zoom miercuri, am ședință.', 'no'],
  // Informed rather than taking part (h215_063).
  ['Dear Lavinia, thank you for thinking of us. We are currently reorganising our programme for 2021 and would prefer to be informed about the outcome rather than take part. Best regards, Anna Müller', 'no'],
  // A colleague joining, a long description between (h215_021); a school's party by role (h217_077).
  ["Hi Lavinia, Count me in! Also my colleague Andrei from the Timisoara 2023 programme team will join. We'd like to speak for a few minutes about the open calls for 2021. Cheers, Ioana", 'yes', 2, true],
  ['Bună ziua, Din partea Liceului Teoretic „Nikolaus Lenau” vor fi prezenți 2 profesori și 2 elevi din consiliul școlar. Cu stimă, Secretariat', 'yes', 4],
];
describeIntentCorpus('misses of sets 215–217', corpus215);

const corpus218: IntentCase[] = [
  // The sender and the assistant representing the gallery (h218_021).
  ['Bună ziua, Mulțumim pentru invitație. Galeria va fi reprezentată de mine și de asistenta mea, Irina. George Pop', 'yes', 2],
  // A count narrowed after "nu … ci doar" (h219_083); a plus one in brackets restating the colleague (h219_008).
  ['Confirm. Nu mai venim trei, ci doar doi (eu și Oana).', 'yes', 2],
  ['Dear Ms Simion, Thank you for the invitation. I will attend together with my colleague Marta Kowalska (+1). Marta will present our city experience.', 'yes', 2],
  ['Vin și eu (+1).', 'yes', 2],
  // A colleague's answer relayed from another account (h220_047).
  ['Buna ziua, Va trimit de pe adresa mea personala, colegul meu Marius Bogdan de la Asociatia Tinerilor din Sag nu are acces la mail acum. El confirma ca vine la atelier. Cosmina', 'yes', 1],
];
describeIntentCorpus('misses of sets 218–220', corpus218);

const corpus221: IntentCase[] = [
  // Nothing promised is a doubt (h221_056).
  ['Daca scap de la serviciu vin. Nu pot sa promit', 'maybe'],
  // The party written as a sum, with a tag (h223_020); the confirmation for the sender and someone named (h223_029).
  ['heiii, sună mișto! eu + 2 prieteni de la asociația de tineret, e ok? 😄', 'yes', 3],
  ['Buna, confirm pt mine si Ionut Marin. Ionut ar vrea sa prezinte 5 min proiectul cu hackathonul. Sorin', 'yes', 2, true],
  ['Confirm pt mine si colega mea Ana.', 'yes', 2],
  // A journalist along (h223_053).
  ['Dear Ms Simion, I will attend, together with our video journalist. Could we record a short interview afterwards? Best regards, Elena Rossi', 'yes', 2],
  // A titled stand-in said to represent the city (h222_029); a first name alone stays the sender's refusal (h115_065).
  ["Dear Lavinia, I won't be able to attend personally, but Ms. Kaisa Virtanen from our Culture Office will represent Oulu. Best regards, Juha", 'yes', 1],
  ["Sorry, can't make it after all. Ivana will represent Rijeka.", 'no'],
  // Only if there is a way in (h222_072).
  ['Hi Lavinia, is there an online option for the January 20 session? I could only join remotely. Thanks, Ana', 'unknown'],
  // A stand-in who no longer comes (h222_076, h222_033).
  ['Hi Lavinia, a quick update: my colleague Petra, whom I had named to attend in my place, has fallen ill, so unfortunately nobody from our team will be able to join. Apologies!', 'no'],
  ['Buna ziua, colegul care trebuia sa vina in locul meu nu mai poate ajunge. Va rog sa ne scuzati, de data aceasta nu vom fi prezenti. Doru', 'no'],
  // Who represents, named (h222_003); the head named between title and refusal (h222_079).
  ['Bună ziua, vă transmit că reprezentantul nostru va fi dl. Cosmin Ardelean, coordonator programe. Eu am fost redistribuită pe alt proiect. Cu drag, Andreea', 'yes', 1],
  ['Bună ziua, Domnul director Vasile Hodoș nu poate participa din cauza unei deplasări. Vă mulțumim pentru invitație. Cu stimă, Secretariat', 'no'],
];
describeIntentCorpus('misses of sets 221–223', corpus221);

const corpus224: IntentCase[] = [
  // A named colleague put on the participants' list, the sender away (h225_051); not the invitees' list (h29_024).
  ['Bună ziua, Vă rog să-l treceți pe lista participanților pe domnul Dorin Lupu, consilier în cadrul serviciului nostru. Eu nu voi putea fi prezentă. Corina', 'yes', 1],
  ['Vă rog să o adăugați pe lista de invitați pe colega mea, Ana Pop, pentru evenimentele viitoare.', 'unknown'],
  ['Vă rog să mă adăugați pe lista de distribuție pentru evenimentele viitoare.', 'unknown'],
  // Dropping by (h225_026); another office suggested after a refusal (h225_038).
  ['Ok, trec eu pe acolo.', 'yes', 1],
  ['Nu particip, nu e pe zona mea. Poate Directia de Cultura. O.', 'no'],
];
describeIntentCorpus('misses of sets 224–226', corpus224);
