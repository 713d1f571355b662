import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/understanding/analyze-text';
import { extractDetails } from '../../../shared/understanding/details';
import { detectIntent } from '../../../shared/understanding/intent';
import { detectLanguage } from '../../../shared/understanding/language';

function details(text: string) {
  const intent = detectIntent(text).intent;
  return { intent, ...extractDetails(text, analyzeText(text), intent) };
}

describe('headcount', () => {
  it.each([
    ['Particip.', 1],
    ['Vom participa două persoane.', 2],
    ['Vom participa 2 persoane.', 2],
    ['Vom fi 3.', 3],
    ['Vin cu un coleg.', 2],
    ['Particip împreună cu colega mea, Maria Ionescu.', 2],
    ['Vin împreună cu doi colegi.', 3],
    ['Particip cu încă 2 persoane.', 3],
    ['Vom participa cu două persoane.', 2],
    ['Vă confirm participarea mea și a colegei mele, Ana Vlad.', 2],
    ['Vor participa:\n- Ion Popescu\n- Maria Ionescu\n- Andrei Georgescu', 3],
    ['Din partea Asociației Learn, Build, Share vor participa Andrei Munteanu și Ioana Pop.', 2],
    ["I'll be there and I'll bring a colleague.", 2],
    ['We will be three.', 3],
    ['We will attend with two people.', 2],
    ["I'll attend with two colleagues.", 3],
    ['Yes! Me and my colleague Anna will be there.', 2],
    ['Confirm pentru colegul meu Andrei Pop.', 1],
    // A list headed by the sender; an aside between commas is no list item.
    ["Not a problem at all, we'll be there - myself, Petra and Luka.", 3],
    ['Desigur că venim! Eu, directorul artistic și actrița noastră Maria Hoinaru, care ar vrea să vorbească.', 3],
    ['Eu, sincer, vin cu drag și aduc un coleg.', 2],
    // Counted groups add up.
    ['Confirming 2 participants from Esch2022 asbl + 1 from the City of Esch.', 3],
    // Lists of names, companions by relation, totals in words
  ['Bună ziua,\nVă confirmăm participarea următoarelor persoane:\n1. Ion Popescu – director\n2. Maria Ionescu – coordonator proiect\n\nCu stimă', 2],
  ['Bună ziua,\nDin partea noastră vor participa:\nIon Popescu, director\nMaria Ionescu, expert\nAna Vlad, voluntar\n\nMulțumim', 3],
  ['Participanți: Ion Popescu, Maria Ionescu.', 2],
  ['Confirm participarea pentru:\n- dl. Ion Popescu\n- dna. Maria Ionescu', 2],
  ['Vom participa eu (Ion Popescu) și colega mea Maria Ionescu.', 2],
  ['Attendees:\nJohn Smith\nJane Doe\n\nBest', 2],
  ['We will attend: John Smith and Jane Doe.', 2],
  ['From our side, John Smith and Jane Doe will attend.', 2],
  ['Participăm eu și Maria Ionescu.', 2],
  ['Vin cu soția.', 2],
  ['Particip împreună cu doamna director Elena Pop.', 2],
  ['Vom fi eu și încă trei colegi.', 4],
  ['Venim amândoi.', 2],
  ['Venim toți trei.', 3],
  ['Confirm participarea mea și a domnului Ion Pop.', 2],
  ['Particip + 1', 2],
  ['I will attend with my wife.', 2],
  ['Two people from our office will come.', 2],
  ['I and two of my colleagues will attend.', 3],
    // Set 16: a junior of the office, digits notation, the word then its digits, names after a count.
    ['Buna ziua. Particip eu si stagiarul nostru, Vlad Popa. Multumesc!', 2],
    ['Particip, iar stagiarul nostru rămâne la birou.', 1],
    ['Confirm: 1+2 (eu + 2 colegi de la incubator, numele vi le trimit până joi).', 3],
    ['Particip 1+1.', 2],
    ['Particip. Sala 2+3 e ok.', 1],
    ['I confirm. Me + 2 colleagues.', 3],
    ['The Chamber will be represented by a delegation of three (3) persons: Mr Milan Jovanović, President, Mr Dragan Nikolić, adviser, and myself.', 3],
    ['Confirm participarea mea și a încă doi colegi din cadrul Camerei: dl. Adrian Boldea și d-na Simona Rusu.', 3],
    ['Confirm participarea mea și a încă doi colegi. Vine și dl. Adrian Boldea.', 4],
    ['P.S. Era să uit ce era important: da, vin, împreună cu Horia de la atelierul de olărit.', 2],
    ['Am lucrat împreună cu Primăria Timișoara la proiect. Particip.', 1],
    ['Am vorbit cu Maria Pop și particip.', 1],
    ['Sigur, vin! Vin cu Matei și cu Alex, deci trei cu totul.', 3],
    ['Vin cu Matei și cu Alex.', 3],
    ["Good news: our flights are booked, so we're coming: Rūta Jankauskienė and Tomas Petrauskas.", 2],
    ["We're coming, thanks to Maria Pop and the team.", 1],
    ['Vom veni doi.', 2],
  ])('%s → %i', (text, count) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(count);
  });

  it('is null unless the answer is yes', () => {
    expect(details('Nu pot veni cu un coleg.').headcount).toBeNull();
    expect(details('Poate vin cu un coleg.').headcount).toBeNull();
  });

  it('ignores phone numbers and dates', () => {
    expect(details('Particip. Tel. +40 723 456 789, 17.01.2021').headcount).toBe(1);
  });
});

describe('speaker', () => {
  it.each([
    ['Particip și doresc să intervin.', true],
    ['Particip și aș dori să iau cuvântul.', true],
    ['Voi participa și aș vrea să prezint proiectul nostru.', true],
    ["I'll attend and I'd like to speak.", true],
    ["I'll be there and I'd like to present our results.", true],
    ['Particip doar ca observator.', false],
    ['Confirm participarea, dar nu voi lua cuvântul.', false],
    ['Particip, dar nu doresc să intervin.', false],
    ["I'll attend, just listening.", false],
    ["I'll attend but won't speak.", false],
    ['Particip.', null],
  ['Particip și aș dori să susțin o scurtă prezentare.', true],
  ['Particip. Vreau să spun câteva cuvinte despre proiectul nostru.', true],
  ['Particip și aș vrea 5 minute pentru a prezenta proiectul.', true],
  ['Vom participa și vom avea o intervenție din partea asociației.', true],
  ['Particip, iar colegul meu va lua cuvântul.', true],
  ['Particip, dar nu vom avea intervenții.', false],
  ['Particip, nu doresc să vorbesc.', false],
  ['Particip fără intervenție.', false],
  ['Particip doar ca ascultător.', false],
  ['Particip, doar asist.', false],
  ['Particip și doresc să-mi prezint punctul de vedere.', true],
  ["I'll attend and would like a speaking slot.", true],
  ["Yes, and I'd like to say a few words.", true],
  ['I will attend and present our project.', true],
  ["I'll come, and I'd like 5 minutes to present our pilot.", true],
  ["I'll attend, no need for a speaking slot.", false],
  ["I'm only attending, not presenting.", false],
  ['I will be there as a listener.', false],
  ['I will attend.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });

  it('does not count a question as a wish to speak', () => {
    expect(details('Particip. Pot să iau cuvântul?').speaker).toBeNull();
  });
});

describe('note', () => {
  it('keeps constraints and questions in the person’s words', () => {
    expect(details('Particip, dar ajung la 11:30.').note).toBe('Particip, dar ajung la 11:30.');
    expect(details('Particip. Este parcare în apropiere?').note).toBe('Este parcare în apropiere?');
    expect(details('Voi participa doar online.').note).toBe('Voi participa doar online.');
    expect(details("I'll be there but I have to leave early.").note).toContain('leave early');
  });

  it('is null for a plain answer', () => {
    expect(details('Vă confirm participarea. Cu stimă, Ion').note).toBeNull();
  });
});

describe('onBehalfOf', () => {
  it.each([
    ['Confirm pentru colegul meu Andrei Pop.', 'Andrei Pop'],
    ['Vă confirm participarea colegului meu, Ion Popescu.', 'Ion Popescu'],
    ['Din păcate nu pot participa, dar colega mea, Elena Dumitrescu, va participa în locul meu.', 'Elena Dumitrescu'],
    ['I confirm attendance on behalf of my colleague Giulia Rossi.', 'Giulia Rossi'],
    ['Particip.', null],
    ['În numele asociației noastre, vă confirm participarea.', null],
  ])('%s → %s', (text, name) => {
    expect(details(text).onBehalfOf).toBe(name);
  });
});

describe('language', () => {
  it.each([
    ['Vă confirm participarea.', 'ro'],
    ['Va confirm participarea, multumesc', 'ro'],
    ['I will attend, thank you.', 'en'],
    ['Ok', null],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('headcount: companions named apart, the sender in apposition, echoes', () => {
  it.each([
    ['Voi fi prezentă marți, împreună cu doi dintre voluntarii noștri, Bianca și Tudor.', 3],
    ['Confirmăm participare pentru doi profesori de la liceu: Jelena Stojanović și Dragan Popov.', 2],
    ['Thank you for the invitation. I will attend together with our dramaturg, Ms Katharina Weiss.', 2],
    ['Va multumesc. Confirm participarea d-lui primar si a mea.', 2],
    ['Vă confirmăm participarea domnului primar Ilie Sârbu și a subsemnatei, Loredana Cimpoca, referent.', 2],
    ['Din partea Uniunii va participa domnul Milan Đurić, secretar executiv, și eu personal. Noi nu vom avea prezentare.', 2],
    ['Din partea liceului vom fi prezenți directorul adjunct, doamna Tóth Ildikó, și eu, prof. Varga Péter.', 2],
    ['Vă comunic că Episcopia va participa la întâlnire cu un reprezentant, pe subsemnatul.', 1],
    // A calendar comment repeating the body is one mention.
    ['Vom veni doi, eu și colegul Radu Tomescu.\n\nVom veni doi, eu şi colegul Radu Tomescu.', 2],
    ['venim eu si Sorin de la Directia de cultura a CJ.', 2],
    ['Mulțumim de invitație. Eu intru pe Zoom, iar Andrei vine la sală. Ne vedem joi!', 2],
    ['Count us in! We are with 2 in person (me and Pieter Dijkstra) and our colleague Marloes will follow online.', 3],
    ['Mr. Dragan Marković asked me to inform you that he will participate in person, and he will be accompanied by me.', 2],
    // Not companions: a named person doing something else, the sender counted once, partners of a project.
    ["Yes, I'll join online, and Maria will send you the slides.", 1],
    ["We are with 3 teams in the consortium. I'll attend in person.", 1],
    ['Particip cu un coleg, pe care îl cunoașteți deja.', 2],
    ['Particip. Vin cu Ana, iar Primăria vine cu materialele.', 2],
  ])('%s → %i', (text, count) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(count);
  });
});

describe('speaker: offers, proposals, the party’s wish, declining to present', () => {
  it.each([
    ['Cu plăcere voi participa. Aș propune o scurtă intervenție (5 minute) despre incubator.', true],
    ['Particip. Noi am putea prezenta proiectul elevilor, dacă este timp.', true],
    ['Particip. Ne-ar face plăcere să prezentăm pe scurt (5 minute) programul nostru.', true],
    ['Venim. As vrea sa zic 2-3 vorbe despre strategia culturala.', true],
    ['Sigur, vin. Ma bag si cu o prezentare de 5 min despre ce-am facut.', true],
    ['Din partea Camerei vor participa domnul Sorin Vlad și subsemnata. Domnul Vlad ar dori să aibă o scurtă intervenție.', true],
    ["I'll be there in person, and I'm happy to briefly present where we are with the programme.", true],
    ["I'll dial in for the first hour. Happy to give a short reflection at the start.", true],
    ["Wouldn't miss it. Please put me down for one of the 5-minute slots.", true],
    ['I will attend. We would be happy to share a few lessons from our ECoC year during the discussion.', true],
    ['I will be online. I will show the results of the SME mentoring, max 5 minutes.', true],
    ['Particip. Reprezentanții noștri nu vor susține o intervenție.', false],
    ['Confirm. Nu luam cuvantul, venim sa ascultam.', false],
    ['I will be present online. Concerning the intervention, we prefer not to present this time.', false],
    ['I will join via Zoom. I will not do a presentation this time, I just want to listen.', false],
    // No wish to speak: a document, a talk with the organiser, someone outside the party.
    ['Particip. Vă trimit un e-mail cu o prezentare despre proiect.', null],
    ["I'll attend. Happy to share our report afterwards.", null],
    ['Particip. Primarul ar dori să aibă o scurtă intervenție.', null],
    ["I'll attend. I would prefer not to sit near the door.", null],
    ['Vin cu o scurtă prezentare a situației, pe care v-o trimit mâine.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('headcount: the sender and one role, schools and parishes', () => {
  it.each([
    ['Sigur că venim, eu și Mihai. Ne vedem joi!', 2],
    ['Cu ajutorul lui Dumnezeu vom fi prezenti, eu si parintele diacon Mihail.', 2],
    ['Ok, vin. Eu si nevasta, ca ea se ocupa de magazin.', 2],
    ['Vă confirmăm participarea. Din partea liceului vor participa subsemnata, în calitate de director, precum și două cadre didactice de la catedra de arte.', 3],
    ['Vom participa cu bucurie, subsemnatul, împreună cu doi tineri din asociația parohială.', 3],
    ['Particip și vin cu doi profesori de la liceu.', 3],
    ["Yes!! Me + my business partner Luca, we'll be there in person.", 2],
    ["Sounds great, we'll join, it'll be me and our community lead Sara.", 2],
    // A school's size, a conversation, a team are no companions.
    ['Particip. Suntem o școală mică, cu 12 profesori.', 1],
    ['Particip. Am vorbit cu părintele Ioan despre proiect.', 1],
    ["I'll be there. Me and my team have followed the project for years.", 1],
  ])('%s → %d', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('speaker: slots, demos, the speaker list, the party announced, listening only', () => {
  it.each([
    ["Count me in. We'd love a 5-minute slot to show where the pilot stands.", true],
    ["Count us in, we'll be 3. Would love to grab 5 min in the stakeholder slot to show the pilot.", true],
    ["I'll join remotely. I can give a 5-minute update on our open call, if useful.", true],
    ['Sure, venim! Suntem 2. Can we do a quick demo in the speaking slot? Max 5 min.', true],
    ['Da, vin. Dacă se poate, trec și eu pe lista de intervenții la final.', true],
    ['Vom fi trei, eu, Enikő și Bogdan. Enikő ar prezenta în 5 minute platforma.', true],
    ['Confirm participarea mea și a cinci elevi. Elevii ar dori să-și prezinte pe scurt ideea.', true],
    ['Din partea fundației va participa doamna director Carmen Dobre, care ar dori să susțină și o scurtă intervenție.', true],
    ['Din partea noastră vor participa dl. Sorin Pârvu și subsemnatul. Dl. Pârvu va avea și o scurtă intervenție.', true],
    ['Vom participa doi. Dl. viceprimar dorește să ia cuvântul pentru 5 minute.', true],
    ['Da, voi fi prezent și voi expune aceste idei în intervenția de 5 minute.', true],
    ['Vin împreună cu colega mea. Nu pregătim intervenție.', false],
    ['Particip online. Nu am ce prezenta de data asta, așa că voi asculta.', false],
    ['Confirm. Nu e cazul, de data asta doar participăm.', false],
    ["Yes! We'll be there in person, no talk from us this time.", false],
    // Interest, an e-mail update, someone outside the party, "not only attending": no wish to speak.
    ['Particip. Tema ar prezenta mare interes pentru noi.', null],
    ["I'll attend. I can give you an update by email next week.", null],
    ['Particip. Ion Popescu ar dori să-și prezinte proiectul.', null],
    ["I'll attend. We'd love a copy of the slides.", null],
    ['Particip cu drag, nu doar particip, ci și ajut la organizare.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('speaker: register for a slot, a short offering, welcome the opportunity, minutes to present', () => {
  it.each([
    ['I will attend online and I would like to register for one of the 5-minute slots to share how our city involves creative businesses.', true],
    ['Luca and I will both be there online. I can do a short 5-min update on the open-design school if useful.', true],
    ["So yes, I'll join online. I could also give a short (5 min) reflection from the platform perspective, if you have time left in the agenda.", true],
    ['I am pleased to confirm that I will attend in person. If the agenda allows, I would welcome the opportunity to give a brief (five-minute) contribution on the evaluation framework.', true],
    ["I'll be there, and I'd be keen to give a short input on creative hubs.", true],
    ['Confirm participarea. Vin eu si inca doi colegi. Am vrea si noi 5 minute sa prezentam ideea cu festivalul.', true],
    ['Vor participa subsemnata și doamna inspector Elena Munteanu. Nu vom susține intervenții, dorim doar să ne informăm.', false],
    ["I'll attend, though I'm not keen to speak this time.", false],
    // A slot that is not for speaking, an answer promised, minutes that are not speaking time.
    ["I'll attend and I will register for the afternoon slot of the site visit.", null],
    ["I'll attend. I can give a quick answer on the catering by Friday.", null],
    ['I will attend. I would welcome the opportunity to meet the team.', null],
    ['Particip, dar ajung cu 10 minute întârziere.', null],
    ['Vom participa două persoane. Vom avea nevoie de câteva minute să ne conectăm.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('headcount: a listed person after a lower-case role', () => {
  it.each([
    ['Din partea colegiului vor participa:\n- prof. Simona Ardeleanu, director\n- prof. Lucian Marcu, coordonator\n- eleva Daria Florea, președinta Consiliului Elevilor\n\nDaria ar dori să prezinte pe scurt.', 3],
    ['Vor participa:\n- Ion Popescu\n- arhitect Ioana Dima', 2],
    // A line about an organisation ends the list.
    ['Vor participa:\n- Ion Popescu\n- Maria Ionescu\n- de la Primăria Timișoara', 2],
    ['Vor participa:\n- Ion Popescu\n- Maria Ionescu\nreprezentanți ai Direcției Tehnice', 2],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('headcount: a first name and I, a predicate restating the companion, family, PhD students', () => {
  it.each([
    ['Thanks for the invite! Rūta and I will join online from Kaunas.', 2],
    ["I'll attend with two of my PhD students.", 3],
    ['Yes, I will participate, and my colleague Jelena Marković will join me.', 2],
    ['Looking forward to it. My colleague Marta Hoekstra will join as well.', 2],
    ['Venim, io și Paul.', 2],
    ['Confirm participarea. Vom fi prezenți eu și doi elevi din Consiliul Școlar, însoțiți de doamna profesoară Lucia Crișan.', 4],
    ['Particip. Vine și fata mea, Ileana.', 2],
    // A greeting before "and I", two companions side by side, the sender's own "as well".
    ['Thanks and I will attend.', 1],
    ['Yes and I will join online.', 1],
    ['Vin cu un coleg și cu dl Pop.', 3],
    ['I will come with a colleague, and Mr Pop will join me too.', 3],
    ['I will join as well.', 1],
    ['I will attend with two students.', 3],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('speaker: minutes offered, "și o intervenție", speaking for the organisation, colloquial refusals', () => {
  it.each([
    ["I'll join online. Happy to share 5 min on our Creative Vouchers pilot if there's a slot.", true],
    ['Confirm participarea mea. Aș dori să am și o scurtă intervenție despre rezultate.', true],
    ['Confirm participarea. Putem lua cuvântul la final, 2-3 minute, să spunem ce am observat?', true],
    ['Suntem 4, confirmăm. Vorbesc eu în numele asociației, ceilalți doar ascultă.', true],
    ['Vor participa trei persoane: subsemnatul, dna Daniela Pop și dl Radu Mihăilă. Dna Pop va susține o scurtă intervenție în numele CCIAT.', true],
    ["I'll attend with two of my PhD students, but we would prefer to listen rather than present this time.", false],
    ["Prezent! Da' fără discurs, că n-am pregătit nimic.", false],
    ['Particip. Noi n-o să vorbim, că nu ne pricepem la planuri.', false],
    // Talking to colleagues, sharing slides, asking about the rules.
    ['Particip. Vorbesc eu cu colegii și vă spun dacă mai vine cineva.', null],
    ["I'll attend. Happy to share the slides afterwards.", null],
    ['Particip. Putem lua cuvântul?', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('speaker: a short update, leave asked, the floor requested, others listening, declining in other words', () => {
  it.each([
    ['Sietske and I will join online. We would be happy to give a short update on the Friesland pilot during the comments session.', true],
    ['Yes, I will connect via Zoom. I could also say a few words about our programme if there is a free slot.', true],
    ["Count me in - I'll join on Zoom. Would it be ok if I shared 5 min about our Open Design School follow-up?", true],
    ['Voi fi prezent și voi solicita cuvântul pentru câteva observații.', true],
    ["My colleague Dario and I will both dial in. I'd like to present the results of our scheme (5 min max), Dario will just listen in.", true],
    ['Da, participăm. Suntem 3, intrăm online. Nu intervenim, doar urmărim discuția.', false],
    ['Vin. Aș prefera să nu vorbesc, mai mult să ascult ce propun ceilalți.', false],
    ['Voi fi acolo. Referitor la intervenții: prefer să las timpul colegilor din IMM-uri.', false],
    ['Confirm pentru mine și pentru Ana. Venim amândoi fizic. Nu ne trebuie slot de vorbit.', false],
    ['Vin împreună cu un coleg operator. Nu intervenim în discuții, doar înregistrăm câteva declarații.', false],
    ["We'll attend, two of us. We don't need a speaking slot.", false],
    // Someone of the party declining, the sender saying nothing: the party's answer.
    ['I will attend with my colleague. Maria will just listen.', false],
    // A leave asked about something else, a late arrival, words with colleagues, sending slides.
    ['I will attend. Would it be ok if I arrived 5 min late?', null],
    ['I will attend. Is it ok if I bring my laptop?', null],
    ['I will attend. I could also send the slides afterwards.', null],
    ['Particip. Nu intervin în organizare, dar vă pot ajuta cu sala.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('headcount: the sender after "vin", dialling in together', () => {
  it.each([
    ['Confirm participarea, vin eu și Bogdan.', 2],
    ['My colleague Dario and I will both dial in.', 2],
    ['Vin eu. Și Maria vă salută.', 1],
    ['Vin eu, și cu Maria am vorbit deja.', 1],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('headcount and speaker: the sender after a named colleague, added to the list, minutes to tell, a demo, notes only', () => {
  it.each([
    ['Biblioteca Județeană Timiș va participa prin doamna bibliotecar Sanda Pop și subsemnata.', 2],
    ['Vin eu. Te rog pune-o și pe Gabi pe lista de invitați, vine și ea.', 2],
    ['Vin eu. Pune-o și pe Gabi în copie, te rog.', 1],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });

  it.each([
    ['Count me in :) Vin cu laptopul, am si un demo de 3 minute cu platforma noastra, daca e loc in agenda.', true],
    ['sigur ca venim! Suntem doi, eu si Attila. Daca se poate, as vrea si eu 5 minute sa povestesc despre ce am facut.', true],
    ['Vin. Am văzut un demo de 3 minute pe site-ul vostru.', null],
    ['Venim amândoi. Vă povestim la cafea.', null],
    ['I will attend and only take notes.', false],
    ['I will attend. I would not intervene.', false],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('headcount: a delegation of students, a first name after "eu și", "so will my wife"', () => {
  it.each([
    ['Vom participa cu o delegație de 5 studenți și un cadru didactic (eu).', 6],
    ['Sigur că venim! Eu și Tudor, de la Cafeneaua Culturală.', 2],
    ['Count us in – eu și Mihai de la festival.', 2],
    ["I'll be there, and so will my wife Carmen.", 2],
    // An organisation is no one; a name with a verb after it is no list of who comes.
    ['Venim! Eu și Primăria, de mult timp colaborăm.', 1],
    ['Vin. Eu și Tudor am mai vorbit despre asta.', 1],
    ["I'll be there. So will my slides.", 1],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('headcount: "și-l aduc", "cu mine vine", names joined by "+", a company after the names, a capitalised role', () => {
  it.each([
    ['Salut! Evident că vin :) Și-l aduc și pe Matei, că el se ocupă de antreprenoriat.', 2],
    ['Da, vom fi acolo. Cu mine vine și Raluca Toma de la comunicare.', 2],
    ["I'll join the Local Learning Lab on Monday. My colleague Rūta will come along as well.", 2],
    ['Hi Lavinia, yes - Ivana + Marko from Rijeka. See you there!', 2],
    ['Buna ziua, ne puteti trece pe lista: Florin Oancea si Maria Oancea, Oancea Events SRL.', 2],
    ['Din partea S.C. Timtex Consult S.R.L. vor participa doamna Ana-Maria Oprea, Director Economic, și domnul Lucian Rusu, consultant.', 2],
    ['Vor participa Director Ion Pop și Ana Vlad.', 2],
    ["I'd like to confirm that my colleagues Rūta Žilinskienė and Tomas Petrauskas will join the session. Unfortunately I won't be able to attend myself.", 2],
    ["We'll be following the LLL online from Croatia – myself and Marko. Neither of us will present, we're just listening in this time.", 2],
    // No one: a thing, an organisation, capitals after a colon that is no answer.
    ['Vin. Cu mine vine și laptopul.', 1],
    ['Venim. Cu noi vine și Primăria.', 1],
    ["Yes, I'll attend. Topics: Culture + Tourism.", 1],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('speaker: minutes booked, commenting on an action, a short overview, the sender only listening while a colleague speaks', () => {
  it.each([
    ['Voi participa. Vă rog să-mi rezervați 5 minute pentru câteva observații privind acțiunea a doua.', true],
    ['Intru cu plăcere. Aș vrea să comentez pe acțiunea 1. Cele 5 minute sunt suficiente.', true],
    ["Yes, I'll attend. I would like to take my 5 minutes in the stakeholder comments slot to share our feedback.", true],
    ["I'll be there. I'd also be happy to give a short (5-minute) overview of our accelerator programme, if there's room on the agenda.", true],
    ['I would very much like to attend and, if possible, present a 5-minute summary of a survey we ran last year.', true],
    ['I will attend with my colleague Rebecca Stone. She would like to comment on Action 2 during the stakeholder round.', true],
    ['Voi veni împreună cu Ovidiu. Ovidiu ar dori să spună câteva cuvinte despre incubator.', true],
    // The party asks for a slot, whoever of it speaks (h429_044, h432_047): the sender only listening does not take it back.
    ['Voi veni împreună cu Ovidiu și Teodora. Ovidiu ar dori să spună câteva cuvinte despre incubator — eu, personal, doar ascult de data asta.', true],
    ['Confirm participarea mea. Precizez că vin mai mult pentru a asculta, nu am pregătit o intervenție.', false],
    ["I'll attend. I haven't prepared any presentation, so I'll mostly listen.", false],
    // A seat, or comments in writing, are no speaking.
    ['Voi participa. Vă rog să-mi rezervați un loc în sală.', null],
    ['Vin. Aș vrea să comentez documentul în scris, după atelier.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
});

describe('headcount: students of the sender, a new intern, titled names after a count, a colleague joining the other session', () => {
  it.each([
    ['Hi Lavinia, me plus two of my students from the Business School will come.', 3],
    ["I'll be there on the 20th, and I'd like to bring our new intern, Maya.", 2],
    ['Participăm cu drag, eu și încă doi membri din comitetul asociației, doamna Maria Lăcătuș și domnul Petru Stoica.', 3],
    ['Eu vin la 10 la Primărie, iar colegul meu Sorin Ilie se conectează la sesiunea de la 16, pe Zoom.', 2],
    ['Eu vin la 10, iar colega mea se conectează la sesiunea de la 16.', 2],
    // A comma with no title after it lists someone else; students spoken of, a colleague not joining.
    ['Vin cu doi colegi, și cu doamna Ana Pop de la bibliotecă.', 4],
    ["I'll attend. I told two of my students about it.", 1],
    ["I'll be there. Our new intern wrote the report on it.", 1],
    ['Particip, iar colegul meu Sorin Ilie nu vine.', 1],
    ['Eu vin la 10, iar colegul meu nu se conectează.', 1],
    ['Particip cu drag, iar colega mea intră în concediu de mâine.', 1],
  ])('%s → %s', (text, headcount) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.headcount).toBe(headcount);
  });
});

describe('speaker: the part the sender presents, a short statement, bare minutes asked for, listening mode', () => {
  it.each([
    ['Vin și prezint partea cu finanțările din SIDU, vreo 5 minute.', true],
    ['Vom participa. Am dori, de asemenea, să susținem o scurtă intervenție de 3 minute privind industriile creative.', true],
    ['Vin la 10. Vreau și eu 3 min 🙂', true],
    ["Confirming my attendance (online session). I'll just be observing.", false],
    ["Sure, I'll be there. I'll be in listening mode only.", false],
    ['Mă conectez. De data asta o să fiu doar în ascultare.', false],
    // Apologies presented, minutes of a break or of delay, are no speaking.
    ['Vin. Vă prezint scuzele pentru răspunsul întârziat.', null],
    ['Vin. Aș vrea 5 minute de pauză între sesiuni.', null],
    ['Vin, dar ajung cu 10 minute întârziere.', null],
  ])('%s → %s', (text, speaker) => {
    const d = details(text);
    expect(d.intent).toBe('yes');
    expect(d.speaker).toBe(speaker);
  });
  it('a short statement declined is no wish to speak', () => {
    expect(details('Particip, dar nu voi avea o scurtă intervenție de 3 minute.').speaker).not.toBe(true);
  });
});
