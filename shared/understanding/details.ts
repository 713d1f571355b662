import { LOCALES, matchKey, normalizeReply, NUMBER_SOURCE } from './analyze-text';
import type { TextAnalysis } from './analyze-text';
import { countPeople } from './headcount';
import { OWN_SUBJECT } from './intent';
import { ANY_NAME, isOrganisationWord, LEADING_NAME, NAME_WORD, sentenceWithTitle, TITLED_NAME } from './person-names';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { Intent } from './types';

export interface Details {
  /** Total people including the sender when the answer is yes; else null. */
  headcount: number | null;
  speaker: boolean | null;
  note: string | null;
  onBehalfOf: string | null;
}

/** "Prezenta" as the verb after a future auxiliary: "voi prezenta" is to present, not presence. */
// "confirm că moderez" (h521_053), "sunt pregătit pentru moderare" (h527_047): the yes phrase took the moderating, which speaks too.
const WILL_PRESENT = /(?:(?:voi|vom|o sa) prezenta|moderez|voi modera|o sa moderez|pentru moderare|de moderare|sa moderam)$/;
/** What leaves a word open after listening: "maybe", "unless", "if useful". */
const SPEAKING_OFFER = /(?<![a-z])(?:unless|maybe|perhaps|possibly|if|poate|daca|decat daca)(?![a-z])/;
/** Following or listening, in a yes phrase's own words: attending without speaking. */
const LISTENS = /(?<![a-z])(?:urmari|urmarim|urmaresc|listen|listening)(?![a-z])/;
const tables = LOCALES.map((locale) => locale.details);
/**
 * Attending only, at the end of a clause ("doar participăm", "just attending"), not "nu doar participăm, ci…"; or
 * coming to listen, which the intent reads as the yes ("I will attend and just listen", h209_031).
 */
const ONLY_ATTENDING = /(?<![a-z])(?<!(?:nu|not)\s)(?:doar|numai|just|only)\s+(?:particip|participam|asistam|attend|attending)[^a-z0-9]*$|(?<![a-z])(?:join|attend|come|connect|dial in)\s+and\s+(?:just\s+|only\s+)?listen(?:\s+in)?[^a-z0-9]*$/;
/** "Andrei, colegul meu, va fi și el în call și va lua cuvântul" (h432_058): a third-person verb opening the clause, its subject before. */
const THIRD_PERSON_START = /^[^a-z]*(?:si\s+)?(?:va|vor)\s+(?:fi|lua|vorbi|prezenta|sustine|interveni)(?![a-z])/;
/**
 * A clause whose subject is someone else: "Dario will just listen in", "my colleague will only
 * observe". Their declining to speak does not undo the sender's own wish in another clause. A
 * pronoun or a colleague on folded text, a capitalised name on the text as written.
 * "Eu aș lua cuvântul …, ei doar ascultă": the others' listening in the present.
 */
const OTHER_SUBJECT_FOLDED =
  /^[^a-z]*(?:(?:and|but|while|whereas|iar|dar|si)\s+)?(?:he|she|they|el|ea|ei|ele|ceilalti|celelalte|the others|(?:my|our)\s+(?:colleague|coworker|co-worker|deputy|boss|manager)s?|(?:colegul|colega|colegii|colegele)\s+(?:meu|mea|mei|mele|nostru|noastra|nostri|noastre))(?:\s+[a-z'-]+){0,2}\s+(?:will|would|shall|is|are|wants|plans|won't|doesn't|does not|can|could|va|vor|nu va|nu vor|vrea|doreste|asculta|listen|listens)(?![a-z])/;
const OTHER_SUBJECT_NAMED = new RegExp(
  `^[^\\p{L}]*(?:(?:and|but|while|whereas|iar|dar|și|si)\\s+)?(?!(?:I|We|Eu|Io|Noi|Nu|Probably|Probabil|Maybe|Perhaps|Poate|Sigur|Surely|Likely|Also|Then|So|Deci|Apoi|Just|Only|Doar|Numai|Mostly|Most|Cel|Mai|Dacă|Daca|Ce|Cum|Cred|Nici|Totuși|Totusi|Eventual|If|It|This|That|There)(?!\\p{L}))${NAME_WORD}(?:\\s+${NAME_WORD})?\\s+(?:will|would|shall|is|wants|plans|won't|doesn't|does not|can|could|va|vor|nu va|nu vor|ar|vrea|dorește|doreste)(?!\\p{L})`,
  'u',
);
/**
 * A third person who opens a sentence ("Dânsa va dori să intervină…"): after the sentence that
 * announced who comes, that same person.
 */
// "… va participa dl. Sebastian Manea. Acesta va prezenta un scurt punct de vedere": the demonstrative of formal letters.
const PRONOUN_SUBJECT = /^[^a-z]*(?:domnia sa|dansa|dansul|dumneaei|dumnealui|ea|el|ei|ele|he|she|they|acesta|aceasta|acestia|acestea)\s/;
/** An amount of speaking time ("5 minutes", "câteva minute", "5 min"), on folded text. */
const SPEAKING_TIME = new RegExp(`(?<![a-z0-9])(?:${NUMBER_SOURCE}|a few|some|cateva|cele)[\\s-]*(?:de\\s+)?(?:minutes|minute|min)(?![a-z])`);

const ON_BEHALF = compileStickyPhrases(tables.flatMap((t) => t.onBehalf));
/** A verb of coming that opens a sentence, capitalised like the name after it. */
const OPENING_COMING = /^(?:Vine|Vin|Merge|Merg|Participă|Participa|Intră|Intra|Vor|Va)\s+(?=\p{Lu})/u;
const NOTE_CUE = compileStickyPhrases(tables.flatMap((t) => t.noteCues), NUMBER_SOURCE);
/**
 * A question about the slot's length only, closing a sentence that offers to speak: "I'll join
 * … and would be happy to say a few words on how we piloted … - would 5 minutes work?".
 */
const LENGTH_QUESTION = new RegExp(
  // "— maybe 5–10 minutes?" (h196_021): a hedge and a range before the length.
  `^[^a-z0-9]*(?:(?:would|will|is|are|could|can|does|do|ar|e|este|sunt|maybe|perhaps|about|around|cam|vreo|poate)\\s+)?(?:(?:${NUMBER_SOURCE})\\s*[-–]\\s*)?(?:${NUMBER_SOURCE}|a few|cateva)\\s*(?:de\\s+)?(?:minutes|minute|min)(?:\\s+(?:work|be ok|be okay|be enough|be fine|do|suffice|ok|okay|fine|enough|merge|ajung|e ok|sunt ok|sunt suficiente|ar fi ok|ar merge|ar ajunge))?[^a-z0-9]*$`,
);
/** A webinar's Q&A named as the place of a question ("în sesiunea de Q&A", "during the Q&A"), on folded text. */
const QA_SLOT = /(?<![a-z])(?:q ?& ?a|sesiunea de intrebari|runda de intrebari|partea de intrebari|questions? (?:round|session))(?![a-z])/;
/** A third person confirming their own attendance ("Domnul director … confirmă participarea și …", "… confirms her attendance and …"). */
const CONFIRMS_ATTENDANCE = /(?<![a-z])(?:confirma\s+(?:participarea|prezenta)|confirms\s+(?:his|her|their)\s+(?:attendance|participation))(?![a-z])/;
/**
 * A few words asked for leave to say, about something ("două vorbe despre atelier", "a few words about our project", "say
 * few words about", h208_072). "Pot să povestesc puțin despre proiectul nostru?": telling a little is as short a slot, and
 * so is something short ("Pot prezenta și eu ceva scurt despre proiectul nostru?", h237_021), and presenting briefly
 * ("Aș putea prezenta pe scurt proiectul nostru de rezidențe artistice?", h303_072); the words' place in the programme may stand
 * between ("Pot să spun câteva cuvinte la început despre proiect?", h323_092).
 */
const FEW_WORDS = /(?<![a-z])(?:(?:doua|cateva|a few|few|a couple of)\s+(?:vorbe|cuvinte|words)(?:\s+(?:la inceput|la final|la sfarsit|at the beginning|at the start|at the end))?|(?:ceva|something)\s+(?:scurt|pe scurt|short|brief)|(?:povestesc|povestim|vorbesc|vorbim|spun|spunem|interveni|intervin|intervenim|talk|speak|tell)\s+(?:putin|pe scurt|scurt|un pic|briefly|a little|a bit))\s+(?:despre|legat de|about|on)(?![a-z])|(?<![a-z])(?:prezenta|prezint|prezentam|present)\s+(?:pe scurt|briefly)(?![a-z])/;
/** A length offered as the question itself: "would 5 minutes … be OK?". */
const MINUTES_ASKED = /^(?:would|could|can|is|are)\s+\d{1,2}\s*(?:minutes|mins|min)(?![a-z])/;
/** A slot asked of the organiser: "Could you reserve 5 minutes for us to present …?", "Ne puteți rezerva 5 minute?". */
const SLOT_BOOKING = /^[^a-z]*(?:(?:could|can|would) you (?:please )?(?:reserve|book|give|allocate|save|keep)|(?:ne|imi|mi) (?:puteti|poti|ati putea) (?:rezerva|aloca|da)|(?:va|te) (?:rog|rugam) (?:sa )?(?:ne |imi |mi )?(?:rezervati|alocati|dati|rezervi|aloci))(?![a-z])/;
/** "E ok dacă doar ascult, fiind studentă?", "Is it ok if I just listen?": leave asked not to speak. */
const LEAVE_TO_LISTEN = /^[^a-z]*(?:e|este|is it|would it be|will it be|it's|it is)\s+(?:ok|okay|in regula|fine|alright|all right|acceptable)\s+(?:daca|if)\s/;
/**
 * "Regarding the presentation – yes, I will prepare …", "Regarding the presentation: I'd rather not this
 * time": a bare answer in the clause after a topic of speaking answers that topic, not the attending.
 */
const SPEAKING_TOPIC =
  /^[^a-z]*(?:regarding|as for|as to|concerning|re|about|referitor la|cat despre|in privinta|legat de|cu privire la)\s+(?:the\s+|my\s+|our\s+|a\s+|your\s+)?(?:presentation|presenting|speaking slot|speaking|slot|(?:\d+[\s-]?minute\s+)?update|intervention|talk|prezentare|prezentarea|interventie|interventia|interventii|studiul de caz)[^a-z]*$/;
// "Vă vom comunica până vineri dacă dorim să facem o intervenție", "we'll let you know whether we present": the wish still to be decided.
const DECIDED_LATER = /(?<![a-z])(?:comunica|comunicam|anunta|anuntam|spune|spunem|confirma|confirmam|reveni|revenim|decide|decidem|hotari|hotaram|let you know|tell you|confirm|inform you|get back to you|decide)(?![a-z])[^.;!?]{0,40}?(?<![a-z])(?:daca|whether|if)\s+(?:(?:si|also)\s+)?$/;
/** Spans that answer for someone: a clause holding one is no part of a companion's doubt around it. */
const ANSWER_SPANS: ReadonlySet<string> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'substitute']);
/**
 * A postscript's opening ("P.S.", "PS:", "P.P.S.") or a second thought's ("Revin totuși: m-am gândit mai bine și prefer de
 * data aceasta doar să ascult", h432_004), on folded text: what it says of speaking replaces what came before.
 */
const POSTSCRIPT = /^[^a-z]*(?:p\.?\s?(?:p\.?\s?)?s(?![a-z])|revin totusi|m-am (?:gandit mai bine|razgandit)|on second thought)/;
/** A clause opening on a wish ("we'd love", "aș vrea"): asked with a time, it books a slot. */
const WISH_START = /^[^a-z]*(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like)|(?:as|am)\s+(?:vrea|dori)|doresc|dorim|vreau|vrem)(?![a-z])/;
// "Am dori, dacă este posibil, să intervenim cu o scurtă prezentare": the wish and its verb parted by an aside.
const BARE_WISH = /^[^a-z]*(?:(?:as|am|noi am|eu as)\s+(?:dori|vrea)|dorim|vrem|(?:i|we)\s+(?:would|should)\s+(?:like|love)|(?:i|we)'d\s+(?:like|love))[^a-z]*$/;
const SPEAKING_COMPLEMENT = /^[^a-z]*(?:sa\s+(?:intervin|intervenim|prezint|prezentam|vorbesc|vorbim|sustin|sustinem|iau cuvantul|luam cuvantul|spun|spunem)|to\s+(?:present|speak|say a few words|give a (?:short |brief |)(?:talk|presentation)|intervene|take the floor))(?![a-z])/;
const BARE_YES = /^[^a-z]*(?:yes|yes please|sure|of course|gladly|with pleasure|da|desigur|sigur|bineinteles|cu placere)[^a-z]*$/;
/** "Dacă e nevoie de cineva care să povestească 5 minute …, mă ofer eu": the sender volunteering for the someone asked after. */
const VOLUNTEER = /^[^a-z]*(?:ma ofer|ne oferim|i volunteer|we volunteer)(?:\s+(?:eu|noi|si eu|si noi))?[^a-z]*$/;
const SOMEONE = /(?<![a-z])(?:cineva|someone|somebody|anyone|anybody)(?![a-z])/;
/** "I'll most likely join and I'd like to present…": a hedge does not reach past a new "and I". */
const NEW_SUBJECT_BEFORE = /(?:^|[^a-z])(?:and|but|iar|si|dar)[^a-z]*$/;
const FIRST_PERSON_START = /^(?:i|i'd|i'll|i'm|we|we'd|we'll|eu|noi)(?![a-z'])/;
let selfRequest: RegExp | null = null;
/**
 * After "on behalf of" / "în numele": an organisation ("the German Business Club", "Asociației X"), not a person; also by its
 * name alone ("On behalf of Novi Sad 2021 Foundation, I am pleased to confirm that I will attend", h293_021).
 */
const FOR_ORGANISATION = /^\s*(?:(?:the|our|my)\s+(?:[a-z'-]+\s+){0,4}?(?:club|association|organi[sz]ation|company|institution|team|office|department|chamber|council|university|school|foundation|museum|network|city|municipality)|(?:(?!(?:from|of|at|with|and)\s)[a-z0-9'.&-]+\s+){1,5}?(?:foundation|association|club|organi[sz]ation|company|institution|chamber|council|university|school|museum|network|municipality|agency|centre|center|institute|trust|society|cluster)(?![a-z])|(?:asociatiei|fundatiei|institutiei|firmei|companiei|clubului|camerei|universitatii|scolii|liceului|primariei|muzeului|echipei|organizatiei|consiliului|federatiei|uniunii|centrului|directiei|departamentului|serviciului)(?![a-z]))/;
/** A clause opening on someone by title (folded): "doamna radu va face …", "mr pop will …". */
const TITLED_SUBJECT = /^[^a-z]*(?:doamna|domnul|dna|dl|d-na|d-l|mrs|mr|ms|dr|prof)\.?\s+[a-z]/;
/** The person an organisation's confirmation comes through ("prin doamna Elena Marin"), on folded text. */
const THROUGH_PERSON = /(?<![a-z])prin (?:doamna|domnul|dna|dl|d-na|d-l|colega|colegul|reprezentantul|reprezentanta|delegatul|delegata)(?![a-z])/;
const RELATION = /(?<![a-z])(colegul meu|colega mea|colegului meu|colegei mele|my colleague|my coworker|my co-worker|my deputy|my boss|my manager)(?![a-z])/;
/** The party's own slot named: "Intervenția noastră o va face însă colegul Horia, eu doar ascult" (h465_055). */
const OUR_TALK = /(?<![a-z])(?:interventia noastra|prezentarea noastra|our (?:intervention|presentation|talk|slot))(?![a-z])/;
const NOTE_MAX = 240;
/** A wish in a relative clause ("…, care … ar dori să le prezinte"): the one named before it wishes, not the sender. */
const RELATIVE_WISH = /(?<![a-z])(?:care|who)\s[^,;.]*$/;
/** A wish said by the party ("we would like", "am dori"), folded. */
const PARTY_WISH = /(?<![a-z])(?:we|we'd|we'll|noi|dorim|vrem|am dori|am vrea|ne-ar placea)(?![a-z])[^,;.]*$/;
/** A first-person verb or pronoun in a phrase (folded). */
const FIRST_PERSON = /(?<![a-z])(?:doresc|as dori|vreau|as vrea|voi|intervin|iau|prezint|vorbesc|sustin|i|i'd|i'll|i'm)(?![a-z])/;
/**
 * Extracts headcount, speaker wish, a note for the organiser and on-whose-behalf from a
 * trimmed reply, reusing the clause analysis that decided the intent.
 */
export function extractDetails(text: string, analysis: TextAnalysis, intent: Intent, delegated = false): Details {
  // A companion the sender is unsure of ("nu știu dacă vine și colegul meu") is not counted.
  // So is what the rest of that sentence says of the party, unless it answers itself ("Poate vine și un coleg, vă
  // confirm mâine dacă vom fi doi": the two are the doubt's).
  const unsureSentences = new Set(analysis.clauses.filter((clause) => clause.spans.some((span) => span.kind === 'othersMaybe')).map((clause) => clause.sentence));
  const unsure = analysis.clauses.filter(
    (clause) =>
      unsureSentences.has(clause.sentence) &&
      (clause.spans.some((span) => span.kind === 'othersMaybe') || !clause.spans.some((span) => ANSWER_SPANS.has(span.kind) && !span.negated)),
  );
  // "Confirm participarea. Data viitoare vin și cu un coleg": who comes another time is not counted now.
  const dropped = analysis.clauses.filter((clause) => unsure.includes(clause) || clause.spans.some((span) => span.kind === 'otherOccasion'));
  const statements = analysis.sentences
    .map((s, index) => (s.question ? statedPart(analysis, index) : dropped.filter((clause) => clause.sentence === index).reduce(withoutClause, s.text)))
    .filter((text): text is string => text !== null);
  const onBehalfOf = findOnBehalf(normalizeReply(text)) ?? (delegated ? findSubstitute(analysis) : null);
  // A delegated yes beside the sender's own refusal is the others' alone: "I can't attend myself, but two of my
  // colleagues, Rasa and Tomas, will join instead" is two (h282_090).
  // "merg colegele Alina și Roxana, eu am ședință de consiliu" (h469_069): or the sender's own reason in a clause that opens on them.
  const senderAbsent = delegated && analysis.clauses.some((clause) => clause.spans.some((span) => (span.kind === 'no' && !span.partial) || (span.kind === 'excuses' && OWN_SUBJECT.test(clause.folded))));
  // "Confirmăm participarea din partea Filarmonicii. … doresc să iau cuvântul, iar colega mea va fi prezentă" (h516_012): the
  // sender who will speak for themself comes too, whoever else they answer for.
  const speaksThemself = (): boolean =>
    analysis.clauses.some((clause) => !clause.question && clause.spans.some((span) => span.kind === 'speakerYes' && !span.negated && FIRST_PERSON.test(matchKey(span.text))));
  const headcount = intent === 'yes' ? countPeople(text, statements, (onBehalfOf !== null && !speaksThemself()) || senderAbsent) : null;
  return {
    headcount,
    speaker: intent === 'no' ? null : speakerWish(analysis, (headcount ?? 0) > 1 || delegated || onBehalfOf !== null || analysis.clauses.some((clause) => REST_OF_US.test(clause.folded))),
    note: buildNote(analysis),
    onBehalfOf,
  };
}

/**
 * The sender speaks of the rest of a party that came uncounted ("Vom participa cu echipa de CSR. Dna. Irina Olaru va vorbi
 * în cele 5 minute, restul suntem doar ascultători", h450_053): whoever of it speaks, the party asks for the slot.
 */
const REST_OF_US = /^[^a-z]*(?:restul|ceilalti dintre noi|the rest of us)(?![a-z])/;

/**
 * `sentence` without `clause`'s words. A clause drops the commas of an apposition it joined ("colegul meu Marius" from
 * "colegul meu, Marius,", h241_028), so its words are found with any punctuation between them.
 */
function withoutClause(sentence: string, clause: { text: string }): string {
  if (sentence.includes(clause.text)) return sentence.replace(clause.text, ' ');
  const words = clause.text.split(/\s+/).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length === 0 ? sentence : sentence.replace(new RegExp(words.join('[\\s,;:–-]+'), 'u'), ' ');
}

/**
 * Whether the sender wants to speak. Questions answer nothing, except one asking leave for
 * the sender to have speaking time ("Could I also have 5 minutes … to present the
 * results?"): that books a slot. Whether one may speak at all ("Pot să iau cuvântul?") asks
 * about the rules. Someone else presenting ("Gabriel va prezenta pe scurt…") is the party's
 * wish when `party` (someone comes with the sender or instead of them) or when the clause
 * names a colleague; otherwise it may be anyone on the agenda.
 */
function speakerWish(analysis: TextAnalysis, party: boolean): boolean | null {
  // "… nu cred că o să vorbesc … P.S. Mă gândeam totuși că aș putea spune două vorbe … Trece-mă pe lista de vorbitori":
  // a P.S. that speaks of speaking again changes the answer above it.
  const postscript = analysis.clauses.findIndex((clause) => POSTSCRIPT.test(clause.folded));
  if (postscript > 0) {
    const speaks = (clause: (typeof analysis.clauses)[number]): boolean => clause.spans.some((span) => span.kind === 'speakerYes' || span.kind === 'speakerNo');
    const after = analysis.clauses.slice(postscript);
    if (after.some(speaks) && analysis.clauses.slice(0, postscript).some(speaks)) return speakerWish({ ...analysis, clauses: after }, party);
  }
  selfRequest ??= new RegExp(`^[^a-z0-9]*(?:${LOCALES.flatMap((l) => l.selfRequests).map((start) => start.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`);
  let wants = false;
  // A wish in the sender's own clause, not one whose subject is someone else ("Ovidiu ar dori să…").
  let wantsSelf = false;
  let declines = false;
  // Someone of the party declining ("Dario will just listen in") speaks for the party only when the sender says nothing.
  let othersDecline = false;
  // "Can we do a quick demo in the speaking slot? Max 5 min": the time may follow the question.
  // "Pot să spun și eu două vorbe despre atelier?": a few words are as short a slot as a few minutes.
  const timed = (sentence: number): boolean =>
    analysis.clauses.some((other) => (other.sentence === sentence || other.sentence === sentence + 1) && (SPEAKING_TIME.test(other.folded) || FEW_WORDS.test(other.folded)));
  // "… o putem pune în sesiunea de Q&A?": leave asked to put a question in the webinar's Q&A books it as a slot does.
  const asksLeave = new Set(
    analysis.clauses
      .filter(
        (clause) =>
          clause.question &&
          ((selfRequest!.test(clause.folded) && timed(clause.sentence)) ||
            (QA_SLOT.test(clause.folded) && clause.spans.some((span) => span.kind === 'speakerYes')) ||
            // "We'd love a 5 min slot to present our platform – is that still possible?": a wish with its time, asked whether it fits.
            (WISH_START.test(clause.folded) && timed(clause.sentence) && clause.spans.some((span) => span.kind === 'speakerYes')) ||
            // "Could you reserve 5 minutes for us to present the costume collection?" (h238_051): a slot booked.
            (SLOT_BOOKING.test(clause.folded) && timed(clause.sentence) && clause.spans.some((span) => span.kind === 'speakerYes')) ||
            // "I can share our experience from Wrocław 2016 — would 5 minutes in the stakeholder comments slot be OK?" (h278_044).
            (MINUTES_ASKED.test(clause.folded) && clause.spans.some((span) => span.kind === 'speakerYes'))),
      )
      .map((clause) => clause.sentence),
  );
  // The clauses of an offer whose sentence ends asking only how long ({@link LENGTH_QUESTION}): said, not asked.
  const lengthAsked = new Set(analysis.clauses.filter((clause) => clause.question && clause.folded.includes('?') && LENGTH_QUESTION.test(clause.folded)).map((clause) => clause.sentence));
  const offered = (clause: (typeof analysis.clauses)[number]): boolean =>
    lengthAsked.has(clause.sentence) && !clause.folded.includes('?') && !LENGTH_QUESTION.test(clause.folded);
  // "Din partea fundației va participa doamna director X, care ar dori să susțină o intervenție":
  // the one the sender announces for their side is of the party.
  // "Confirmăm participarea Camerei … prin doamna Elena Marin, consilier, care va susține o scurtă intervenție" (h376_024): the one
  // the organisation comes through is of the party too.
  const announced = new Set(
    analysis.clauses
      .filter((clause) => !clause.question && (clause.spans.some((span) => (span.kind === 'othersYes' || span.kind === 'orgYes') && !span.negated) || THROUGH_PERSON.test(clause.folded)))
      .map((clause) => clause.sentence),
  );
  // Where each sentence's last "but" stands, found once (not per clause: quadratic on a long sentence).
  const lastContrast = new Map<number, number>();
  analysis.clauses.forEach((clause, index) => {
    if (clause.contrast) lastContrast.set(clause.sentence, index);
  });
  // "Nu am o prezentare pregătită, dar aș vrea să iau cuvântul câteva minute" (h172_037): the wish after the "but" holds.
  const takenBack = (index: number): boolean => {
    const sentence = analysis.clauses[index]!.sentence;
    const last = lastContrast.get(sentence) ?? -1;
    if (last <= index) return false;
    const after = analysis.clauses[last]!;
    return !after.question && after.spans.some((span) => span.kind === 'speakerYes' && !span.negated);
  };
  for (const [index, clause] of analysis.clauses.entries()) {
    // "Nu voi prezenta, dar aș avea o întrebare: …?": the question comes after the "but"; the refusal before it is said.
    const statedBeforeQuestion = clause.question && (lastContrast.get(clause.sentence) ?? -1) > index;
    if (clause.question && LEAVE_TO_LISTEN.test(clause.folded) && clause.spans.some((span) => span.kind === 'speakerNo')) declines = true;
    // The bare answer after a topic of speaking, in the same sentence.
    const before = analysis.clauses[index - 1];
    if (!clause.question && before?.sentence === clause.sentence && SPEAKING_TOPIC.test(before.folded)) {
      if (BARE_YES.test(clause.folded)) {
        wants = true;
        wantsSelf = true;
      } else if (clause.folded.split(/\s+/).length <= 6 && clause.spans.some((span) => span.kind === 'no' && !span.negated)) declines = true;
    }
    if (!clause.question && SPEAKING_COMPLEMENT.test(clause.folded) && wishParted(analysis, index)) {
      wants = true;
      wantsSelf = true;
    }
    if (
      !clause.question &&
      before?.sentence === clause.sentence &&
      VOLUNTEER.test(clause.folded) &&
      SOMEONE.test(before.folded) &&
      before.spans.some((span) => span.kind === 'othersSpeaker' && !span.negated)
    ) {
      wants = true;
      wantsSelf = true;
    }
    if (clause.question && !asksLeave.has(clause.sentence) && !statedBeforeQuestion && !offered(clause)) continue;
    const refusalOnly = clause.question && !asksLeave.has(clause.sentence) && !offered(clause);
    // "Probabil dl. Olaru va dori să intervină, vă confirm până luni": a hedged wish is not one yet.
    const firstHedgeEnd = clause.spans.reduce((least, other) => (other.kind === 'maybe' || other.kind === 'talkHedge' ? Math.min(least, other.end) : least), Infinity);
    // "One of us (probably Prof. Radu Cernea) would like the 5-minute slot": a hedge in brackets doubts who, not the wish.
    const hedged = (span: { start: number }): boolean =>
      firstHedgeEnd <= span.start &&
      !clause.folded.slice(firstHedgeEnd, span.start).includes(')') &&
      !(NEW_SUBJECT_BEFORE.test(clause.folded.slice(firstHedgeEnd, span.start)) && FIRST_PERSON_START.test(clause.folded.slice(span.start)));
    for (const span of clause.spans) {
      // "… va participa la întâlnire. Dânsa va dori să intervină": the one just announced.
      // "… va participa doamna Simona Radu, consilier. Doamna Radu va face o scurtă prezentare" (h380_031): named again by title.
      const announcedBefore = announced.has(clause.sentence - 1) && (PRONOUN_SUBJECT.test(clause.folded) || TITLED_SUBJECT.test(clause.folded));
      // "Domnul director … confirmă participarea și va prezenta …": the one confirming, written for by an assistant.
      const confirmedBefore = CONFIRMS_ATTENDANCE.test(clause.folded.slice(0, span.start));
      const later = DECIDED_LATER.test(clause.folded.slice(Math.max(0, span.start - 80), span.start));
      // "vă confirm că voi prezenta 5 minute programul" (h412_057): the yes phrase "confirm … prezenta" took the verb for the noun.
      const presents = span.kind === 'yes' && WILL_PRESENT.test(clause.folded.slice(span.start, span.end));
      if ((span.kind === 'speakerYes' || presents || (span.kind === 'othersSpeaker' && (party || announced.has(clause.sentence) || announcedBefore || confirmedBefore || RELATION.test(clause.folded) || OUR_TALK.test(clause.folded)))) && !hedged(span) && !later) {
        wants = true;
        // Not a relative's wish ("colegul meu …, care … ar dori să le prezinte", h516_006), nor the party's ("We would like to say
        // a few words … – Marko will speak, I will just listen", h516_021).
        const around = clause.folded.slice(Math.max(0, span.start - 80), span.end);
        if ((span.kind === 'speakerYes' || presents) && !OTHER_SUBJECT_FOLDED.test(clause.folded) && !OTHER_SUBJECT_NAMED.test(clause.text) && !THIRD_PERSON_START.test(clause.folded) && !RELATIVE_WISH.test(around) && !PARTY_WISH.test(around)) wantsSelf = true;
      }
      // "Vom urmări discuția din partea redacției" (h467_048), "I'll be listening in": a yes phrase that says listening.
      // Not one that then offers a word: "happy to listen in and maybe add a word" (h113_003), "… – unless you need a short word".
      const offersAfter = (): boolean =>
        SPEAKING_OFFER.test([clause.folded.slice(span.end), ...analysis.clauses.slice(index + 1).filter((other) => other.sentence === clause.sentence).map((other) => other.folded)].join(' '));
      // Under a condition too: "If I make it, I'll just listen in" (h457_037) listens whenever it comes.
      if ((span.kind === 'yes' || (span.kind === 'maybe' && span.conditional === true)) && LISTENS.test(clause.folded.slice(span.start, span.end)) && !takenBack(index) && !offersAfter()) declines = true;
      if (refusalOnly && span.kind !== 'speakerNo') continue;
      if (span.kind === 'speakerNo') {
        if (takenBack(index)) continue;
        if (OTHER_SUBJECT_FOLDED.test(clause.folded) || OTHER_SUBJECT_NAMED.test(clause.text)) othersDecline = true;
        else declines = true;
      }
    }
    // "Nu e cazul, de data asta doar participăm": attending only, no speaking. Not a span: it
    // would mask the yes of "participăm".
    if (!clause.question && ONLY_ATTENDING.test(clause.folded)) declines = true;
  }
  if (!wants && !declines && othersDecline) return false;
  // "Vorbește Vlad din partea noastră, eu doar ascult" (h429_044), "va vorbi colegul meu Mihai Dumitru, eu mă conectez doar ca
  // observator" (h432_047): the party asks for a slot, whoever of it speaks; the sender only listening does not take it back.
  if (wants && declines && !wantsSelf) return true;
  if (wants === declines) return null;
  return wants;
}

/**
 * Whether a bare wish ("am dori", "we would like") stands a clause or two before, in the same sentence, only asides (no
 * answer, no speaking) between. Two at most: the wish, its aside, its verb (and no scan back per clause of a long sentence).
 */
function wishParted(analysis: TextAnalysis, index: number): boolean {
  const sentence = analysis.clauses[index]!.sentence;
  for (let k = index - 1; k >= Math.max(0, index - WISH_PARTED_BY); k--) {
    const clause = analysis.clauses[k]!;
    if (clause.sentence !== sentence) return false;
    if (BARE_WISH.test(clause.folded)) return true;
    if (clause.spans.some((span) => span.kind !== 'neutral')) return false;
  }
  return false;
}

const WISH_PARTED_BY = 3;

/**
 * A sentence that ends on a request, its statement before it: "I'll join with 2 colleagues from our board - could you
 * please send the Zoom link to them as well?". Only the clauses not asked, and only when the first is one.
 */
const REQUEST_START = /^[^a-z]*(?:(?:and|but|so|si|iar|dar)\s+)?(?:(?:could|can|would|will) you|please|kindly|(?:va|te) rog|(?:ne|imi|mi|ii|le|il|o)?\s*(?:puteti|poti|ati putea|ai putea)\s+(?:trimite|transmite|da|retrimite|adauga|trece|inscrie|inregistra))(?![a-z])/;
function statedPart(analysis: TextAnalysis, sentence: number): string | null {
  const clauses = analysis.clauses.filter((clause) => clause.sentence === sentence);
  if (clauses.length < 2 || clauses[0]!.question) return null;
  // A request to the organiser, not leave asked ("Aș putea aduce și doi colegi, e ok?" asks about the colleagues).
  const asked = clauses.find((clause) => clause.question);
  if (asked === undefined || !REQUEST_START.test(asked.folded)) return null;
  const stated = clauses.filter((clause) => !clause.question && !clause.spans.some((span) => span.kind === 'othersMaybe'));
  return stated.length === 0 ? null : stated.map((clause) => clause.text).join(' ');
}

/** "Confirm pentru colegul meu Ion Pop" / "on behalf of Dr. Jane Roe" → the name. */
function findOnBehalf(text: string): string | null {
  const folded = matchKey(text);
  // "My colleague Mara Ionescu and I will attend on behalf of the German Business Club": for an organisation, not a person.
  const match = findAll(ON_BEHALF, folded).find((found) => !FOR_ORGANISATION.test(folded.slice(found.end, found.end + 80)));
  if (!match) return null;
  const sameLength = folded.length === text.length;
  const after = sameLength ? text.slice(match.end) : '';
  const named = LEADING_NAME.exec(after)?.[1];
  // "Confirm participarea pentru Studio Lut (eu și asociatul meu, Victor)" (h461_077): a name holding an organisation's word.
  if (named && named.split(/[\s-]+/).some((word) => isOrganisationWord(matchKey(word)))) return null;
  if (named) return named.trim();
  // "Colegul meu, Ion Pop, va participa în locul meu": the name sits next to the relation.
  const sentenceStart = Math.max(0, folded.lastIndexOf('.', match.start) + 1);
  const region = sameLength ? text.slice(sentenceStart, match.end) : '';
  const relation = RELATION.exec(matchKey(region));
  if (relation && sameLength) {
    const name = LEADING_NAME.exec(region.slice(relation.index + relation[0].length))?.[1];
    if (name) return name.trim();
  }
  // No name given: the relation itself ("colegul meu") still tells the organiser who comes.
  return RELATION.exec(match.text)?.[1] ?? relation?.[1] ?? null;
}


/**
 * The person who comes in the sender's place, from the sentence that says so: named after
 * the relation ("colegul meu Ion Pop"), after a title ("dl. Ion Pop"), or any full name in
 * it; the relation itself when no name is given.
 */
function findSubstitute(analysis: TextAnalysis): string | null {
  const clauses = analysis.clauses.filter((clause) => !clause.question && clause.spans.some((span) => span.kind === 'substitute' || span.kind === 'othersYes' || span.kind === 'orgYes'));
  const sentences = new Set(clauses.map((clause) => clause.sentence));
  let fallback: string | null = null;
  for (const index of sentences) {
    // "… va participa dl. director Ion Pop": the sentence split after the abbreviation.
    const whole = sentenceWithTitle(analysis, index);
    // "Dear Ms. Simion, Please register two participants …: Pastor Walter Sinn and Ms. Ingrid Bauer" (h238_046): the one
    // greeted before the phrase is the organiser, so the sentence is read from the phrase's clause on.
    const from = whole.indexOf(clauses.find((clause) => clause.sentence === index)!.text);
    const sentence = from > 0 ? whole.slice(from) : whole;
    const folded = matchKey(sentence);
    const relation = RELATION.exec(folded);
    if (relation && folded.length === sentence.length) {
      const named = LEADING_NAME.exec(sentence.slice(relation.index + relation[0].length))?.[1];
      if (named) return named.trim();
    }
    // "Vine Tiberiu în locul meu" (h471_049): the verb opening the sentence is capitalised, no part of the name.
    const titled = (TITLED_NAME.exec(sentence)?.[1] ?? ANY_NAME.exec(sentence)?.[1])?.replace(OPENING_COMING, '');
    if (titled) return titled.trim();
    fallback ??= relation?.[1] ?? null;
  }
  return fallback;
}

/** Constraints, requests and questions, in the person's words. */
function buildNote(analysis: TextAnalysis): string | null {
  // Sentences with a partial refusal, a cue or a doubt about a companion, found on the clauses already folded.
  const noted = new Set(
    analysis.clauses
      .filter((clause) => clause.spans.some((span) => span.partial || span.kind === 'othersMaybe') || findAll(NOTE_CUE, clause.folded).length > 0)
      .map((clause) => clause.sentence),
  );
  const picked = analysis.sentences.filter((sentence, index) => sentence.question || noted.has(index));
  if (picked.length === 0) return null;
  const note = picked.map((sentence) => sentence.text).join(' ');
  return note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1).trimEnd()}…` : note;
}
