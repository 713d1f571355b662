/**
 * The phrase tables (`locales/intent-*.ts`) are data a translator can extend. A phrase is
 * written in folded form (lower-case, no diacritics, ş/ţ → s/t) with a small syntax:
 *
 * - words separated by single spaces (matching any run of white space);
 * - `(a|b|c)` alternatives, `(a|b|)` an optional word; groups glued to a word or to each other
 *   carry their own spaces inside (`(o |)sa`, `(o |nicio |)(problema|)`), and glued groups that
 *   end a phrase may all be absent (`daca nu e (o |)(problema|)` matches "daca nu e.");
 * - `word*` any word starting with `word` (inflections: `prezent*` → prezent, prezenta, prezenti);
 * - `...` a gap of up to four words ("nu ... participa");
 * - `#` a number: digits or the locales' number words (digits only in `dateReferences`);
 * - `^` at the start: only at the start of a clause; `$` at the end: only at its end.
 *
 * Matches respect word boundaries: `particip` does not match inside `participati`. Phrases
 * are ASCII once folded; a phrase with other letters will not match at a word boundary.
 */
export interface IntentLocale {
  language: 'ro' | 'en';
  /** Clear acceptances. */
  yes: string[];
  /** Clear refusals (a negated `yes` phrase is a refusal too, so only what negation misses). */
  no: string[];
  /** A wish to come ("aș dori să particip", "I'd love to come"): a yes, unless a "but" follows with a reason. */
  wish: string[];
  /** Hedged answers: not sure, will try, will let you know. */
  maybe: string[];
  /**
   * Hedges that qualify only the verb of their own clause ("poate", "probably", "s-ar
   * putea"): about attendance only beside an answer or in a sentence about the event, not in
   * one about something else ("we will probably submit the report").
   */
  modalHedges: string[];
  /** Conditional perfect ("aș fi venit", "I would have loved"): with a "but" after it and nothing else said, a refusal. */
  counterfactuals: string[];
  /**
   * Words of a sentence about how many come or who ("two or three", "the names", "câți"): doubt
   * there is about the party, not about coming, when the sender says yes elsewhere. `#` is a number.
   */
  partyCues: string[];
  /** Deferrals ("revin", "I'll get back to you"): a hedge only when no answer follows them. */
  deferrals: string[];
  /**
   * Something asked of the organiser without a question mark ("vă rog să-mi retransmiteți documentul", "please let me know
   * whether"): a deferral after it waits on their answer, and is no answer yet.
   */
  organiserRequests: string[];
  /**
   * A reply that follows up a colleague's message ("Revin la mesajul domnului Mureșan"): the party that message announced
   * was counted there, so the sender who "no longer" comes takes out only themself.
   */
  colleagueMessages: string[];
  /** A yes that is a confirmation given before ("am confirmat anterior"): taken back by a refusal that says "no longer". */
  pastConfirmations: string[];
  /** A refusal that sends nobody in the place of the one confirmed ("nu vom putea trimite alt reprezentant"). */
  noneSent: string[];
  /** Words tying a sentence to the event or to being there ("atelier", "late", "online"). */
  eventCues: string[];
  /** Short function words that carry no topic, for telling whether a hedge's clause is about something else. */
  fillers: string[];
  /**
   * Arrival and possibility words ("ajung", "we could come") that read as attendance only in
   * a plain answer: in a message that asks something they describe the trip, not an answer.
   */
  softYes: string[];
  /**
   * Someone else attends ("va participa", "my colleague will attend"): the organisation's
   * yes, but a substitution when the sender refuses for themself or speaks only of a colleague.
   */
  othersYes: string[];
  /**
   * The organisation says who represents it ("instituția va fi reprezentată de", "we confirm
   * the participation of two representatives"): its yes, even when the sender stays away.
   */
  orgYes: string[];
  /** Someone attends in the sender's place ("în locul meu", "instead of me"): the sender is not coming. */
  substitute: string[];
  /**
   * `substitute` phrases that hand the matter over without saying anyone comes ("am delegat",
   * "delegated this to"): even with a name, who comes is for a person to read.
   */
  delegations: string[];
  /**
   * Passing the invitation to someone else ("vezi dacă poți participa tu", "forwarding this to
   * you"): a mail to a colleague, in which nobody has answered yet.
   */
  handover: string[];
  /** Doubt about a companion ("nu știu dacă vine și colegul meu"): hedges the companion, not the sender. */
  othersMaybe: string[];
  /**
   * A condition on what the organiser does ("dacă ni le puteți trimite"): a hedge only for an
   * answer that follows it; after the answer it belongs to a request.
   */
  requestCondition: string[];
  /** Another occasion ("poate la următoarea sesiune", "next time"): answers in its clause are about that one. */
  otherOccasion: string[];
  /** Words naming a person close to the sender ("colegul meu", "my deputy"). */
  relations: string[];
  /**
   * Someone named by rank ("domnul director general", "the mayor"): a name set off by commas after it is theirs
   * ("domnul director general, prof. Ion Vlad, nu va putea participa", h178_031), as after a relation.
   */
  rankTitles: string[];
  /**
   * A day the sender names ("pe 18", "din 23 noiembrie", "marți", "on the 18th"): a yes tied
   * to one day and a no tied to another answer two occasions, not this one. The match's
   * digits (or, without digits, its words) tell days apart.
   */
  dateReferences: string[];

  /** The sender among the subjects ("eu și", "I and", "join me"): "I and two colleagues will attend" includes the sender. */
  withSelf: string[];
  /**
   * A difficulty ("mi-ar fi greu", "it would be hard"): the attendance verb it governs ("să
   * ajung") is no answer, and a yes beside it is not sure unless a "but" settles it.
   */
  difficulty: string[];
  /**
   * Long stems typed fast ("confim", "particparea"): a word one slip away (a letter left out,
   * doubled or swapped, inside the word) is read as the stem. Never negators.
   */
  typoTargets: string[];
  /**
   * The sender says the answers are inside the quote ("răspunsul meu este mai jos, cu roșu",
   * "see my answers inline"): with nothing answered above it, the coloured text is read.
   */
  inlinePointers: string[];
  /**
   * The sender passes on a colleague's answer in the quote ("vă redau mai jos răspunsul colegului meu", "forwarding below
   * the reply from my colleague"): the first quoted message is read as the organisation's answer.
   */
  forwardedAnswerPointers: string[];
  /** Hints that never decide alone ("ok"). */
  weakYes: string[];
  /** Regret without an answer ("din păcate", "sorry"): supports a refusal, never decides alone. */
  weakNo: string[];
  /** A reason for not coming ("sunt plecat", "another commitment"): a refusal when nothing else is said. */
  excuses: string[];
  /** Phrases that look like answers and are not; they mask what they cover ("nu am nimic împotrivă"). */
  neutral: string[];
  /** Wants to speak. */
  speakerYes: string[];
  /**
   * Someone else will speak ("Gabriel va prezenta", "she will present"): the sender's party
   * wants the floor only when that someone comes with the sender or in their place.
   */
  othersSpeaker: string[];
  /** Will only listen. */
  speakerNo: string[];
  /** Words that make a clause a question even without "?" (at its start). */
  questionStarts: string[];
  /**
   * Openings of a sentence that goes on from the question before it ("Puteți să ni-l
   * retrimiteți? Ca să ne dăm seama dacă are sens să venim", "…instead of 5? Otherwise I'm not
   * sure it makes sense to travel"): what it says hangs on the answer, so it answers nothing.
   */
  questionSequels: string[];
  /** A yes with a rhetorical question as its tag ("Sigur, de ce nu?", "Sure, why not?"): whole sentences, a statement. */
  rhetoricalYes: string[];
  /** A request to be put on the list, asked ("Mă puteți trece și pe mine pe listă?"): a yes, whatever its question mark. */
  listRequests: string[];
  /**
   * Sequels that give an answer on the organiser's yes ("Va fi traducere? Dacă da, vin", "Is there
   * interpretation? If so, I'll join"): the answer after them is conditional, a maybe, not no answer.
   */
  conditionalSequels: string[];
  /**
   * Whether one may still come ("mai pot să mă înscriu?", "is there still room?"): a sequel
   * after it ("Dacă da, particip") answers, as after "dacă se mai poate, particip" — the
   * condition is only the organiser's leave.
   */
  admissionQuestions: string[];
  /**
   * A short question tagged onto a statement ("ajung pe la 10:30, e ok?", "I'll come at 11,
   * is that fine?"): it asks about the statement, which still answers. Matched on the last
   * clause of a sentence ending in "?".
   */
  tagQuestions: string[];
  /**
   * The tags among `tagQuestions` that ask the reader to confirm the statement as a fact ("Pot participa doar
   * online, nu?", "It's on Zoom, right?", h212_036): the statement is asked, not said, so it answers nothing.
   */
  confirmingTags: string[];
  /**
   * Words typed in a hurry, as the tables spell them ("cant" → "can't", "sry" → "sorry"): only
   * forms that are no other word of the language ("wont" and "were" are left alone).
   */
  shorthand: Record<string, string>;
  /**
   * How one will be there, not whether ("camera", "microfonul", "the connection"): a modal
   * hedge in a clause about them ("s-ar putea să nu am camera pornită") doubts that detail.
   */
  asideTopics: string[];
  /**
   * The practical questions an invitation asks besides coming (parking, lunch, accommodation):
   * a bare "da"/"yes" in a sentence about one answers that ("Da, am nevoie de loc de parcare").
   */
  logisticsTopics: string[];
  /** Answers that name no verb ("da", "yes", "sure"), so they answer whatever the sentence is about. */
  answerParticles: string[];
  /**
   * Form-field labels whose value answers speaking, not coming ("Intervention: no",
   * "Prezentare: da"): the value's yes/no is the speaker answer. Whole-label phrases.
   */
  speakingFieldLabels: string[];
  /** A bare "if not" before another way of coming ("Sper să ajung fizic, dacă nu, intru pe Teams"). Whole-clause phrases. */
  fallbackOpeners: string[];
  /** Form-field labels whose value answers coming ("Participation: online", "Participare: fizic"). */
  attendanceFieldLabels: string[];
  /** Values under such a label that say how one comes, so that one comes ("online", "in person", "both"). Whole-value phrases. */
  attendingFieldValues: string[];
  /** What puts a need on top of an answer ("și de", "also", a clause opening with "and"). */
  additiveCues: string[];
  /**
   * Question openings that ask leave for the sender ("could I", "pot să"): a wish to speak
   * asked this way ("Could I have 5 minutes to present…?") is still a wish to speak.
   */
  selfRequests: string[];
  /**
   * What someone asks for when they will not be there ("the recording", "materialele"): a
   * question about it does not hold back a refusal the way a question about coming does.
   */
  afterwardRequests: string[];
  /**
   * Asking whether the meeting will be recorded at all ("Is this meeting going to be recorded?"): it asks about the
   * event, not for what is sent afterwards, so a reason given beside it stays open (three authors labelled
   * "I have a clash at 11 … is it recorded?" unknown, h153_045).
   */
  recordingQuestions: string[];
  /**
   * A question asked without its mark, in a statement ("Domnul director ar dori să știe dacă întâlnirea se va
   * înregistra", h175_019): with a recording question it leaves a reason beside it open, as the question would.
   */
  indirectQuestions: string[];
  /**
   * A third-person pronoun opening a sentence, pointing back to someone named in the sentence before
   * ("Could you add my colleague Lena Fischer to the list? She will attend instead of me", h204_061):
   * the stand-in is named there.
   */
  referBack: string[];
  /**
   * A verb saying the stand-in comes ("Vine însă Sergiu în locul meu", "am rugat-o pe Claudia să vină în locul meu",
   * h224_054, h225_066): a first name said to come in the sender's place is the delegated yes, where one said
   * only to represent the office ("Rients will represent us", h179_059) leaves the sender's own answer.
   */
  standInComes: string[];
  /**
   * A whole clause saying only that a number is not sure ("Vom veni 2-3 persoane de la noi, încă nu știu exact",
   * h228_043): after a yes that gives the count, the doubt is about the count.
   */
  countDoubts: string[];
  /**
   * A question announced before a colon ("dar aș avea o întrebare: se eliberează certificat de participare?", h250_009):
   * only what follows the colon asks.
   */
  questionAnnouncements: string[];
  /**
   * A question that presumes the sender comes, so a wish beside it still answers: leave to bring someone ("Is it OK if
   * I bring my business partner Alina?", h247_017), a certificate of attendance ("se eliberează certificat de
   * participare?", h250_009).
   */
  presumingQuestions: string[];
  /**
   * A question right after the wish to speak that asks whether the talk fits ("Could you let me know whether that fits
   * the agenda?", h247_037): it is about the talk, not about coming.
   */
  talkFollowUps: string[];
  /**
   * The answer said to be still to come ("Am o întrebare înainte să confirm: se poate parca …? Vin cu mașina din
   * Lugoj", h181_019): what reads as an answer beside it is said on the way, so the reply goes to a person.
   */
  pendingAnswer: string[];
  /**
   * An absence told after the event ("am ratat întâlnirea de ieri", "I could not attend on Sunday despite my
   * confirmation"): it answers no invitation any more, so the reply goes to a person (h157_049, h157_068). Read as
   * neutral words, so the refusal inside them does not count.
   */
  pastAbsences: string[];
  /** Subordinators that make an answer in the same clause conditional ("vin dacă nu plouă"). */
  conditionals: string[];
  /**
   * Subordinators that, opening a clause of their own, make the answers after it in the
   * sentence conditional ("Dacă se face online, particip"). Not "unless": "Unless something
   * urgent comes up, I'll be there" is a commitment with the usual proviso.
   */
  conditionOpeners: string[];
  /**
   * A condition on the sender, right after its opener ("if I can make it", "dacă reușesc"):
   * about coming, never only about the talk beside it ("if time permits" is the agenda's).
   */
  selfConditions: string[];
  /**
   * The calendar button taken back ("am apăsat din greșeală pe Accept", "I clicked Decline by
   * mistake"): then the words, not PARTSTAT, may answer.
   */
  buttonMistakes: string[];
  /**
   * Words that take back what was said earlier in the same mail ("de fapt", "până la urmă",
   * "actually", "after all"): the answer after them is the answer, as after a "dar"/"but".
   */
  changeOfMind: string[];
  /**
   * Words after an answer that make it hold whatever the condition before it ("If it's not
   * possible, no worries - I'll attend anyway", "Dacă nu se poate, vin oricum").
   */
  unconditionals: string[];
  /**
   * Words inside a condition saying it is already met ("If it's on Zoom (which I see it is), I
   * join"): the answer holds. Not "anyway" there: "If I'm in town anyway, I'll join" still hedges.
   */
  metConditions: string[];
  /**
   * Words that point back at occasions named earlier in the sentence ("keep me informed about
   * next sessions, I would be happy to join some of them"): an answer beside them is about those.
   */
  occasionAnaphors: string[];
  /**
   * What a participant does at the event besides coming ("ask some questions", "comment"): a
   * modal hedge right before one of them ("maybe ask questions in the chat") doubts that, not coming.
   */
  eventActivities: string[];
  /**
   * An offer to speak thanked for before a "but" ("thank you for the invitation to speak, but
   * I'll pass this time and just listen"): a refusal after the "but" declines the floor.
   */
  speakingOffers: string[];
  /** Words of coming ("attend", "participa"): a refusal naming them declines coming even after a speaking offer. */
  attendanceWords: string[];
  /**
   * Sentence adverbs that answer as a clause of their own ("of course", "desigur"): after a
   * statement about something else ("He speaks Romanian, of course") they qualify it. Whole-clause phrases.
   */
  sentenceAdverbs: string[];
  /** The invitation itself ("invitation", "invitația"): "Thanks for the invite, of course!" still answers it. */
  invitationWords: string[];
  /**
   * Asking to be sent the way in ("could you send the link again", "îmi puteți retrimite
   * linkul"): after a wish to come it presumes coming, unlike a question about the event.
   */
  linkRequests: string[];
  /**
   * How a legal footer opens ("CONFIDENTIALITY NOTICE", "This e-mail and any attachments are
   * confidential", "Acest mesaj este confidențial"): the paragraph it opens answers nothing,
   * however full of "accept", "participate" or "not" it is.
   */
  disclaimerOpeners: string[];
  /** Words that negate a following `yes` phrase in the same clause. */
  negators: string[];
  /** Conjunctions that open a contrasting clause ("dar", "but"). */
  contrast: string[];
  /** After a refusal, words that make it a constraint instead ("nu pot ajunge LA ORA 10"). */
  partial: string[];
  /** Frequent function words, to tell the language. */
  languageCues: string[];
  /**
   * Regional fillers spelled like another language's refusal (Transylvanian and Banat "No, mă
   * bag și eu", "Io vin, no."): alone in a clause of a sentence in this language, no answer.
   */
  regionalFillers: string[];
  /**
   * Negatives answering something else than the invitation ("nu am întrebări", "no questions"):
   * a bare "nu"/"no" right before one in its sentence echoes it ("Nu, nu am întrebări…").
   */
  echoedNegatives: string[];
  /**
   * Saying the mail arrived ("am primit invitația", "received, thanks"), or another thing about the mail itself (the
   * attachment opens, consent to the data form), or about an earlier meeting ("a fost foarte util atelierul din
   * septembrie"): a bare "da"/"yes" right before one in its sentence answers that ("Da, am primit invitația. Din păcate
   * nu pot…", "Yes, the attachment opens fine now").
   */
  mailRemarks: string[];
  /**
   * Materials offered to send ("I can send you the two slides", "vă pot trimite prezentarea"): a bare "da"/"yes" right
   * before one agrees to send them, not to come.
   */
  sendingOffers: string[];
  /**
   * Leave given to the organiser ("puteți să-mi treceți numele pe ecuson", "feel free to use our logo"): a bare "da"/"yes"
   * right before it grants that, not coming.
   */
  leaveGiven: string[];
  /**
   * A datum the organiser asked to check, said to be right ("numărul este corect", "this is the right address"): a bare
   * "Confirm" right before one, ending its sentence, confirms that, not attendance ("Confirm, numărul este corect").
   */
  confirmedData: string[];
  /** A glad answer that is the whole clause ("sigur că da", "cu mare drag", "of course", "gladly"). */
  gladAnswers: string[];
  /** A clause opening on irony ("ca și cum", "as if"): the bare yeses before it in its sentence mean the opposite. */
  ironyOpenings: string[];
  /** Words of regret that may stand alone in a clause ("din păcate", "unfortunately"). */
  regrets: string[];
  /** Other openings of a sentence that regrets what came before ("păcat doar că", "the only problem is"). */
  regretOpenings: string[];
  /**
   * A relative clause in which someone comes ("who will", "care va"), at a clause's start: right after a colleague named,
   * the colleague's coming ("my colleague Vlad, who will join on our behalf"), not who is still to be decided. Only a
   * plain future: "who might be able to join" is a hope.
   */
  relativeComing: string[];
  /** Saying the mail went off half-written ("am apăsat trimite prea repede", "hit send too soon"): what came before it is void. */
  missent: string[];
  details: DetailsLocale;
}

export interface DetailsLocale {
  numberWords: Record<string, number>;
  /** `#` is the total number of people ("vom fi #", "# persoane"). */
  totals: string[];
  /** `#` people come in addition to the sender ("cu # colegi"). */
  extras: string[];
  /** One more person ("cu un coleg", "with my colleague"). */
  companion: string[];
  /**
   * Talking or agreeing with someone ("cum am vorbit cu", "as agreed with"), ending on the
   * preposition: the person after it is whom the sender spoke with, not a companion.
   */
  conversations: string[];
  /** Introduces a list of attendees, one name per line or comma-separated. */
  attendeeListIntro: string[];
  /** Introduces a list of the sender's companions ("Voi veni împreună cu:"): the sender comes besides those listed. */
  companionListIntro: string[];
  /**
   * Nouns of organisations and their parts, folded ("directia", "consiliul", "department"): a
   * run of capitalised words with one of them ("Direcția Tehnică") is no person's name.
   */
  organisationWords: string[];
  /** Precedes the name of the person the sender answers for. */
  onBehalf: string[];
  /** A constraint, request or remark worth showing to the organiser. */
  noteCues: string[];
}
