import { joinAppositions } from './apposition';
import { expandShorthand, LOCALES, matchKey, normalizeReply, NUMBER_SOURCE } from './analyze-text';
import { COMER_RELATION, isOrganisationWord, NAME_WORD, TITLE, TITLES } from './person-names';
import { countListedNames, ROLE_WORD } from './listed-names';
import { countFullTeam, countRoleCounts, countRoleList } from './role-list';
import { compileStickyPhrases, findAll } from './phrase-table';
import { typoCorrector } from './typos';
import { addedInPostscript, afterPostscript, CORRECTION_SAID, HEDGE_WORD, droppedLater, NEWS_LABEL, RANGE_AFTER, revisedCount } from './party-revisions';

/*
 * How many people come: an explicit total ("venim 3", "a team of four"), a list of names, or the sender plus the
 * companions named or counted ("cu doi colegi", "me and Ana"), corrected by what the sender takes back ("de fapt 3").
 * Split from `details.ts`, which reads the speaker and the note and calls {@link countPeople}.
 */
const tables = LOCALES.map((locale) => locale.details);
const NUMBER_WORDS = new Map<string, number>(tables.flatMap((table) => Object.entries(table.numberWords)));
const NUMBER_IN_MATCH = new RegExp(`(?<![a-z0-9])(${NUMBER_SOURCE})(?![a-z0-9])`);
/** A negation a companion phrase's gap took in: "Colega Anca nu se alătură de data asta" brings no one. */
const NEGATED_INSIDE = /(?<![a-z])(?:nu|not|never|niciodata)(?![a-z])/;
/**
 * A companion sent along with the one answered for: "o trimit pe colega mea, …, și pe stagiarul nostru" (h391_046), "o trimit
 * pe colega mea Andreea Pop și pe Vlad Ionescu de la noi din echipă" (h534_010).
 */
const SENT_ALONG = /(?:^|\s)si pe\s/;
/**
 * A titled one named along with the one answered for: "vor participa … doamna Ioana Radu și domnul Cristian Avram. Eu, din
 * păcate, am o deplasare" (h454_020). Not after "reprezentat de", whose names are counted as a list already.
 */
const TITLED_ALONG = /^si (?:domnul|doamna|dl|dna|d-na|d-l)(?![a-z-])/;
/** An organisation's representatives (folded): "cu 2 reprezentanți" counts its whole party. */
const REPRESENTATIVES_RO = /(?<![a-z])(?:reprezentant|delegat)/;
/** A unit of time right after a number ("… 5 minutes late", "… 2 ore mai târziu"). */
const BOTH_SESSIONS = /^amand(?:oi|oua)$/;
const BOTH_BEFORE = /(?:^|\s)la\s+$/;
const SESSIONS_AFTER = /^\s*(?:sesiunile|sesiuni|intalnirile|atelierele|evenimentele|datele|zilele|variantele)(?![a-z])/;
const TIME_UNIT_AFTER = /^\s*(?:de\s+)?(?:minutes|minute|min|mins|hours|hour|ore|ora|h)(?![a-z])/;
const TOTALS = compileStickyPhrases(tables.flatMap((t) => t.totals), NUMBER_SOURCE);
const EXTRAS = compileStickyPhrases(tables.flatMap((t) => t.extras), NUMBER_SOURCE);
/** Phrases that bring a companion along ("vine cu mine", "I'll bring"): shared with the hedge scope. */
export const COMPANION = compileStickyPhrases(tables.flatMap((t) => t.companion), NUMBER_SOURCE);
const CONVERSATIONS = compileStickyPhrases(tables.flatMap((t) => t.conversations));
/**
 * "I confirm my partecipation and also of my collegue": a slip in an English word of company,
 * read as the word of the companion tables it is one slip from (their long words). Not in
 * Romanian, where a slip and an inflection look alike ("colegi" is no slip of "colegii").
 */
const companionTypos = typoCorrector(() =>
  LOCALES.filter((locale) => locale.language === 'en')
    .flatMap((locale) => [...locale.details.companion, ...locale.details.extras])
    .flatMap((phrase) => phrase.split(/[^a-z]+/))
    .filter((word) => word.length >= 7),
);
/**
 * A form's count with "besides me" in brackets ("Nr. colegi care se conectează: 1 (în afară de mine)"): the bracket
 * dropped so the extras' "# în afară de mine" reads it, on folded text.
 */
const BESIDES_ME_ASIDE = /(?<![a-z0-9])(\d{1,3})\s*\((?=\s*(?:in afara de mine|pe langa mine|besides me|besides myself|apart from me|apart from myself|not counting me|excluding me|excluding myself|other than me|in addition to me)(?![a-z]))/g;
// "We're a small team (3 people) doing VR reconstructions … I'll join": the organisation's size in brackets, no total of who comes.
// Described with an article ("a small team", "o asociație mică"), not the party's own ("we'll join with a team (3 people: …)").
// "I run a small game development studio (4 people)": a few words on what the organisation does between.
const ORGANISATION_SIZE_ASIDE =
  /(?<![a-z])(?<!(?:with|cu|in|by|de|as|ca)\s)(?:a|an|o|un)\s+(?:[a-z]+\s+){0,3}(?:team|company|startup|start-up|studio|association|organisation|organization|firm|ngo|club|foundation|echipa|asociatie|firma|companie|ong|organizatie|fundatie)(?:\s+[a-z]+)?\s*\(\s*$/;
/** Those an organisation has, after its noun: "o asociație mică, cu 4 membri activi", "a small NGO with 12 members". */
const MEMBERS_NOUN = /(?:membri|membrii|angajati|members|employees|staff)(?![a-z])/;
const ORGANISATION_BEFORE = /(?<![a-z])(?:asociatie|asociatia|organizatie|organizatia|fundatie|fundatia|firma|companie|ong|association|organisation|organization|foundation|company|firm|ngo|club)(?:\s+[a-z]+)?\s*,?\s*$/;
let spelledOut: RegExp | null = null;
let digitsAfter: RegExp | null = null;

/** After a count, the people listed with the sender among them: "2 people (myself and Ana Ilie)". */
// "… cu un reprezentant, pe subsemnatul": the one representative is the sender.
// "cu 2 persoane la muzeu (eu și Carmen)": a short place may come before the brackets.
// "cu 4 membri (inclusiv subsemnatul)": the sender said to be among them.
const SELF_LISTED = /^\s*(?:[(:–-]\s*(?:myself|me|i|eu|subsemnatul|subsemnata)|(?:la|in|at|on|pe)\s[^.;!?():,+]{1,25}\(\s*(?:myself|me|i|eu|subsemnatul|subsemnata)(?![a-z])|[,(:–-]?\s*(?:pe|in persoana|adica pe|si anume pe)\s+(?:subsemnatul|subsemnata|subsemnatului|subsemnatei|mine)|[,(–-]?\s*(?:inclusiv|including|incl)\.?\s+(?:eu|pe mine|mine|subsemnatul|subsemnata|me|myself))(?![a-z])/;
/**
 * Confirming someone else's participation "și a mea" / "și a subsemnatei", or coming "together
 * with me": someone else and the sender ("Confirm participarea d-lui primar și a mea").
 * "Confirm participarea pentru mine și pentru Paul Tamaș, asociatul meu": the sender and the one named; typed short too,
 * "Confirm pt. mine și pentru Alex" (h540_070).
 * "… va fi reprezentată de dl. Ovidiu Crișan, vicepreședinte, și de subsemnata": the sender closing the pair.
 */
// "Din partea Hungaro Tech SRL vom participa eu, Szabó Attila, și colega mea": the organisation's answer, the sender among those coming.
// "Confirming for Startup West: me and two colleagues" (h137_058): the same in English, after a colon.
const SELF_TOO =
  /(?<![a-z])(?:(?:vom participa|participam|venim|vom veni|vom fi prezenti|vom fi prezente) eu|si de subsemnata|si de subsemnatul|si de mine|(?:doamna|domnul|dna|dl) (?:director|directoare|presedinte|presedinta|sef|sefa|primar|rector|decan|manager) si eu|and by me|and by myself|si subsemnata|si subsemnatul|pentru mine si pentru|pentru mine si pt|(?:pt|pentru)\.? mine si (?:pentru|pt)|for me and for|for myself and for|si a mea|si a subsemnatului|si a subsemnatei|precum si a mea|(?<!care [a-z]+ [a-z]+ )impreuna cu mine|alaturi de mine|si cu mine|insotit de mine|insotita de mine|and mine|and myself|as well as mine|as well as myself|together with me|along with me|accompanied by me|(?<=[:;,(]\s?)(?:me|myself) and(?=\s(?:\d|one|two|three|four|five|my|our|a|an)\s))(?![a-z])/;
/**
 * After a total of those in the room, a colleague who follows online adds to it: "We are with
 * 2 in person (me and Pieter Dijkstra) and our colleague Marloes will follow online"; so does one
 * joining on their own: "…, iar colegul Bogdan Rusu intră separat, de acasă" (h271_010), not "me
 * and my colleague Paolo will connect separately" (h202_087: the two already counted).
 */
const ADDED_REMOTE =
  /^[^.;!?]{0,120}?(?:(?:and|plus|iar|si|,)\s+(?:(?:our|my)\s+(?:colleague|coworker|co-worker)|(?:colegul|colega)\s+(?:nostru|noastra|meu|mea))\s+(?:[a-z'-]+\s+){0,2}?(?:will|shall|va)\s+(?:follow|join|connect|attend|participate|be|urmari|participa|intra|fi)\s+(?:online|remotely|virtually|via zoom|on zoom|pe zoom|de la distanta)|(?<!(?:me|eu|myself|i)\s)(?:iar|and)\s+(?:colegul|colega|my colleague|our colleague)\s+(?:[a-z'-]+\s+){0,3}?(?:intra|se conecteaza|se va conecta|va intra|joins|will join|connects|will connect)\s+(?:separat|separately|de acasa|from home|de pe alt|from another))(?![a-z])/;
/**
 * The hybrid forum: after those in the room, the ones who follow online add to them ("2 persoane
 * la fața locului (eu + Diana) și 1 online", "1 in person + 1 online").
 */
let concluded: RegExp | null = null;
let addedOnline: RegExp | null = null;
/** "am zis că venim 4, dar vom fi doar 2": an earlier number the sender takes back. */
// "în subiect scrisesem 3 persoane, dar … Rămânem doar doi" (h474_055): a count the subject said.
const EARLIER_SAID = /(?<![a-z])(?:am zis|am spus|v-am scris|v-am spus|am anuntat|am confirmat|am scris|scrisesem|in subiect|la subiect|initial|i said|we said|i wrote|we wrote|i told you|we told you|initially|originally|previously)(?![a-z])/;
const CONTRAST = /(?<![a-z])(?:dar|ci|insa|but|actually|de fapt|instead|in schimb)(?![a-z])/;
/** A count phrase that itself opens with the correction ("de fapt 3", "only the two of us"). */
const CORRECTION_LEAD = /^(?:de fapt|adica|mai exact|pardon|actually|in fact|or rather|only the|ci (?:doar|numai))[\s,]/;
/** A follow-up's label right before a count, in a sentence of its own: "Participăm cu două persoane. Revin: o singură persoană" (h204_085). */
const REVISED_AFTER = /(?<![a-z])(?:revin|revenim|update|correction|corectie|rectific|rectificare|modificare)\s*:\s*$/;
/** A group's size in brackets after it ("our team (4)"): rewritten as a count of people. */
const TEAM_SIZE = /(?<![a-z])((?:our |my |)(?:echipa|grupul|delegatia|team|group|delegation)(?: noastra| nostru| mea| meu)?)\s*\((\d{1,2})\)/g;
/** A count in brackets before its noun: "We will be (4) people online" (h243_051). */
const BRACKETED_COUNT = /\((\d{1,2})\)\s*(?=(?:people|persons|participants|attendees|colleagues|persoane|participanti|colegi|colege|reprezentanti)(?![a-z]))/g;
/**
 * Words right before a count that replace the one just said: "… de fapt 3", "… but only the two of us", "nu mai venim
 * trei, ci doar doi" (h219_083). "Venim 4 persoane, dar corectez: colegul Mihai nu mai poate, deci vom fi 3" (h228_009):
 * the clauses between say who does not come and are not among the statements read here, so "but … so" is what is left.
 */
const CORRECTED_TO = /(?<![a-z])(?:de fapt|adica|mai exact|pardon|actually|in fact|or rather|(?:but|dar|insa|however|ci)\s+(?:only|doar|numai|just)(?:\s+the)?|(?:but|dar|insa|however)[\s,:;]*(?:deci|asa ca|so|therefore))\s*$/;
/** "vom fi 2, nu 4 persoane": a number denied. */
const DENIED_BEFORE = /(?:^|[^a-z])(?:nu|not|in loc de|instead of|rather than)\s*$/;
/** A count closed by "in total": the whole party, the sender among them. */
const IN_TOTAL_AFTER = /^\s*,?\s*(?:in total|in all|all together|altogether|cu totul|per total)(?![a-z])/;
/** "Confirmăm participarea a doi elevi … și a mea": the sender added after the pupils counted. */
// "Da, vom participa: doi colegi online și eu fizic": the sender closing the count, a format at most after it (not "și eu, din păcate, nu").
// "Noi vom fi 10 elevi + eu, profesor coordonator": the sender added with a plus; "vor participa online doi membri, iar eu voi
// fi prezent" (h510_049): the sender beside them.
const SELF_ADDED =
  /^[^.;!?]{0,160}?(?<![a-z])(?:(?:si|precum si) a (?:mea|subsemnatului|subsemnatei)(?![a-z])|(?:si|precum si) (?:eu|subsemnatul|subsemnata)(?:\s+(?:fizic|online|personal|in persoana|la fata locului|in sala|pe zoom|pe teams))?\s*(?:[.;!)]|$)|(?:\+|plus)\s*(?:eu|subsemnatul|subsemnata|mine|pe mine)(?![a-z])|(?:,\s*)?iar eu (?:voi fi (?:prezent|prezenta|acolo|in sala)|vin|voi veni|particip|voi participa|ma conectez|ma voi conecta)(?![a-z])|^[\s,]*(?:insotit|insotita|insotiti|insotite) (?:de catre |de )(?:mine|subsemnatul|subsemnata)(?![a-z])|(?:,\s*)?(?:impreuna|alaturi) (?:cu|de) (?:mine|subsemnatul|subsemnata)(?![a-z])|(?<![a-z])(?:pe langa mine|in afara de mine|besides me|apart from me|in addition to me)(?![a-z]))/;
/** The sender going along with the party ("însoțiți de mine", "însoțită de subsemnata"). */
const SENDER_ALONG = /^(?:insotit|insotita|insotiti|insotite) (?:de catre|de) (?:mine|subsemnat)/;
/** The sender named as one of the party ("eu și …", "vom veni eu"). */
const SELF_NAMED = /(?<![a-z])(?:eu si|(?:venim|vom veni|vom participa|participam|vin|particip|voi veni|voi participa|vom fi) eu)(?![a-z])/;
const ORGANISATION_PARTICIPATION = /(?:participarea|prezenta)\s+(?!(?:mea|mele)(?![a-z]))[a-z]+/;
const LIST_AFTER_COLON = /^\s*:\s*([^.;!?]+)/;
const LIST_SEPARATOR = /\s*,\s*|\s+(?:si|and)\s+/;
const OTHERS_NOUN = /(?<![a-z])(?:profesor|cadre|elev|student|voluntar|angajat|specialist|expert|consilier|coleg|membri)/;
/** The sender said to come on top of a count, in so many words (folded, the text after the count). */
const SELF_ON_TOP = /^[^.;!?]{0,60}?(?<![a-z])(?:pe langa mine|in afara de mine|besides me|apart from me|in addition to me|(?:\+|plus)\s*(?:eu|subsemnatul|subsemnata|mine))(?![a-z])/;
/** A reply that is only "+1" (folded): the chat way of "count me in", one person (h163_077). */
const BARE_PLUS_ONE = /^[^a-z0-9+]*\+\s?1[^a-z0-9]*$/;
// "Eu și Maria Ionescu" / "me and John Smith" / "– myself and Marko.": a named second attendee.
// "Me and Ana Jurjević from the Rijeka 2020 office": the sentence may open with it.
// "myself and Sjoerd van der Meer": the particles of a Dutch or German name between its words.
// "represented by me and by Agnė Petrauskaitė": the "by" repeated.
const NAMED_PARTNER = new RegExp(`(?:\\b[Ee]u (?:și|si)|\\b[Ee]u\\s*\\+|\\b(?:[Mm]yself|[Mm]e) and(?: by)?|\\b(?:[Mm]yself|[Mm]e)\\s*\\+|\\b[Ii] and)\\s+(${NAME_WORD}(?:\\s+(?:(?:van|von|der|den|de|ter|ten|zu)\\s+){0,2}${NAME_WORD}){1,2})`, 'u');
// "Sigur că venim! Eu și Tudor, de la Cafeneaua Culturală", "eu și Mihai de la festival": a first name alone,
// closed by a comma, a "from" or the sentence's end; an organisation ("eu și Primăria") is no one.
// "Ne conectăm eu și Raluca de pe același laptop": where they connect from closes it too.
// "Venim sigur, eu + Tudor.": a plus sign for "și".
// "Both me and Irina (our COO) will join": a role in brackets closes it too.
// "Eu și (cu) Ioana venim" (h151_044), "eu și Matei intrăm" (h471_061): the verb of coming closes it; "Da, vin. Și Marius de la noi." (h151_011): a
// sentence opening on "Și" adds the one named.
const NAMED_PARTNER_FIRST = new RegExp(`(?:\\b[Ee]u (?:și|si)(?: cu)?|(?:^|[.!]\\s+)(?:Și|Si)(?: cu)?|\\b[Ee]u\\s*\\+|\\b(?:[Mm]yself|[Mm]e) and|\\b(?:[Mm]yself|[Mm]e)\\s*\\+)\\s+(${NAME_WORD})(?=\\s*(?:[,.!;(]|$)|\\s+(?:de la|de pe|din|from|venim|participăm|participam|vom veni|vom participa|ne conectăm|ne conectam|vom fi|suntem|ajungem|intrăm|intram|vom intra)(?!\\p{L}))`, 'u');
// "Iker Etxeberria and I will join": the named partner before the sender.
// A first name alone ("Rūta and I will join online") not after a greeting or thanks ("Thanks and I will attend");
// online, "Dario and I will both dial in".
// "My colleague Tomas and I from Kaunas 2022 will join" (h491_007): the organisation may follow "and I".
// "I am an artist living in Timisoara and I would be glad to attend" (h188_025): a place after a preposition is no partner.
// "Thank you so much Lavinia and I would love to attend": the organiser thanked, not a partner.
const PARTNER_AND_I = new RegExp(`(?<!\\p{L})(?<!(?:[Ii]n|[Ff]rom|[Aa]t|[Oo]f|[Tt]o|[Nn]ear|[Ff]or|[Ii]nto|[Aa]round|[Tt]hanks|[Tt]hank you|[Tt]hank you so much|[Tt]hank you very much|[Mm]any thanks|[Tt]hanks a lot|[Tt]hanks again|[Dd]ear|Ms|Mrs|Mr|Dr)\\s)(?!(?:Ms|Mrs|Mr|Miss|Dr|Dear|Thanks|Thank|Yes|Sure|Great|Okay|Ok|Perfect|Fine|Noted|Absolutely|Definitely|Certainly|Hello|Hi|Dear|Indeed|Also|So|Then|Now|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Afternoon)\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}\\s+and I(?:\\s+from(?:\\s+[\\p{L}0-9.-]+){1,4})?(?:'ll|\\s+(?:will|shall|are going to|would (?:love|like|be happy|be glad) to|are happy to|are glad to))\\s+(?:both\\s+)?(?:join|attend|come|be there|be attending|be joining|participate|dial in|connect|log in|be in|be at)\\b`, 'u');
/** "Vă confirm participarea Oficiului Județean de Turism Timiș, cu 4 persoane": the organisation whose attendance is confirmed. */
const ORGANISATION_CONFIRMED = /(?<![a-z])(?:participarea|prezenta|participation of|attendance of)\s+(?:the\s+)?([a-z]+)/;
/**
 * The first word of a sentence, past a possessive: its subject when an organisation's noun ("Camera de Comerț …
 * confirmă", "Our team will join with two people": h145_044).
 */
const FIRST_WORD = /^[^a-z]*(?:(?:our|the|my)\s+)?([a-z]+)/;
/** "Our research group (Urban Studies Lab) will attend with 5 people" (h171_050): the organisation's noun a word or two after "our". */
const OUR_SUBJECT = /(?<![a-z])our\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?/;
/** A companion phrase that adds someone to whoever comes ("accompanied by", "însoțit de"), the sender or the one answered for. */
// "Confirmăm participarea doamnei inspector Gabriela Nistor și a domnului profesor Victor Iancu" (h349_051): the one answered
// for, and one more beside them.
// "Vă confirm participarea doamnei prof. dr. Mirela Popa și a doi studenți masteranzi" (h620_044): a number after "și a" too.
const ACCOMPANYING = /^(?:accompanied by|together with|along with|joined by|insotit de|insotita de|insotiti de|(?:il|o) (?:va|vor) insoti|impreuna cu|alaturi de|si a (?:domnului|doamnei|dlui|dnei|d-lui|d-nei|doi|doua|trei|patru|cinci|sase|\d{1,2}))(?![a-z0-9])/;
/** An extra of "one more" right after a colleague named by the relation ("colegul meu Bogdan și încă o colegă"). */
// "va veni colegul meu Andrei Moț și colega Diana Popa în locul meu" (h492_048): or another colleague named after.
const ONE_MORE_AFTER_NAMED = /(?:colegul|colega|my colleague|our colleague)(?: (?:meu|mea|nostru|noastra))? [a-z-]+(?: [a-z-]+)?,? (?:si|and|plus) (?:inca|one more|another|colegul|colega|my colleague|our colleague)(?![a-z])/;
/** "… și de domnul …", "… and by Mr …", "accompanied by Ms. X (…) and Mr. Y" (h214_047): after an accompanying phrase, one more accompanying. */
const ACCOMPANYING_AGAIN = new RegExp(`^(?:si|precum si) de(?: catre)?\\s|^and by\\s|^(?:and|si)\\s+(?:${TITLES.join('|')})(?![a-z])`);
/** "Banat IT Cluster va fi prezent cu 3 persoane: …" (h371_006): a third-person verb right before the party, the organisation speaking of itself. */
const ORGANISATION_VERB_BEFORE = /(?<![a-z])(?:va fi prezent|va fi prezenta|va fi reprezentat|va fi reprezentata|will be present|will be represented)\s+$/;
// "Vom fi prezenți cu o singură persoană, probabil eu" (h431_044): one, said as such.
const ONE_REPRESENTATIVE = /\scu (?:un|o|unul|una) (?:singur |singura |)(?:reprezentant|reprezentanta|delegat|delegata|persoana)$/;
const PARTY_WITH = /^(?:cu|with)\s+\S+\s+(?:persoane|people|persons|participanti|participants|reprezentanti|representatives)\b/;
// "Confirmăm participarea Universității … cu 5 persoane": the plural confirming counts the whole party.
// "vă rog să ne treceți pe listă cu 4 persoane", "ne puteți trece cu 3 persoane": the party put on the list as "us".
const WE = /(?<![a-z])(?:vom|venim|participam|suntem|noi|confirmam|we|we'll|we're|us|ne (?:puteti |poti )?(?:treceti|inscrieti|notati|puneti|adaugati|trece|inscrie|nota|pune|adauga))(?![a-z])/;
/** "Ok, venim. Doi.": a sentence that is only a number word, in a reply that speaks in the plural, is the party's size. */
const LONE_COUNT = /^[^a-z0-9]*(doi|doua|trei|patru|cinci|sase|two|three|four|five|six)[^a-z0-9]*$/;
/** "Yes for two.", "Da, pentru trei.": a sentence that is only the answer and the party's size (not "yes for 20 January"). */
const ANSWER_FOR_COUNT = /^[^a-z0-9]*(?:yes|confirmed|sure|ok|okay|count us in|da|confirm|confirmam|sigur)[\s,!-]*(?:for|pentru)\s+(doi|doua|trei|patru|cinci|two|three|four|five|[1-5])[^a-z0-9]*$/;
/**
 * A list headed by the sender: "we'll be there - myself, Petra and Luka", "Eu, directorul
 * artistic și actrița noastră Maria Hoinaru". Items are names or people's roles (a
 * capitalised word, a possessive, a role noun), so "eu, sincer, cred că vin și colegul" is
 * no list; the last item is joined by "și"/"and".
 */
const LIST_HEAD = `(?:\\p{Lu}[\\p{L}'’.-]*|(?:my|our|the|a|an|one|two|un|o|doi|două|trei|cei|cele)(?=\\s)|(?:colleg|coleg|direct|șef|sef|manager|intern|assist|asist|partner|parten|wife|husband|soț|sot|fiic|fiul|copi|daughter|son|child|kids|brother|sister|frat|sor|nepo|nephew|niece|actri|actor|profes|student|volunt|membr|member|reprezent|represent|coordon|coordin|expert|consil|advis|deputy|adjunct|secretar)[\\p{L}]*)`;
// "myself, Priya Raman (Programs) and Tom Ostrowski (Partnerships)": a role in brackets after an item.
const LIST_ITEM = `${LIST_HEAD}(?:\\s+\\p{L}[\\p{L}'’.-]*){0,4}(?:\\s*\\([^(),]{1,40}\\))?`;
const SELF_HEADED_LIST = new RegExp(`(?:^|[\\s:–—(-])(?:[Ee]u|[Mm]yself|[Mm]e)\\s*,\\s*((?:${LIST_ITEM}\\s*,\\s*){0,6}${LIST_ITEM})\\s+(?:și|si|and)\\s+${LIST_ITEM}`, 'gu');
/** A second group counted after a first one: "2 participants from Esch2022 asbl + 1 from the City". */
// Only after "+"/"plus": "we'll be 3 people, 2 of them from the municipality" is one group.
// "24 de elevi, plus 2 profesori însoțitori", "2 profesori și 6 elevi": a school's other group added; the teachers also
// after a word on the class ("18 elevi din clasa a XI-a A și 2 profesori însoțitori", h316_031).
const ADDED_GROUP = /^[^.;!?]{0,80}?(?:\+|(?<![a-z])plus)\s*(\d{1,2})\s+(?:from|din|de la|profesori|profesoare|cadre didactice|insotitori|teachers)(?![a-z])|^\s*(?:si|and)\s+(\d{1,2})\s+(?:elevi|eleve|studenti|studente|students|pupils)(?![a-z])|^[^.;!?]{0,80}?(?<![a-z])(?:si|and)\s+(\d{1,2})\s+(?:profesori|profesoare|cadre didactice|teachers)(?![a-z])/;
/** One more after the total: "noi suntem 3 colegi și încă o persoană de la firma parteneră" (h234_045). */
// "Two of us plus our director, Mr. Kostas Georgiou, will attend" (h271_007): one of the sender's own by role.
// "vom fi 4 persoane + un interpret de limbaj mimico-gestual" (h516_024): the interpreter or assistant added to a count.
// "Vom participa cu 2 persoane (eu și partenerul nostru din Novi Sad …) plus o traducătoare" (h534_050): who the count
// holds may stand in brackets between.
const ADDED_ONE =
  /^\s*(?:\([^()]{0,120}\))?(?:(?:[a-z]+\s+)?(?:si|plus|and)\s+(?:inca|one more|another)\s+(?:o|un|one|a|)\s*(?:persoana|coleg|colega|person|colleague|reprezentant|reprezentanta|representative)|,?\s*(?:plus|\+|and)\s+(?:our|my)\s+(?:director|manager|head|boss|coordinator|president|chair|ceo|deputy|assistant|mayor)|\s*,?\s*(?:(?:persoane|people|persons|participanti|participants|colegi|oameni|reprezentanti)\s*)?(?:\+|plus)\s*(?:un|o|one|an|a)\s+(?:interpret|interpreta|translator|traducator|traducatoare|interpreter|asistent|asistenta|assistant|insotitor|insotitoare))(?![a-z])/;
/**
 * The family workshop asks adults and children apart, and the party is both: "2 adulți + 2 copii", "Adulți 1, copii 4",
 * "one adult, two children", "8 copii …, însoțiți de 3 adulți", "12 elevi … însoțiți de 2 cadre didactice". Children
 * before their grown-ups only after "însoțiți de"/"accompanied by" (not "lucrez cu 20 de copii și 3 adulți", nor a
 * school's "300 de elevi și 40 de profesori"), on folded text.
 */
const CHILD_NOUNS = '(?:copii|copiii|copil|copilasi|nepoti|nepotei|nepoate|fetite|baieti|baietei|prescolari|elevi|eleve|children|child|kids|kid|grandchildren|grandkids|pupils)';
const ADULT_NOUNS = '(?:adulti|adult|adults|grown-ups|grownups)';
const CHAPERONE_NOUNS = '(?:adulti|adult|adults|cadre didactice|cadru didactic|profesori|profesoare|profesor|profesoara|educatoare|educatori|invatatoare|invatatori|parinti|insotitori|teachers|teacher|parents|chaperones)';
const ONE_ARTICLE = /^(?:un|o|a|an|one)$/;
let adultsChildren: RegExp[] | null = null;
/** Every pattern below names children: most yes replies have none, and skip the four scans. */
const CHILD_WORD = new RegExp(`(?<![a-z])${CHILD_NOUNS}(?![a-z])`);
/** The party as adults plus children ({@link CHILD_NOUNS}), the largest such pair in the text; 0 when none. */
function adultsAndChildren(folded: string): number {
  if (!CHILD_WORD.test(folded)) return 0;
  const n = `(${NUMBER_SOURCE}|0)`;
  adultsChildren ??= [
    // "2 adulți + 2 copii", "one adult, two children", "an adult and two kids", "2 adulți (eu și soțul) și 3 copii".
    new RegExp(`(?<![a-z0-9])(${NUMBER_SOURCE}|0|un|o|a|an)\\s+(?:de\\s+)?${ADULT_NOUNS}(?![a-z])[^.;!?]{0,30}?(?:,|\\+|&|(?<![a-z])(?:si|and|plus|cu|with)(?![a-z]))\\s*${n}\\s+(?:de\\s+)?${CHILD_NOUNS}(?![a-z])`, 'g'),
    // A form: "Adulți: 2, copii: 3", "Adulti 1, copii 4", and the other way round.
    new RegExp(`(?<![a-z])${ADULT_NOUNS}\\s*:?\\s*${n}[\\s,;/+.]{1,5}(?:(?:si|and)\\s+)?${CHILD_NOUNS}\\s*:?\\s*${n}(?![a-z0-9])`, 'g'),
    new RegExp(`(?<![a-z])${CHILD_NOUNS}\\s*:?\\s*${n}[\\s,;/+.]{1,5}(?:(?:si|and)\\s+)?${ADULT_NOUNS}\\s*:?\\s*${n}(?![a-z0-9])`, 'g'),
    // "8 copii din grupa mare, însoțiți de 3 adulți (2 educatoare și un părinte)", "12 elevi … însoțiți de 2 cadre didactice".
    new RegExp(`(?<![a-z0-9])${n}\\s+(?:de\\s+)?${CHILD_NOUNS}(?![a-z])[^.;!?]{0,60}?(?<![a-z])(?:insotiti de|insotite de|insotit de|insotita de|accompanied by|chaperoned by)\\s+${n}\\s+(?:de\\s+)?${CHAPERONE_NOUNS}(?![a-z])`, 'g'),
  ];
  const value = (token: string): number => (ONE_ARTICLE.test(token) ? 1 : token === '0' ? 0 : (numberIn(token) ?? 0));
  let best = 0;
  for (const pattern of adultsChildren) {
    for (const match of folded.matchAll(pattern)) {
      const sum = value(match[1]!) + value(match[2]!);
      // "Școala are 300 de elevi și 40 de adulți": an organisation's size, no party.
      if (sum <= MAX_PARTY) best = Math.max(best, sum);
    }
  }
  return best;
}
/** "Confirm: 1+2 (eu + 2 colegi)", "Particip 1+1.": the sender plus the others, standing alone (not "sala 2+3 e liberă", a phone or a date). */
const DIGIT_SUM = /(?<![\d+.:/-]\s?)([1-9])\s?\+\s?([1-9])(?=\s?(?:[,;!)(]|\.(?!\d)|$|pers|people|persons))/g;
/**
 * People of the sender's side by role, in the plural: "together with our programme coordinators Andrei Toma and Bianca Roth".
 * Not after a count ("with my two colleagues Ana and Dan"): the count already holds them.
 */
const PLURAL_ROLES = '(?:colleagues|coworkers|co-workers|coordinators|managers|directors|officers|experts|curators|interns|trainees|volunteers|partners|deputies|advisors|advisers|researchers|assistants|representatives)';
/**
 * Colleagues in the plural, then their names: "confirm participarea pentru mine și pentru colegele Ana Rus și Ioana
 * Borza", or after their verb: "Vor veni colegii mei Dana și Eugen, eu nu pot" (h449_043), "merg colegele Alina și Roxana" (h469_069). Not a bare "și colegilor"
 * (thanks to them) nor "cu colegii" (whom one spoke with).
 */
/** Others in the plural a sender brings, by their possessive: "împreună cu doctoranzii mei, Dan și Ilinca" (h588_046). */
const PLURAL_PEOPLE_RO = '(?:doctoranzii|doctorandele|studen[țt]ii|studentele|stagiarii|stagiarele|voluntarii|voluntarele|asocia[țt]ii|asociatele|partenerii|partenerele)';
const RO_PLURAL_COLLEAGUES =
  `(?:[șs]i pentru (?:colegele|colegii)|[șs]i a (?:colegelor|colegilor)|(?:[Îî]mpreun[ăa] cu|[Aa]l[ăa]turi de) (?:colegele|colegii|${PLURAL_PEOPLE_RO}(?=\\s+(?:mei|mele|no[șs]tri|noastre)))|[șs]i (?:cu )?(?:colegele|colegii|${PLURAL_PEOPLE_RO}) (?:mele|mei|noastre|no[șs]tri)|(?:plus|[șs]i) (?:colegele|colegii)|(?:[Vv]or veni|[Vv]or participa|[Ss]e vor conecta|[Vv]or fi prezen[țt]i|[Mm]erg|[Vv]or merge) (?:[șs]i )?(?:colegele|colegii))(?:\\s+(?:mele|mei|noastre|no[șs]tri))?,?`;
/**
 * Companions named by first name after a word of company: "da, vin, împreună cu Horia de la
 * atelierul de olărit", "Vin cu Matei și cu Alex". A bare "cu" says nothing ("am vorbit cu
 * Maria"), so only a verb of coming or "împreună cu" / "together with" leads in; an
 * organisation ("împreună cu Primăria") is no one. "Sigur că venim, eu și Mihai" (in Banat "io și
 * Paul"), "vin eu și Bogdan": the sender after the verb heads the party. "Cu mine vine și Raluca
 * Toma de la comunicare": the companion after "with me" and the verb.
 * "trec eu pe la voi joi, cu Sebi de la IT": a few lower-case words between the verb and "cu".
 * "Voi veni cu colegii Lucian și Amalia": the colleagues' plural between "cu" and their names.
 */
const NAMED_WITH = new RegExp(
  `(?<!\\p{L})(?:[IiÎî]mpreun[ăa] cu|[IiÎî]nso[țt]it[ăa]? de|[Tt]ogether with|[Aa]ccompanied by|(?:[Tt]ogether with|[Aa]long with|[Aa]ccompanied by|[Jj]oined by) (?:our|my)(?:\\s+(?!(?:two|three|four|five|six|both)(?!\\p{L}))\\p{Ll}[\\p{Ll}-]*){0,2}\\s+${PLURAL_ROLES}|(?:[Vv]in|[Vv]enim|[Vv]om veni|[Vv]oi veni|[Pp]articip|[Pp]articip[ăa]m|[Vv]om participa|[Mm]erg|[Mm]ergem|[Vv]oi merge|[Vv]om merge)\\s+(?:[șs]i\\s+)?cu(?:\\s+(?:colegele|colegii)(?:\\s+(?:mele|mei|noastre|no[șs]tri))?)?|(?:[Vv]in|[Vv]enim|[Vv]om veni|[Pp]articip[ăa]m|[Vv]om participa|[Vv]om fi prezen[țt]i|[Vv]om fi|[Ii]ntr[ăa]m|[Nn]e conect[ăa]m|[Nn]e vom conecta),?\\s+(?:eu|io)\\s*(?:,|\\s[șs]i)|(?:I['’]ll|I will|we['’]ll|we will) (?:come|attend|be there) with|(?:I['’]ll|I will|[Ww]e['’]ll|[Ww]e will) be joined by|[Aa]lso (?:joining|attending|coming)(?: from [^:.\\n]{1,40})?:|(?:I['’]m|I am|we['’]re|we are) coming with|[Cc]u (?:mine|noi) (?:vine|vin|va veni|vor veni)(?:\\s+[șs]i)?|(?:[Tt]rec|[Tt]recem|[Aa]jung|[Aa]jungem|[Vv]in|[Vv]enim)(?:\\s+\\p{Ll}+){1,5},?\\s+cu|(?<=[.!]\\s+)Cu|(?:[Pp]articip|[Pp]articip[ăa]m|[Vv]in|[Vv]enim)(?:\\s+(?:și|si)\\s+(?:eu|noi))?\\s+din partea(?:\\s+\\p{L}+){1,5},\\s+cu|${RO_PLURAL_COLLEAGUES})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}(?:\\s*(?:,|[șs]i(?:\\s+cu)?|and(?:\\s+with)?)\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}){0,5})`,
  'gu',
);
/**
 * Someone named comes in a clause of their own after the sender's: "Eu intru pe Zoom, iar
 * Andrei vine la sală", "I'll join online, and Maria will come in person". Only "iar" or a
 * comma and "and" lead in, and only a verb of coming follows, so "and Maria will send the
 * slides" is no one. "Eu voi participa fizic, iar colegul meu Vlad Iordache online": the verb
 * left out, the format right after the name.
 */
/** What the one named does in a clause of their own (also the cue of {@link SEPARATE_COMER}). */
const SEPARATE_COMING = '(?:vine|va veni|va participa|participă|participa|se conectează|se conecteaza|se va conecta|will come|will attend|will join|will be there|is coming|comes|online|fizic|remotely|in person)(?!\\p{L})';
const SEPARATE_COMER = new RegExp(
  `(?:,\\s*|\\s)(?:iar|and|while|whereas)\\s+${COMER_RELATION}(${NAME_WORD})(?:\\s+${NAME_WORD})?\\s+${SEPARATE_COMING}`,
  'gu',
);
/** "… vine și el": the Romanian "too" after a verb of coming (also in the cue of {@link ALSO_COMER}). */
const HE_TOO = '(?:și|si) (?:el|ea|dânsul|dânsa|dansul|dansa)';
/** Capitalised words that open a sentence and name no one ("The topic will also come up", "He will also come"). */
const NOT_A_PERSON = '(?!(?:The|This|That|These|Those|It|There|He|She|They|We|You|Everyone|Everybody|Someone|Somebody|Nobody|Everything|Something|Eu|Noi|El|Ea|Ei|Ele|Nu|Cine|Care|Dânsa|Dânsul|Dansa|Dansul)(?!\\p{L}))';
/** "Count me in! Also my colleague Sjoerd will log in separately" (h468_061): "also" opening the sentence, a relation and a name. */
const ALSO_FIRST_COMER = new RegExp(
  `(?<![\\p{L}])(?:Also|De asemenea),?\\s+(?:(?:my|our)\\s+(?:colleague|coworker|co-worker)|(?:colegul|colega)\\s+(?:meu|mea|nostru|noastră|noastra))\\s+(${NAME_WORD})(?:\\s+${NAME_WORD})?\\s+(?:will (?:come|join|attend|participate|be there|log in|dial in|connect)|va veni|va participa|se va conecta|vine|participă|participa)(?![\\p{L}])`,
  'gu',
);
/**
 * The Romanian of {@link PARTNER_AND_I}: "Ștefan și cu mine vom fi acolo" (h296_059), "Ana și eu venim" — a plural verb after
 * the sender, so "Ana și eu am vorbit ieri" (a past tense) names no one who comes.
 */
// "Colegul Ilie și cu mine vom prezenta pe scurt proiectul" (h429_004): presenting together, both come.
const PARTNER_AND_ME_RO = new RegExp(
  `(?<!\\p{L})${NOT_A_PERSON}(?!(?:Bună|Buna|Salut|Mulțumesc|Multumesc|Mulțumim|Multumim|Da|Deci|Atunci|Acum|Azi|Mâine|Maine|Luni|Marți|Marti|Miercuri|Joi|Vineri|Colegii|Colegele|Colegul|Colega|Toți|Toti|Echipa|Familia)\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}\\s*,?\\s+(?:și|si)\\s+(?:cu\\s+)?(?:eu|mine)\\s+(?:vom (?:fi|veni|participa|prezenta|sustine|vorbi)|venim|o s[ăa] (?:venim|fim|participăm|participam)|participăm|participam|ne vom conecta|ne conectăm|ne conectam|suntem (?:acolo|prezen)|mergem|intrăm|intram)(?!\\p{L})`,
  'u',
);
/**
 * Someone named comes too, in a sentence of their own: "Dimitris will also come", "Elena Soto will join from our
 * office as well" (h132_015), "Colegul meu
 * Szabó Levente vine și el". Only "also" / "as well" / "și el" makes them one more: "Ana will
 * come" alone may be the one sent instead. Not "will also come back to you", nor the firm after "from" ("Two more
 * colleagues from Endava will attend as well", h138_050).
 */
// "Tudor from our team will join too" (h147_071): where they are from may stand between the name and the verb,
// also a named organisation ("Giulia Rossi from the Matera Basilicata 2019 Foundation will also attend", h165_043).
const ALSO_COMER = new RegExp(
  `(?<![\\p{L}])(?<!(?:[Ff]rom|[Oo]f|[Aa]t|de la|din)\\s)${NOT_A_PERSON}(${NAME_WORD})(?:\\s+${NAME_WORD}){0,2}(?:\\s+(?:from|of) (?:our|my|the) (?:team|office|department|organisation|organization|company|side|association|lab|studio)|\\s+(?:from|of)(?:\\s+the)?(?:\\s+[\\p{Lu}\\d][\\p{L}\\d-]*){1,6})?\\s+(?:(?:will|is going to|is) also (?:come|join|attend|participate|be there|be joining|be coming|be attending|coming|joining|attending|connect|dial in|log in)|will (?:come|join|attend|participate|be there)(?: (?:from|via|on|online|in person|remotely)[^.,;!?()]{0,30}?)? (?:as well|too)|is (?:coming|joining|attending) (?:as well|too)|(?:vine|va veni|va participa|participă|participa|o să vină|o sa vina) ${HE_TOO})(?![\\p{L}])(?!\\s+(?:up|back)(?![\\p{L}]))`,
  'gu',
);
/**
 * Someone named comes as the sender does: "I'll be there on Wednesday, and so will Marta from
 * our Barcelona office". A full name, or a first name closed by punctuation or "from", so "and
 * so will the others" or "so is Friday's session" is no one.
 */
const SO_WILL_COMER = new RegExp(
  `(?<![\\p{L}])so (?:will|shall|would|does|is) ${NOT_A_PERSON}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\\p{L}))(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?=\\s*(?:$|[,.;!:()–—-])|\\s+(?:from|of|too|as well)(?![\\p{L}]))`,
  'gu',
);
/**
 * Someone named the sender brings: "I'll bring Hylke Sijtsma from our team as well", "Bringing
 * Jacko from the brewery too" (a sentence opening on it, the "I'm" dropped). A full
 * name, or a first name closed by punctuation or a word of company, so "I'll bring Romanian
 * wine" or "bring European Capital brochures" is no one.
 */
const BROUGHT = new RegExp(
  `(?<![\\p{L}])(?:(?:I['’]ll|I will|I['’]m going to|I am going to|[Ww]e['’]ll|[Ww]e will|I['’]d like to|I would like to|[Ww]e['’]d like to|[Ww]e would like to) (?:also )?bring|(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are) (?:also )?bringing|Bringing(?<=(?:^|[.!?]\\s{1,4})Bringing))(?: along)? (?:my colleague |our colleague |)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?=\\s*(?:$|[,.;!:()–—-])|\\s+(?:from|of|along|too|as well|with|who|and)(?![\\p{L}]))`,
  'gu',
);
/**
 * Someone named is there too, the verb first: "o să fie și Andrei (alt Andrei) de la noi", "O să vină și Ilinca, de la editura
 * noastră" (h542_015), "Vine și Ilinca, asistenta
 * mea, pe același link" (h125_025). A name closed by punctuation, where they come from or "cu mine" ("o să fie și Raluca cu mine",
 * h305_084), so "va fi și Primăria" is no one.
 */
const ALSO_COMER_RO = new RegExp(
  `(?<![\\p{L}])(?<!(?:[Cc]u|[Îî]mpreun[ăa] cu) (?:mine|noi) )(?:[Oo] s[ăa] fie|[Oo] s[ăa] vin[ăa]|[Vv]a fi|[Vv]ine|[Vv]a veni|[Ss]e conecteaz[ăa]|[Ss]e va conecta|[Ss]e al[ăa]tur[ăa]|[Ss]e va al[ăa]tura|[Pp]articip[ăa]|[Vv]a participa)\\s+(?:și|si)\\s+${COMER_RELATION}${NOT_A_PERSON}(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?=\\s*(?:$|[,.;!:()–—-])|\\s+(?:de la|din|from)\\s|\\s+cu (?:mine|noi)(?!\\p{L}))`,
  'gu',
);
/** "Din partea asociației mai intră Ruxandra și Vlad, ei doar ascultă" (h576_008): more who come, named after "mai" and the verb. */
const MORE_COMERS = new RegExp(
  `(?<![\\p{L}])(?<!(?:[Nn]u|[Dd]ac[ăa]) )[Mm]ai (?:intră|intra|vine|vin|participă|participa|se conectează|se conecteaza)\\s+${NOT_A_PERSON}(${NAME_WORD}(?:\\s*,\\s*${NAME_WORD}){0,4}(?:\\s+(?:și|si)\\s+${NAME_WORD})?)(?=\\s*(?:$|[,.;!:()–—-]))`,
  'gu',
);
/** "Particip. Și Diana se conectează de pe laptopul ei." (h378_042): a sentence opening on "Și" and a name who comes too. */
const AND_NAME_COMES = new RegExp(
  `(?:^|[.!]\\s+|\\n\\s*)(?:Și|Si)\\s+${NOT_A_PERSON}(${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s+(?:se conectează|se conecteaza|se va conecta|vine|va veni|participă|participa|va participa|o să vină|o sa vina)(?!\\p{L})`,
  'gu',
);
/**
 * "of course we'll join on the 21st, Marina Knežević and me": after a comma or a colon, one named with the sender;
 * or several, "Count us in — Maria, Jonas and myself" (h271_018).
 */
// "Da, participăm: doamna director adjunct Monica Toth și eu" (h423_030): a title and a role in lower case before the name.
const AND_ME_COMER = new RegExp(
  `[,:–—]\\s*${NOT_A_PERSON}(?:${TITLE}(?:\\p{Ll}+\\s+){0,2})?(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}(?:\\s*,\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}){0,6})\\s+(?:and|și|si)\\s+(?:me|myself|eu)(?=\\s*(?:$|[.!;)]))`,
  'gu',
);
/**
 * Someone named added to the sender's yes with "plus" and where they come from: "Count me in, plus Teodora from our
 * studio", "vin eu, plus Ana de la contabilitate". Only with the "from", so "plus VAT" or "plus Friday" is no one; or with
 * their role before a full name: "Count me in, plus our project officer Anouk Bakker" (h534_021).
 */
const PLUS_COMER = new RegExp(
  `(?:,\\s*|\\s)plus\\s+(?:${NOT_A_PERSON}(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?=\\s+(?:from|of|de la|din)\\s)|(?:our|my)\\s+(?:\\p{Ll}+\\s+){0,2}(?:officer|colleague|director|manager|assistant|interpreter|coordinator|intern|partner|deputy|expert|consultant|researcher|curator|designer)\\s+${NOT_A_PERSON}(${NAME_WORD}\\s+${NAME_WORD})(?=\\s*(?:$|[,.;!(]))|(?<=(?<!\\p{L})[Ee]u\\s+plus\\s+)${NOT_A_PERSON}(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?=\\s*(?:$|[,.;!])))`,
  'gu',
);
/**
 * Who comes, written as names joined by "+" after the answer and a dash or a colon: "yes -
 * Ivana + Marko from Rijeka", "Confirm: Ana + Mihai". The whole party, the sender among them;
 * not any capitals after a colon ("Topics: Culture + Tourism"), nor organisations.
 */
/** "eu + Vlad + Andrei" (h199_017): the sender plus first names joined by "+", each one more. */
const SELF_PLUS_NAMES = new RegExp(`(?<!\\p{L})(?:[Ee]u|[Ii]o|[Mm]e|[Mm]yself)\\s?\\+\\s?(${NAME_WORD}(?:\\s?\\+\\s?${NAME_WORD})*)(?!\\p{L})`, 'gu');
const NAMED_PLUS = new RegExp(
  `(?<!\\p{L})(?:[Yy]es|[Dd]a|[Ss]ure|[Ss]igur|[Cc]onfirm(?:ed|ing|[ăa]m)?|[Cc]oming|[Aa]ttending|[Vv]enim|[Vv]in|[Pp]articip(?:[ăa]m)?)\\s*[-–—:]\\s*(${NAME_WORD}(?:\\s${NAME_WORD})?(?:\\s?\\+\\s?${NAME_WORD}(?:\\s${NAME_WORD})?)+)(?=\\s*(?:$|[,.;!)])|\\s+(?:from|de la|din|of)\\s)`,
  'gu',
);
/** "… eu, " right before a name: the name may be the sender's own in apposition. */
const APPOSITION = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}\\s*,\\s*(?:și|si|and)\\s`, 'u');
const SELF_COMMA = /(?<!\p{L})(?:eu|io)\s*,\s*$/u;
/** After "eu, Daniel": the sentence ends, or where the sender comes from follows. */
const SELF_NAME_END = /^\s*(?:[.!;]|$|,\s*(?:de la|din partea|din|from)\s)/u;
/** After that name only an office in lower case, to the sentence's end ("…, președinte."). */
const OFFICE_AFTER = /^\s*,\s*\p{Ll}[\p{Ll} -]{0,40}(?:[.!;]|$)/u;
/** One person of a list of first names, maybe marked as the sender ("Irina (eu)"). */
// "Participăm: Bogdan Ene (director adjunct) și Alexandra Pavel (PR)" (h413_066): a role in brackets after a name, not one joining two.
const LIST_PERSON = `${NAME_WORD}(?:\\s+${NAME_WORD})?(?:\\s*\\((?:eu|me|myself|subsemnatul|subsemnata)\\)|\\s*\\((?![^()]*\\s(?:și|si|and)\\s)[^(),\\n]{1,40}\\))?`;
/**
 * A list of names, the last joined by "și"/"and": "Venim în formație completă: Bogdan, Irina
 * (eu), Sebi și Teo" (the sender marked among them), "Din partea echipei vin Oana, Cristi și
 * Larisa" (after a verb of coming, the whole party). Bounded: at most eight names.
 */
// "we confirm: Michael Weber and Cornelia Radu (plant manager Timișoara) will attend": the verb after the list, a role in brackets between.
// "Ana Kovač and Luka Horvat from the City of Rijeka will attend": where they come from between; "Yes from our side –
// Cătălin and Ioana from TechHub." (h275_074): where they come from closing the sentence.
// "vor fi colegii mei, Sandu și Gelu, de la Asociația Meșteșugarilor" (h498_051); "colegii mei Cristi și Sanda doar vor asculta" (h498_057).
/** A role before the last name of a list: "Ruta Kazlauskaitė, Mindaugas Petraitis and our interpreter Laura Stoica" (h370_058). */
const LIST_ROLE = '(?:(?:our|my) (?:interpreter|translator|colleague|coordinator|director|intern|assistant)\\s+|(?:interpreta|interpretul|colega|colegul) (?:noastră|nostru|mea|meu)\\s+)?';
const NAMES_LIST = new RegExp(`(?<!\\p{L})(${LIST_PERSON}(?:\\s*,\\s*${LIST_PERSON}){0,6}\\s+(?:și|si|and)\\s+${LIST_ROLE}${LIST_PERSON})(?=\\s*(?:$|[.!;]|\\p{So}|\\p{Extended_Pictographic})|(?:\\s*\\([^()\\n]{1,40}\\)|\\s+(?:from|de la|din partea|din)\\s+[^.;!?(),\\n]{1,40}?)?\\s+(will (?:both )?(?:attend|come|join|participate|be there)|vor (?:participa|veni)|participă|(?:doar |numai )?vor (?:asculta|urmări|urmari|intra))(?!\\p{L})|,?\\s+(?:from|de la|din)\\s+[^.;!?(),\\n]{1,40}?\\s*(?:$|[.!;,])|\\)\\s+((?:vom|o să|o sa) (?:participa|veni|intra|conecta|fi prezen\\p{L}+)|will (?:both )?(?:attend|join|come|be there))(?!\\p{L}))`, 'gu');
/** "Noi (Cosmin Pavel și Laura Dinu) vom participa" (h530_022): the "we" opening the brackets that the list fills. */
const WE_BRACKET_BEFORE = /(?<!\p{L})(?:[Nn]oi|[Ww]e)\s*\($/u;
/** Colleagues in the plural right before a list of names ("colegii mei", "our colleagues"). */
/** Colleagues in the plural, their possessive optional ("colegii mei", "colegele"): shared by the list patterns below. */
const PLURAL_COLLEAGUES = '(?:colegii|colegele)(?:\\s+(?:mei|mele|noștri|nostri|noastre))?';
const PLURAL_RELATION_BEFORE = new RegExp(`(?<!\\p{L})(?:${PLURAL_COLLEAGUES}|(?:my|our)\\s+(?:colleagues|coworkers|co-workers))\\s*,?\\s*$`, 'iu');
/** Colleagues in the plural after "iar"/"while", the sender having spoken of themself before. */
const BESIDE_SENDER_BEFORE = new RegExp(`(?<!\\p{L})(?:iar|while|whereas)\\s+(?:${PLURAL_COLLEAGUES}|my colleagues|our colleagues)\\s*,?\\s*$`, 'iu');
const PREPOSITION_BEFORE = /(?<!\p{L})(?:de|din|al|ale|a|la|of|from|at|the|for)\s+$/iu;
const SELF_MARK = /\((?:eu|me|myself|subsemnatul|subsemnata)\)/u;
// Plural only in English: "I will attend Design Thinking and Innovation Lab" names sessions, not people.
/** A verb of coming that opens the sentence and the list with it ("Vin Oana, …", "Participă Ana și Dan"). */
const OPENING_VERB = /^(?:Vin|Participă|Participa)\s+/u;
// "Yes from our side – Cătălin and Ioana from TechHub" (h275_074): who comes for the sender's side, after a dash.
// "Our team confirms: Ruta Kazlauskaitė, Mindaugas Petraitis and our interpreter Laura Stoica" (h370_058): a team confirming who comes.
// "Nu voi putea participa, dar vor fi colegii mei, Sandu și Gelu" (h498_051): the colleagues said to come before their names.
// "vor veni în locul meu colegele Andra și Teodora" (h544_067): in the sender's place (the window may cut "vor").
const COMING_BEFORE = new RegExp(`(?<!\\p{L})(?:(?:vor fi|vor veni|vor participa|vin)\\s+${PLURAL_COLLEAGUES}\\s*,|(?:veni|participa|intra|prezenți|prezenti|prezente)\\s+[îi]n locul (?:meu|nostru)\\s+${PLURAL_COLLEAGUES}\\s*,?|(?:[Pp]articipăm|[Pp]articipam|[Vv]enim|[Vv]om participa|[Vv]om veni)\\s*:|vin|vor veni|vor participa|participă|vor fi prezenți|vor fi prezente|are coming|will both attend|from our side|din partea noastră|[Cc]ount us in|[Ss]ign us up|(?:team|delegation|(?:echipa|delegația)(?: noastră)?) (?:confirms|confirmă)|[Rr]evin cu numele|[Rr]evenim cu numele)\\s*[:–—-]?\\s*$`, 'u');
const CALENDAR_WORD = /^(?:Luni|Marți|Marti|Miercuri|Joi|Vineri|Sâmbătă|Sambata|Duminică|Duminica|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ianuarie|Februarie|Martie|Aprilie|Mai|Iunie|Iulie|August|Septembrie|Octombrie|Noiembrie|Decembrie|January|February|March|April|May|June|July|September|October|November|December)$/u;

/**
 * The name patterns with what every match of theirs contains, in plain words: a pattern that
 * opens on a capital or a lookbehind is tried at every character of the text, the cue rules
 * most texts out first (the patterns were a tenth of the cost of reading a reply). Each cue is
 * copied from its pattern's own words, and a test checks it on every reply of the corpus.
 */
export const CUED = {
  // Every way in ends on one of these words (or a comma), right before the first name.
  namedWith: { cue: new RegExp(`(?:[Cc]u|de|with|by|vine|vin|veni|și|si|,|:|colegele|colegii|colegelor|colegilor|mele|mei|noastre|noștri|nostri|${PLURAL_ROLES})\\s+\\p{Lu}`, 'u'), pattern: NAMED_WITH },
  separateComer: { cue: new RegExp(SEPARATE_COMING, 'u'), pattern: SEPARATE_COMER },
  alsoComer: { cue: new RegExp(` also | as well| too|${HE_TOO}`), pattern: ALSO_COMER },
  alsoFirstComer: { cue: /(?:Also|De asemenea),?\s/, pattern: ALSO_FIRST_COMER },
  brought: { cue: /[Bb]ring/, pattern: BROUGHT },
  soWillComer: { cue: /so (?:will|shall|would|does|is) /, pattern: SO_WILL_COMER },
  plusComer: { cue: /plus /, pattern: PLUS_COMER },
  moreComers: { cue: /[Mm]ai (?:intr|vin|particip|se conect)/, pattern: MORE_COMERS },
  alsoComerRo: { cue: /(?:fie|fi|ine|veni|vin[ăa]|conecteaz[ăa]|conecta|tur[ăa]|tura|ip[ăa]|ipa)\s+(?:și|si)\s/, pattern: ALSO_COMER_RO },
  andNameComes: { cue: /(?:^|[.!\n]\s*)(?:Și|Si)\s+\p{Lu}/u, pattern: AND_NAME_COMES },
  andMeComer: { cue: /\s(?:and|și|si)\s+(?:me|myself|eu)/, pattern: AND_ME_COMER },
  namedPlus: { cue: /\+/, pattern: NAMED_PLUS },
  namesList: { cue: /\s(?:și|si|and)\s+(?:\p{Lu}|(?:our|my|colega|colegul|interpreta|interpretul)\s)/u, pattern: NAMES_LIST },
  selfHeadedList: { cue: /(?:[Ee]u|[Mm]yself|[Mm]e)\s*,/, pattern: SELF_HEADED_LIST },
  partnerAndI: { cue: /\sand I(?:'ll|\s)/, pattern: PARTNER_AND_I },
  partnerAndMeRo: { cue: /\s(?:și|si)\s+(?:cu\s+)?(?:eu|mine)\s/, pattern: PARTNER_AND_ME_RO },
} as const;

function cuedMatches(cued: { cue: RegExp; pattern: RegExp }, text: string): Iterable<RegExpExecArray> {
  return cued.cue.test(text) ? text.matchAll(cued.pattern) : [];
}

/**
 * Full names separated by slashes, as a form or a shared mailbox writes them: "Confirmăm participarea: Dan Pop / Mihaela Ursu /
 * Sorin Botezatu" (h504_004), "vor participa Claudiu Rusu / Denisa Marin" (h504_033). Each item a name of two or three words.
 */
function slashedNames(text: string): number {
  if (!text.includes('/')) return 0;
  let best = 0;
  for (const match of text.matchAll(SLASHED_NAMES)) {
    // Only a list said to come: after a colon or a verb of coming ("Confirmăm participarea: …", "vor participa …"), not "Maria
    // Popescu / Project Manager" in a signature.
    if (!SLASHED_CUE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const people = match[0].split('/').map((item) => item.trim());
    // "Kedves Lavinia / Dragă Lavinia" (h86_018): a greeting in two languages.
    if (people.some((person) => person.split(/\s+/).some((word) => isOrganisationWord(word) || CALENDAR_WORD.test(word) || GREETING_WORD.test(word) || ROLE_WORD.test(matchKey(word))))) continue;
    best = Math.max(best, people.length);
  }
  return best >= 2 ? best : 0;
}
const SLASHED_CUE = /(?::|(?<!\p{L})(?:participa|participă|participăm|participam|vin|venim|vor veni|vom fi|suntem|attend|join|will be))\s*$/u;
const GREETING_WORD = /^(?:Dragă|Draga|Dragi|Dear|Kedves|Stimată|Stimate|Stimata|Bună|Buna|Hi|Hello|Salut|Liebe|Lieber|Cara|Caro|Beste)$/u;
const SLASHED_NAMES = new RegExp(`${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}(?:\\s*\\/\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})+`, 'gu');

/** People in a list of names marked with the sender, or after a verb of coming ({@link NAMES_LIST}), the most in one list. */
function namesList(text: string, senderComes: boolean): number {
  let best = 0;
  for (const match of cuedMatches(CUED.namesList, text)) {
    // "Vin Oana, Cristi și Larisa.": a verb opening the sentence is capitalised and taken for a
    // name of the first person; it is the verb before the list.
    const opening = OPENING_VERB.exec(match[1]!)?.[0] ?? '';
    const list = match[1]!.slice(opening.length);
    const people = list.split(NAMED_WITH_SEPARATOR);
    if (people.some((person) => person.split(/\s+/).some((word) => isOrganisationWord(word) || CALENDAR_WORD.test(word)))) continue;
    // The verb right before the list: a window, not the text up to it.
    const before = text.slice(Math.max(0, match.index - 30), match.index) + opening.toLowerCase();
    // A verb after the list counts only full names not after a preposition: "Camera de Comerț, Industrie și Agricultură Timiș vor participa" is one office.
    // "colegii mei Mara și Silviu vor participa": first names will do after colleagues in the plural.
    // The verb after the brackets the list fills counts only for a "we" opening them.
    const weNamed = match[3] !== undefined;
    if (weNamed && !WE_BRACKET_BEFORE.test(before)) continue;
    const comingAfter =
      (match[2] !== undefined || weNamed) && (people.every((person) => /\s/.test(person.trim())) || PLURAL_RELATION_BEFORE.test(before)) && !PREPOSITION_BEFORE.test(before);
    // "Eu voi avea o intervenție, iar colegii mei Cristi și Sanda doar vor asculta" (h498_057): the colleagues besides the sender.
    const besideSender = senderComes && comingAfter && BESIDE_SENDER_BEFORE.test(before);
    // "Confirmăm participarea Banat IT Cluster la sesiunea de luni: Marius Grigore și Alexandra Tănase" (h589_048), "Fundația …
    // participă la discuție prin Liviu Damian și Corina Dobre" (h590_001): full names after a confirmation and a colon, or "prin".
    const sentence = text.slice(Math.max(0, match.index - 120), match.index).split(/[.!?]\s/).pop()!;
    const confirmedBefore = people.every((person) => /\s/.test(person.trim())) && CONFIRMED_LIST_BEFORE.test(sentence);
    if (SELF_MARK.test(list) || COMING_BEFORE.test(before) || comingAfter || confirmedBefore) best = Math.max(best, people.length + (besideSender ? 1 : 0));
  }
  // "Confirm: Irina Bogdan, Cosmin Radu, Laura Pavel." (h618_063): full names after a bare "confirm" and its colon, commas only.
  // A name whose aside says they no longer come is no one ("Cosmin Radu (nu mai vine)").
  for (const match of text.includes(':') ? text.matchAll(CONFIRMED_COMMA_LIST) : []) best = Math.max(best, match[1]!.split(/\s*,\s*(?![^()]*\))/).filter((item) => !NOT_COMING_ASIDE.test(item)).length);
  return best;
}
const NOT_COMING_ASIDE = /\((?:[^()]*\s)?(?:nu|not|no longer|n-a|nu mai)\s[^()]*\)/iu;
/** A count of something else than the party (lunch, seats in a car, parking), after a "Revin:" label (folded). */
const MEAL_OR_SEATS = /(?<![a-z])(?:pranz|masa|cina|lunch|dinner|parcare|parking|cazare|masina|locuri in masina)(?![a-z])/;
const FULL_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}(?:\\s*\\([^()\\n]{1,60}\\))?`;
const CONFIRMED_COMMA_LIST = new RegExp(`(?<!\\p{L})[Cc]onfirm(?:ăm|am)?\\s*:\\s*(${FULL_NAME}(?:\\s*,\\s*${FULL_NAME})+)\\s*(?:$|[.!;])`, 'gu');
// "… participarea AOAV la sesiunea din 20.01.2020, prin domnii Petru Avram și Ionuț Rusu" (h608_056): a title in the plural after "prin".
const CONFIRMED_LIST_BEFORE = /(?:(?<!\p{L})(?:[Cc]onfirm(?:ăm|am|ă|a)?\s+(?:și\s+|si\s+)?participarea|[Vv]ă confirmăm|[Vv]a confirmam)(?!\p{L})[^.!?:]{0,80}:|(?<!\p{L})(?:particip\p{L}*|este reprezentat\p{L}*|va fi reprezentat\p{L}*)(?:[^.!?:]|\.(?=\d)){0,80}?\s+prin(?:\s+(?:domnii|doamnele|dl\.?|dna\.?|colegii|colegele))?)\s*$/u;
const NAMED_WITH_SEPARATOR = /\s*(?:,|\s[șs]i(?:\s+cu)?\s|\sand(?:\s+with)?\s)\s*/u;
/** A companion phrase that adds someone of its own ("and my wife", "și colega"), not one naming who was just counted. */
const ADDITIVE_START = /^(?:and|si|cu|with|plus|along|together|precum|impreuna|alaturi|insotit|insotita|accompanied|joined)(?![a-z])/;
/** An aside opened after a companion and not closed, adding no one: who that companion is. */
/** A companion phrase that is only a plus one ("+1", "plus one", "plus unu"). */
const PLUS_ONE_ONLY = /^(?:\+ ?1|plus (?:one|unu|1))$/;
const EXPLAINING_GAP = /^\s*[(:](?:(?!(?:and|si|cu|with|plus|or|sau)\s)[^()])*$/;
/**
 * A companion phrase that is the predicate of a subject before it ("will join me", "vine cu
 * mine"): right after another companion phrase and a name ("and my colleague Jelena Marković
 * will join me") it is that same person again.
 */
const PREDICATE_COMPANION = /^(?:will|would|shall|is|are|he'll|she'll|he will|she will|va|vine|ar|o sa|ma insoteste|ne insoteste|ma va insoti|ne va insoti|o sa ma insoteasca|accompanies|will accompany)(?![a-z])/;
/** A companion phrase that says who speaks ("va prezenta colega mea"): someone already brought, when one was. */
// Either word order: "le va prezenta colega mea", "Colegul meu Tudor Marinescu va lua cuvantul" (h540_035).
const SPEAKING_COMPANION = /^(?:(?:va vorbi|va prezenta|va lua cuvantul|va interveni|vorbeste|prezinta) (?:colegul|colega) |(?:colegul|colega) (?:meu|mea|nostru|noastra) .*eu doar (?:asist|ascult|urmaresc)$)/;
/**
 * A companion who comes along but takes no part: "Vin cu soțul, care nu participă la atelier, doar mă ajută cu laptopul"
 * (h480_020), "with my husband, who won't attend the workshop", "mă însoțește fiica mea …, dar ea nu participă" (h492_036).
 * Counted as no one.
 */
const NOT_TAKING_PART =
  /^[^.;!?]{0,60}?(?<![a-z])(?:(?:dar|insa|but) (?:ea|el|dansa|dansul|she|he) (?:nu participa|nu va participa|nu intra|won't attend|will not attend|doesn't attend|does not attend|isn't attending|won't join)|(?:care|who) (?:nu (?:participa|va participa|ia parte|va lua parte|intra|va intra|este participant|e participant|asista|va asista)|(?:won't|will not|doesn't|does not|isn't|is not|wouldn't) (?:attend|take part|join|participate|be attending|be taking part|be joining|taking part|attending|joining)))(?![a-z])/;
/** How one takes part in the hybrid forum, as written after a person ("Eu fizic", "Vlad și Cristi pe Zoom"). */
const FORMAT = '(?:fizic|online|pe [Zz]oom|pe [Tt]eams|la sediu|[îi]n sal[ăa]|[îi]n persoan[ăa]|la fa[țt]a locului|in person|on [Zz]oom|via [Zz]oom|remotely)';
/** "Eu fizic, Vlad și Cristi pe Zoom", "Myself in person, Ana and Dan online": the sender, then the others with their format. */
const SPLIT_BY_FORMAT = new RegExp(
  `(?<!\\p{L})(?:[Ee]u|[Mm]yself)\\s+${FORMAT}\\s*[,;]\\s*(${NAME_WORD}(?:\\s*,\\s*${NAME_WORD}){0,6}(?:\\s+(?:și|si|and)\\s+${NAME_WORD})?)\\s+${FORMAT}(?!\\p{L})`,
  'u',
);
/** A Romanian companion phrase of coming "cu mine" (vine, va intra, se va conecta …), its subject not yet said. */
const WITH_ME_END = /(?<![a-z])cu mine$/;
/** Between the two: at most a name of four words, no punctuation and no word adding someone. */
const SAME_PERSON_GAP = /^\s*(?:(?!(?:and|si|cu|with|plus|or|sau)\s)[\p{L}'’-]+\s+){0,4}$/u;
/**
 * After a count of companions, a colon or parenthesis opens the list of who they are ("a încă doi colegi: dl. A și d-na B"),
 * or a comma and a title ("eu și încă doi membri din comitet, doamna Maria Lăcătuș și domnul Petru Stoica"); an academic title
 * names them too ("… doi doctoranzi, drd. ing. Alex Cozma și drd. ing. Mara Ilie").
 */
const EXPLAINS = /[:(]|,\s*(?:dl|dna|d-na|d-l|domnul|doamna|mr|mrs|ms|dr|prof|drd|lect|conf|asist|ing)(?![a-z])/;
/**
 * "Instituția noastră va fi reprezentată de doamna director adjunct … și de domnul …": a secretariat writing that its
 * organisation is represented by those named; the writer is none of them unless they say so ({@link SENDER_COMES}).
 * Not "reprezentată și de doamna Ana Pop" (also, besides the sender).
 */
const REPRESENTED_BY = /(?<![a-z])(?:reprezentat[aie]?|represented)\s+(?!si\s|also\s)(?:[^.;!?]|(?<=\d)\.(?=\d)){0,60}?(?<![a-z])(?:de|by)\s+(?:catre\s+)?(?:dl|dna|d-na|d-l|domnul|doamna|mr|mrs|ms|dr|prof)(?![a-z])/;
/** The writer speaking of their own coming, or naming themself in the party. */
const SENDER_COMES =
  /(?<![a-z])(?:eu|subsemnatul|subsemnata|subsemnatului|subsemnatei|mine|mea|particip|vin|voi participa|voi veni|voi fi|ma conectez|me|myself|i'll|i will|i am|i'm)(?![a-z])/;
const MAX_PARTY = 50;

/** A number after "the": a party already said ("The two colleagues will come with me by car"). */
/** A relative pronoun right before a companion phrase ("…, care doar mă va însoți", h510_016): it points back to the one just brought. */
const RELATIVE_GAP = /(?:^|[\s,])(?:care|who)\s+(?:(?:doar|numai|only|just)\s+)?$/;
/** "otherwise I will follow with a colleague's help afterwards" (h598_049): a colleague's help, not a colleague who comes. */
const HELP_AFTER = /^'s\s+(?:help|assistance|notes|summary|support)(?![a-z])/;
const DEFINITE_BEFORE = /(?:^|\s)(?:the|these|those)\s+$/;

/** Total people: an explicit total wins, then a list of names, then the sender plus companions. */
export function countPeople(text: string, said: readonly string[], onBehalf: boolean): number {
  // A calendar comment repeating the body ("Vom veni doi, eu și colegul Radu Tomescu" twice) names its people once.
  const seen = new Set<string>();
  const statements: string[] = [];
  // Each statement folded once: the keys serve the repeat check, the folded text and the lone count.
  const keys: string[] = [];
  for (const sentence of said) {
    // "My colleague, Luca Ferri, will also join": the name between commas joined to its relation, as the intent reader does.
    const key = matchKey(joinAppositions(sentence));
    const repeat = key.trim();
    if (seen.has(repeat)) continue;
    seen.add(repeat);
    statements.push(sentence);
    keys.push(key);
  }
  // "Voi participa împreună cu colega mea, Alina Popescu. Stai, revin: Alina e în concediu …, deci vin doar eu" (h381_006):
  // a later sentence saying the sender comes alone settles the count, when nothing after it adds anyone.
  let alone = -1;
  keys.forEach((key, at) => {
    if (SELF_ONLY.test(key.replace(FOR_BOTH_TAIL, ''))) alone = at;
  });
  if (alone >= 0 && !keys.slice(alone + 1).some((key) => ADDS_SOMEONE.test(key))) return 1;
  // "participarea a 4 (patru) persoane", "2 (two) people": the number spelled out again, as in a contract.
  spelledOut ??= new RegExp(`(?<![a-z0-9])(\\d{1,3})\\s*\\((?:${NUMBER_SOURCE})\\)`, 'g');
  // "a delegation of three (3) persons": the digits after the word.
  digitsAfter ??= new RegExp(`(?<![a-z0-9])(${NUMBER_SOURCE})\\s*\\((\\d{1,3})\\)`, 'g');
  // "Confirm și pt mine și pt colega mea Alina" (h172_087), "particip eu si colegu meu" (h177_023): the locale's shorthand spelled out.
  // "Our team (4) will be there", "echipa (4) de la Hub" (h228_011, h228_035): the party's size in brackets after it.
  const folded = companionTypos(expandShorthand(keys.join(' . ')).replace(spelledOut, '$1').replace(digitsAfter, '$1').replace(BESIDES_ME_ASIDE, '$1 ').replace(TEAM_SIZE, '$1 $2 persoane').replace(BRACKETED_COUNT, '$1 '));
  addedOnline ??= new RegExp(
    `^([^.;!?]{0,120}?)(?:\\+|(?<![a-z])(?:plus|si|and|iar))\\s*(${NUMBER_SOURCE}|un|o|one|a)\\s+(?:(?:persoana|persoane|person|people|coleg|colega|colegi|colleague|colleagues)\\s+)?(?:(?:conectat|conectata|conectati|connected)\\s+)?(?:online|pe zoom|on zoom|via zoom|remote|remotely|virtual|de la distanta)(?![a-z])`,
  );
  // "2 persoane, una fizic (eu) și una online": a number between splits the total, adds nothing.
  const onlineAfter = (after: string): number => {
    const remote = addedOnline!.exec(after);
    const online = remote !== null && !NUMBER_IN_MATCH.test(remote[1]!) ? remote[2] : undefined;
    // "plus un coleg conectat online, Marius Frenț": the article counts one.
    return online === undefined ? 0 : (numberIn(online) ?? (/^(?:un|o|one|a)$/.test(online) ? 1 : 0));
  };
  const extraSpans: [number, number][] = [];
  let extras = 0;
  let extrasAccompany = false;
  let total = 0;
  for (const match of findAll(EXTRAS, folded)) {
    // "Vom fi prezenți cu o singură persoană" (h431_044): one representative is the whole party, "singură" no one more.
    const count = ONE_REPRESENTATIVE.test(match.text) ? 0 : (numberIn(match.text) ?? 0);
    extraSpans.push([match.start, match.end]);
    if (counterfactual(folded, match.start)) continue;
    // "La atelierul din 30 septembrie am fost cu 3 colegi, acum vin doar eu și Mihaela" (h546_043): a party of the past.
    if (PAST_BEFORE.test(folded.slice(Math.max(0, match.start - 24), match.start))) continue;
    // "The two colleagues will come with me by car": the party said before, named again.
    if (DEFINITE_BEFORE.test(folded.slice(Math.max(0, match.start - 8), match.start))) continue;
    // "Suntem o asociație mică, cu 4 membri activi": the organisation's size, no one brought (nor a total).
    if (MEMBERS_NOUN.test(match.text) && ORGANISATION_BEFORE.test(folded.slice(Math.max(0, match.start - 40), match.start))) continue;
    // "Vom participa cu două persoane" / "we will attend with two people": a plural
    // sender counts the whole party; "vin cu două persoane" adds them to the sender.
    // "With 2 people (myself and Ana Ilie)": the count already holds the sender.
    // "Vom fi conectați din sala de ședințe, cu 5 colegi în total": "in total" counts the whole room.
    // "Camera de Comerț … confirmă participarea …, cu două persoane:": an organisation speaking of itself counts all who come.
    const sentence = sentenceAround(folded, match.start);
    // "Vă confirm participarea CCIAT … cu două persoane: Florin Nistor și Andreea Bogdan" (h602_055): as many named after a colon,
    // for a confirmation not of the sender's own participation, are the whole party.
    const listed = LIST_AFTER_COLON.exec(folded.slice(match.end, match.end + 260))?.[1];
    const namedAll = listed !== undefined && PARTY_WITH.test(match.text) && ORGANISATION_PARTICIPATION.test(sentence) &&
      listed.split(LIST_SEPARATOR).filter((item) => item.trim() !== '').length === count;
    const inclusive = SELF_LISTED.test(folded.slice(match.end, match.end + 40)) || IN_TOTAL_AFTER.test(folded.slice(match.end, match.end + 20)) || namedAll;
    // "cu două persoane în sală (eu și Cristina Enache) plus un coleg conectat online": the hybrid room, then those online.
    // "… plus o traducătoare" (h534_050): an interpreter added to the party counted.
    const addedOne = ADDED_ONE.test(folded.slice(match.end, match.end + 260)) ? 1 : 0;
    if (inclusive) total = Math.max(total, count + onlineAfter(folded.slice(match.end, match.end + 260)) + addedOne);
    // "Confirm participarea ADR Vest cu 2 reprezentanți (Diana Filip, Cosmin Tăut)" (h393_034): an organisation's
    // representatives are its whole party, the sender among them (every such label in the corpus counts so).
    else if (PARTY_WITH.test(match.text) && (REPRESENTATIVES_RO.test(match.text) || WE.test(sentence) || ORGANISATION_VERB_BEFORE.test(folded.slice(Math.max(0, match.start - 30), match.start)) || isOrganisationWord(FIRST_WORD.exec(sentence)?.[1] ?? '') || isOrganisationWord(ORGANISATION_CONFIRMED.exec(sentence)?.[1] ?? '') || ourOrganisation(folded.slice(Math.max(0, match.start - 80), match.start).split(' . ').pop()!)))
      total = Math.max(total, count + addedOne);
    else {
      extras += count;
      // "Vă confirmăm participarea domnului director … împreună cu doi colegi" (h137_023): the one answered for comes, and they go along.
      if (ACCOMPANYING.test(match.text)) extrasAccompany = true;
    }
  }
  const overlapsExtra = (match: { start: number; end: number }): boolean => extraSpans.some(([from, to]) => match.start < to && match.end > from);
  let previousTotal: { end: number; takenBack: boolean } | null = null;
  // "… Cosmin Raț, Laura Toma. Rectific: Cosmin nu mai poate, rămânem trei" (h450_025): a total its own sentence says
  // corrects what came before is the party, however many were listed or counted.
  let final: number | null = null;
  for (const match of findAll(TOTALS, folded)) {
    // "We will be 5 minutes late": a number of minutes or hours, not of people.
    if (overlapsExtra(match) || TIME_UNIT_AFTER.test(folded.slice(match.end, match.end + 12))) continue;
    if (DENIED_BEFORE.test(folded.slice(Math.max(0, match.start - 14), match.start))) continue;
    // "Oricum vin la amândouă", "la amândouă sesiunile": both sessions, not two people.
    if (BOTH_SESSIONS.test(match.text) && (BOTH_BEFORE.test(folded.slice(Math.max(0, match.start - 4), match.start)) || SESSIONS_AFTER.test(folded.slice(match.end, match.end + 14)))) continue;
    if (counterfactual(folded, match.start) || ANNOUNCED_BEFORE_AFTER.test(folded.slice(match.end, match.end + 30))) continue;
    if (ORGANISATION_SIZE_ASIDE.test(folded.slice(Math.max(0, match.start - 40), match.start))) continue;
    // Both patterns reach at most ~250 characters past the total: a window, not the rest of the text per match.
    const after = folded.slice(match.end, match.end + 260);
    const group = ADDED_GROUP.exec(after);
    const added = Number(group?.[1] ?? group?.[2] ?? group?.[3] ?? 0) + (ADDED_REMOTE.test(after) ? 1 : 0) + (ADDED_ONE.test(after) ? 1 : 0) + onlineAfter(after);
    // "trei colegi: Ana Lupu, Cosmin Jurca și subsemnatul" (h252_082): a list after a colon that has as many names as the
    // count already holds the sender.
    const listAfter = LIST_AFTER_COLON.exec(after)?.[1];
    const itemised = listAfter !== undefined && listAfter.split(LIST_SEPARATOR).filter((item) => item.trim() !== '').length === (numberIn(match.text) ?? 0);
    // Or any count the sender says they come on top of: "Vom fi 3 persoane … pe lângă mine" (h630_013), "2 persoane …, plus eu" (h630_036).
    const selfAdded = (OTHERS_NOUN.test(match.text) || SELF_ON_TOP.test(after)) && SELF_ADDED.test(after) && !itemised ? 1 : 0;
    const count = (numberIn(match.text) ?? 0) + added + selfAdded;
    // The later number wins over one the sender says was said before and takes back with a "but"
    // (in the 120 characters before it: a window, not the whole text per match).
    // So does one that corrects the count just said ("Vom fi 2 persoane... de fapt 3", h193_020) or narrows it
    // ("We are a team of 12 at the hub but only the two of us will be online", h193_084).
    const between = previousTotal === null ? '' : folded.slice(Math.max(previousTotal.end, match.start - 60), match.start);
    const corrects =
      (previousTotal !== null && !between.includes(' . ') && (CORRECTED_TO.test(between) || CORRECTION_LEAD.test(match.text) || CORRECTION_SAID.test(between) || (NEWS_LABEL.test(between) && !MEAL_OR_SEATS.test(between)))) ||
      (total > 0 && REVISED_AFTER.test(folded.slice(Math.max(0, match.start - 20), match.start)));
    const revises = corrects || (previousTotal?.takenBack === true && CONTRAST.test(folded.slice(previousTotal.end, match.start)));
    total = revises ? count : Math.max(total, count);
    // "Update: vom fi 2 sau 3 persoane" is no count to settle on.
    const lead = folded.slice(previousTotal?.end ?? 0, match.start).split(' . ').pop()!;
    // Not a count of something else after the label: "Revin: la prânz vom fi doar 2".
    const newsLabel = previousTotal !== null && NEWS_LABEL.test(lead) && !MEAL_OR_SEATS.test(lead.slice(lead.search(NEWS_LABEL)));
    if ((CORRECTION_SAID.test(lead) || newsLabel) && !RANGE_AFTER.test(folded.slice(match.end, match.end + 12))) final = count;
    previousTotal = { end: match.end, takenBack: EARLIER_SAID.test(folded.slice(Math.max(0, match.start - 120), match.start).split(' . ').pop()!) };
  }
  // "Vin eu și încă doi colegi. De fapt, doar unul, celălalt e în concediu. Deci 2." (h228_036): the sum said last,
  // after a correction, is the party, whoever was counted before it; without one, a sum at least ("Venim eu, Dragoș și
  // încă un coleg, deci 3", h239_042).
  // "… pe cei doi asociați ai mei de la Neagu & Co – deci trei." (h474_006): after a dash too.
  // "Total 6 cu mine." (h630_057): the sender said inside the sum.
  concluded ??= new RegExp(`(?:^|[.!?,;–—-]\\s)\\s*(?:deci|asadar|in total|so|total)[\\s,:]+(${NUMBER_SOURCE})(?:\\s+(?:cu mine|cu tot cu mine|inclusiv eu|including me|with me))?\\s*(?:[.!]|$)`, 'g');
  for (const sum of folded.matchAll(concluded)) {
    const count = numberIn(sum[1]!) ?? 0;
    // "P.S. Ilinca nu mai poate, are examen. Deci doi." (h606_074): or a postscript's.
    if (CORRECTION_SAID.test(folded.slice(0, sum.index)) || afterPostscript(folded.slice(0, sum.index))) final = count;
    else total = Math.max(total, count);
  }
  final = revisedCount(folded, final, numberIn);
  // "Cum am vorbit cu doamna Petruț": whom the sender spoke with is no companion.
  const companionMatches = BARE_PLUS_ONE.test(folded)
    ? []
    : findAll(COMPANION, folded).filter(
        (match, index, all) =>
          !overlapsExtra(match) && !counterfactual(folded, match.start) && !ownRole(folded, match) && !NEGATED_INSIDE.test(match.text) && !HELP_AFTER.test(folded.slice(match.end, match.end + 16)) &&
          // The window ends at the next companion: "cu colega mea Ana și cu fiul meu, care nu participă" takes out only the son.
          !NOT_TAKING_PART.test(folded.slice(match.end, Math.min(match.end + 80, all[index + 1]?.start ?? Infinity))),
      );
  const spokenWith = companionMatches.length > 0 ? findAll(CONVERSATIONS, folded) : [];
  // "… și a încă doi colegi din cadrul Camerei: dl. Adrian Boldea și d-na Simona Rusu": the
  // titled names after the colon are the two colleagues already counted.
  const explained = (match: { start: number }): boolean =>
    extraSpans.some(([, to]) => to <= match.start && !folded.slice(to, match.start).includes(' . ') && EXPLAINS.test(folded.slice(to, match.start)));
  // "… va participa cu un reprezentant, pe subsemnatul": the companion named is the sender.
  const isSender = (match: { end: number }): boolean => SELF_LISTED.test(folded.slice(match.end, match.end + 40));
  // Matches come in order: only the one just before is read, over a short gap.
  const restated = (match: { start: number; text: string }, index: number): boolean => {
    // "eu și conf. dr. Simona Pătrașcu. Vom avea câteva observații …, le va prezenta colega mea" (h485_044): the colleague
    // who presents, after a companion already brought, is that companion.
    if (index > 0 && SPEAKING_COMPANION.test(match.text)) return true;
    const before = companionMatches[index - 1];
    if (before === undefined || match.start - before.end > 80) return false;
    // "together with my colleague Marta Kowalska (+1)" (h219_008): a plus one in brackets after the companion counts them again.
    if (PLUS_ONE_ONLY.test(match.text) && folded.slice(Math.max(before.end, match.start - 2), match.start).includes('(')) return true;
    // "Count me in, plus one (my colleague Petra … will join me)": the parenthesis says who the one is.
    if (EXPLAINING_GAP.test(folded.slice(before.end, match.start)) && !ADDITIVE_START.test(match.text)) return true;
    // "se va conecta împreună cu mine și directorul nostru": the verb in the singular, its subject after it ("și" = also).
    if (WITH_ME_END.test(before.text) && /^\s*$/.test(folded.slice(before.end, match.start)) && /^si\s/.test(match.text)) return true;
    // "împreună cu o interpretă …, Simona Vasiu, care mă va însoți" (h498_050): a relative pronoun points back to the one just brought.
    if (PREDICATE_COMPANION.test(match.text) && RELATIVE_GAP.test(folded.slice(before.end, match.start))) return true;
    return PREDICATE_COMPANION.test(match.text) && SAME_PERSON_GAP.test(folded.slice(before.end, match.start));
  };
  // "I will attend, and two colleagues will come with me": the colleagues counted, then their own verb.
  const predicateOfExtra = (match: { start: number; text: string }): boolean =>
    PREDICATE_COMPANION.test(match.text) &&
    extraSpans.some(([, to]) => to <= match.start && match.start - to <= 40 && (SAME_PERSON_GAP.test(folded.slice(to, match.start)) || RELATIVE_GAP.test(folded.slice(to, match.start))));
  // "vom veni eu și cinci elevi …, însoțiți de mine" (h340_015): the sender going along, when answering for
  // themself, is already counted; only beside someone answered for ("Doamna director …, însoțită de subsemnata") do they add one.
  const forOthers = onBehalf || (REPRESENTED_BY.test(folded) && !SENDER_COMES.test(folded));
  const counted = companionMatches.filter(
    (match, index) =>
      !spokenWith.some((talk) => match.start < talk.end && talk.start < match.end) && !explained(match) && !isSender(match) && !restated(match, index) && !predicateOfExtra(match) &&
      !(SENDER_ALONG.test(match.text) && !forOthers && SELF_NAMED.test(folded.slice(0, match.start))),
  );
  let companions = counted.length;
  // "Our director, Mr Jérôme Carrier, will attend … He will be accompanied by our … coordinator": the one
  // answered for comes, and someone goes along with them. Not when a phrase names the one answered for
  // ("reprezentată de către domnul subprefect …, însoțit de doamna …").
  // "Va fi însoțit de doamna Roxana Filip, …, și de domnul Paul Danciu": the "de" repeated goes on with the accompanying.
  const accompanied = counted.length > 0 && ACCOMPANYING.test(counted[0]!.text) && counted.every((match) => ACCOMPANYING.test(match.text) || ACCOMPANYING_AGAIN.test(match.text));
  const joined = statements.join(' . ');
  const namedPartner = NAMED_PARTNER.exec(joined);
  const namedFirst = (cued: { cue: RegExp; pattern: RegExp }): boolean => cued.cue.test(joined) && cued.pattern.test(joined);
  if (namedPartner || namedFirst(CUED.partnerAndI) || namedFirst(CUED.partnerAndMeRo)) companions = Math.max(companions, 1);
  const partnerFirst = NAMED_PARTNER_FIRST.exec(joined);
  const firstName = partnerFirst?.[1];
  if (firstName !== undefined && !isOrganisationWord(firstName)) companions = Math.max(companions, 1);
  // "participăm eu și Laurențiu, fizic, și colega de la IT online (Roxana)": a companion said after the one named, in
  // the same sentence, is one more (the name itself is no companion phrase, so none counts twice).
  const partner = namedPartner ?? (firstName !== undefined && !isOrganisationWord(firstName) ? partnerFirst : null);
  if (partner) {
    const rest = joined.slice(partner.index + partner[0].length, partner.index + partner[0].length + 200);
    const end = rest.search(/[.!?;](?:\s|$)|\n/);
    const tail = matchKey(end < 0 ? rest : rest.slice(0, end));
    if (findAll(COMPANION, tail).some((match) => !counterfactual(tail, match.start))) companions = Math.max(companions, 2);
  }
  // "Eu fizic, Vlad și Cristi pe Zoom": the hybrid room split by format, the sender and those named.
  const split = SPLIT_BY_FORMAT.exec(joined)?.[1];
  if (split !== undefined && !split.split(/\s+/).some(isOrganisationWord)) total = Math.max(total, 1 + split.split(NAMED_WITH_SEPARATOR).length);
  companions = Math.max(companions, namedCompanions(joined));
  if (joined.includes('+')) {
    for (const match of joined.matchAll(SELF_PLUS_NAMES)) {
      const names = match[1]!.split('+').map((item) => item.trim());
      if (!names.some(isOrganisationWord)) total = Math.max(total, 1 + names.length);
    }
  }
  for (const match of cuedMatches(CUED.namedPlus, joined)) {
    const people = match[1]!.split('+').map((item) => item.trim());
    if (!people.some((item) => item.split(/\s+/).some(isOrganisationWord))) total = Math.max(total, people.length);
  }
  for (const sum of folded.matchAll(DIGIT_SUM)) total = Math.max(total, Number(sum[1]) + Number(sum[2]));
  total = Math.max(total, adultsAndChildren(folded));
  total = Math.max(total, namesList(joined, !onBehalf), slashedNames(joined), countRoleList(folded), countRoleCounts(folded), countFullTeam(folded));
  const plural = WE.test(folded);
  for (const key of keys) {
    const answered = ANSWER_FOR_COUNT.exec(key)?.[1];
    if (answered !== undefined) total = Math.max(total, numberIn(answered) ?? 0);
    const lone = plural ? LONE_COUNT.exec(key)?.[1] : undefined;
    if (lone !== undefined) total = Math.max(total, NUMBER_WORDS.get(lone) ?? 0);
  }

  // A tab is a table's cell border ("Popescu⇥Daniela⇥Șef serviciu"): kept as a run of spaces, not folded into one.
  const selfToo = SELF_TOO.test(folded);
  const listed = Math.max(countListedNames(normalizeReply(text.replace(/\t/g, '   ')), !onBehalf || selfToo), onBehalf ? 0 : selfHeadedList(joined));
  // Answering for someone else: that person is the party, not the sender plus them.
  // "Confirm participarea d-lui primar și a mea", "Our director will attend …, together with me":
  // the person answered for, and the sender too.
  // "o trimit pe colega mea, Teodora Sima, și pe stagiarul nostru, Paul Ionescu" (h391_046): the one sent is counted by no
  // companion phrase, the one sent along with her is; both go.
  // "Nu ajung eu dar vine colegul meu Bogdan si inca o colega, Andreea" (h468_077): one more beside the colleague named.
  const sentAlong = onBehalf && extras === 0 && counted.some((match) => SENT_ALONG.test(match.text) || (TITLED_ALONG.test(match.text) && !REPRESENTED_BY.test(folded)) || ONE_MORE_AFTER_NAMED.test(folded.slice(Math.max(0, match.start - 50), match.end)));
  // "Confirm participarea pentru Digital Timișoara: eu și Dana Micu" (h514_085): the sender named beside the partner comes too.
  const party = Math.max(total, listed, (forOthers && !selfToo && !namedPartner && !accompanied && !extrasAccompany && !sentAlong ? 0 : 1) + extras + companions, selfToo ? 2 : 1);
  const people = final !== null && final > 0 ? final : party > 1 ? Math.max(1, party - droppedLater(joined, (after) => NUMBER_IN_MATCH.test(matchKey(after)))) : party;
  const withAdded = final === null ? Math.max(people, addedInPostscript(text, statements, (before, said) => countPeople(before, said, onBehalf))) : people;
  return withAdded > MAX_PARTY ? 1 : withAdded;
}


/** Whether the words before a count, in its sentence, name "our" organisation as the subject ({@link OUR_SUBJECT}). */
function ourOrganisation(before: string): boolean {
  const words = OUR_SUBJECT.exec(before);
  return words !== null && words.slice(1).some((word) => word !== undefined && isOrganisationWord(word));
}

/** First-named companions after a word of company ({@link NAMED_WITH}), the most in one run. */
const PLATFORM_WORD = /^(?:Zoom|Teams|Meet|Skype|Webex|WhatsApp|Google|Microsoft|MS)(?!\p{L})/u;
/** A condition or a doubt earlier in the sentence, right before a companion's match. */
const HEDGED_BEFORE = new RegExp(`${HEDGE_WORD.source}[^.!?]*$`, 'u');
function namedCompanions(text: string): number {
  let best = 0;
  for (const match of cuedMatches(CUED.namedWith, text)) {
    // "Vin eu, Florin Cioban, președinte.": the sender's own name and office, no one else.
    const selfComma = SELF_COMMA.test(match[0].slice(0, match[0].length - match[1]!.length));
    const after = text.slice(match.index + match[0].length);
    if (selfComma && OFFICE_AFTER.test(after)) continue;
    // "cu Zoom pornit": a platform is no one.
    const people = match[1]!.split(NAMED_WITH_SEPARATOR).filter((item) => !item.split(/\s+/).some(isOrganisationWord) && !PLATFORM_WORD.test(item));
    // "Vin eu, Daniel, de la Berăria Fabric.": one name, then the sentence ends or the sender's firm.
    if (selfComma && people.length === 1 && SELF_NAME_END.test(after)) continue;
    // "vom fi eu, Roxana Ilie, și Matei Dobre" (h235_036): a comma closing the first name makes it the sender's own.
    const ownName = selfComma && people.length > 1 && APPOSITION.test(match[1]!);
    best = Math.max(best, people.length - (ownName ? 1 : 0));
  }
  // "Ma conectez eu, iar daca apuca, ni se alatura si Ramona" (h570_038): one who comes only if they can is not counted.
  const hedged = (match: RegExpExecArray): boolean => HEDGED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));
  const comers = [CUED.separateComer, CUED.alsoComer, CUED.alsoFirstComer, CUED.brought, CUED.soWillComer, CUED.plusComer, CUED.alsoComerRo, CUED.andNameComes, CUED.andMeComer].flatMap((cued) =>
    [...cuedMatches(cued, text)].filter((match) => !hedged(match)).flatMap((match) => (match[1] ?? match[2] ?? match[3]!).split(/\s*,\s*/)),
  );
  for (const match of cuedMatches(CUED.moreComers, text)) comers.push(...match[1]!.split(/\s*,\s*|\s+(?:și|si)\s+/u));
  // A first name once, however many sentences bring it up ("I'll bring Hylke … Hylke will also come").
  // "and Friday online is fine": a day before a format is no one.
  const separate = new Set(comers.filter((name) => !name.split(/\s+/).some((word) => isOrganisationWord(word) || CALENDAR_WORD.test(word))).map((name) => name.split(/\s+/)[0]!));
  return best + separate.size;
}

/** People in a list headed by the sender ("myself, Petra and Luka" → 3), else 0. */
/** A list item that counts people ("cei doi copii", "our two kids"): its number. */
const ITEM_COUNT = /^(?:cei |cele |the |our |my |)(doi|doua|trei|patru|two|three|four|[2-9]) /;
function selfHeadedList(text: string): number {
  let best = 0;
  for (const match of cuedMatches(CUED.selfHeadedList, text)) {
    // "voi participa eu, Bogdan Iancu, consilier în Departamentul Programe și Proiecte": the sender's name and office, no list.
    if (match[0].split(/[\s,]+/).some((word) => /^\p{Lu}/u.test(word) && isOrganisationWord(word))) continue;
    // "eu, soția și cei doi copii" (h516_007): an item that is a count of people counts as many.
    const items = [...match[1]!.split(','), match[0].replace(/\([^()]*\)/g, '').split(/\s(?:și|si|and)\s/u).pop()!];
    best = Math.max(best, 1 + items.reduce((sum, item) => sum + (numberIn(ITEM_COUNT.exec(matchKey(item.trim()))?.[1] ?? '') ?? 1), 0));
  }
  return best;
}

/** "Aș fi venit și cu un coleg, dar e în concediu", "I would have brought a colleague": a companion who does not come. */
// "Mi-ar fi plăcut să vină și directorul nostru, dar are o altă ședință" (h177_002): a wish that did not come true brings no one.
const COUNTERFACTUAL_BEFORE = /(?<![a-z])(?:(?:as|am|ar) fi (?:venit|adus|participat|luat)|(?:mi|ne)-ar fi placut sa|(?:i|we) would have liked|(?:i|we)'d have liked|(?:i|we) would have (?:come|brought|attended|joined|taken)|(?:i|we)'d have (?:come|brought|attended|joined|taken))(?![a-z])[^.;!?,]{0,40}$/;

/**
 * "Sunt elev în clasa a XI-a … și reprezentant în Consiliul Elevilor" (h192_031): a noun without its article after "și",
 * in a sentence where the sender says what they are, is the sender's own role, not someone along.
 */
const ROLE_NOUN = /^si\s+(?!(?:un|o|unul|una|cu|pe)\s)/;
const SELF_IS_BEFORE = /(?<![a-z])(?:sunt|suntem|i am|i'm|we are|we're)\s[^.;!?()]{0,80}$/;
function ownRole(folded: string, match: { start: number; text: string }): boolean {
  return ROLE_NOUN.test(match.text) && SELF_IS_BEFORE.test(folded.slice(Math.max(0, match.start - 80), match.start).split(' . ').pop()!);
}

/** Whether a companion phrase at `start` is said of what would have been ({@link COUNTERFACTUAL_BEFORE}), in a short window before it. */
// A plan given up: "Voiam să vin cu un coleg, dar el nu mai poate" (h340_011), "I originally planned to bring two
// colleagues but one of them has a conflict" (h340_055). The verb may be the match's own ("… to bring two colleagues").
// A party announced before and withdrawn: "Inițial am anunțat-o și pe colega mea, …, însă ea nu mai poate veni" (h370_037),
// "I originally registered two colleagues as well, but they both cancelled" (h370_077); "We had planned to send three people, but … only I
// will travel" (h444_067).
const INTENDED_BEFORE =
  /(?<![a-z])(?:(?:voiam|vroiam|aveam de gand|planuiam|intentionam|ar fi vrut|ar fi dorit|voiau|planuiau|initial urma|urma) sa|(?:i|we) (?:originally|initially|first) (?:(?:planned|intended|meant|wanted|hoped) to|registered|announced|signed up|put down|mentioned)|(?:i|we) had (?:planned|intended|meant|wanted|hoped) to|initial (?:am|ne-am) (?:anuntat|inscris|trecut|confirmat)(?:-o|-l|-i|-le)?|(?:initial|la inceput) (?:va |v-|)(?:anuntasem|am anuntat|spusesem|am spus|scrisesem|am scris)(?: ca)?|(?:initial|la inceput) ne-am gandit sa)(?: (?:vin|vina|venim|aduc|aducem|iau|luam|particip|participe|participam|bring|come|attend|join|send|trimit|trimitem)(?![a-z])[^.;!?,]{0,40})?\s*$/;

/** The sender alone, said as a conclusion (folded): "deci vin doar eu", "so it will be just me"; not "nu vin doar eu", nor "doar eu și …". */
// "… but it will be only me in the end" (h417_071): a closing "in the end" after the sender alone.
const SELF_ONLY = /(?<![a-z])(?<!nu )(?:(?:vin|voi fi|voi veni|particip|voi participa|ma conectez|deci|asa ca|raman|ramane|so|it's|it is|it will be|will be)\s+(?:doar|numai|just|only)\s+(?:eu|me|myself)|(?:vin|voi veni|voi fi|particip|voi participa|ma conectez|ma voi conecta)\s+singur(?:a)?)(?:\s+(?:in the end|after all|this time|pana la urma|in final|de data asta))?(?![a-z])(?!\s*(?:si|and|cu|with|plus|\+|,\s*(?:si|and)?\s*[a-z]+\s+(?:si|and)))[^a-z]*$/;
/** "voi fi doar eu, pentru amândouă" (h432_020): the organisations the sender alone stands for, no one more. */
const FOR_BOTH_TAIL = /(?<![\s,])(?:\s*,)?\s*(?:pentru (?:amandoua|amandoi|ambele|ambii|toate)|for (?:both|all) of (?:them|us)|for both)[^a-z]*$/;
/** Words that may bring someone along (folded), after the sender said they come alone: the count is read as usual. */
const ADDS_SOMEONE = /(?<![a-z])(?:coleg\w*|colleague\w*|cu|with|si|and|plus|vine|vin|join\w*|\d+)(?![a-z])/;
/** "din cele 3 persoane anunțate inițial, doar 2 vor putea participa" (h378_043): a count said earlier, revised after it. */
const ANNOUNCED_BEFORE_AFTER = /^\s*(?:anuntate|anuntati|inscrise|inscrisi|confirmate|confirmati|announced|registered|confirmed)\s+(?:initial|la inceput|anterior|initially|originally|earlier|before)(?![a-z])/;
function counterfactual(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 80), start).split(' . ').pop()!;
  return COUNTERFACTUAL_BEFORE.test(before) || INTENDED_BEFORE.test(before) || POSSIBLE_BEFORE.test(before) ||
    (PROBABLY_BEFORE.test(before) && ACCOMPANIED.test(folded.slice(start, start + 20)));
}

const PAST_BEFORE = /(?<![a-z])(?:am fost|am venit|am participat|ne-am conectat|am mers|eram|i came|i was there|we came|we were there|i attended|we attended)\s*(?:acolo\s*|atunci\s*|last time\s*|)$/;

/** Someone brought only perhaps, after the sender's own answer: "Da, particip. Poate reușesc să vin și cu colega mea" (h492_049). */
// "Probabil ni se alătură și directorul artistic, dacă termină repetiția" (h505_049). Not a count doubted ("Probabil vom fi 2-3
// persoane"): that is the party's size.
// "vin și eu, poate aduc și un prieten" (h554_032): the hedge right before the one brought; "aș vrea să știu dacă pot veni și cu
// un coleg" (h564_072): one asked about.
const POSSIBLE_BEFORE = /(?:(?:^|[.!] )(?:(?:poate|eventual|possibly|perhaps|maybe) (?:reusesc|reusim|o sa|i can|i'll|we can|we'll)|probabil (?:ni|mi) se (?:alatura|va alatura)) [^.;!?,]{0,30}|(?<![a-z])(?:poate|eventual|possibly|perhaps|maybe) |(?<![a-z])daca (?:pot|putem) (?:veni|sa vin|sa venim) si )$/;
/** "probabil însoțită de un coleg (încă nu știu sigur dacă poate)" (h560_065): "probably" before "accompanied by" only, not before a count. */
const PROBABLY_BEFORE = /(?<![a-z])probabil $/;
const ACCOMPANIED = /^(?:insotit|insotita|insotiti|insotite) de /;

/** A sentence read as ending on a name's initial ("Colegiul Tehnic „Ion I.C." + "Brătianu” va participa …"). */
const INITIAL_END = /(?<![a-z])[a-z]\.$/;

function sentenceAround(text: string, index: number): string {
  let start = text.lastIndexOf(' . ', index);
  // "Colegiul Tehnic „Ion I.C. Brătianu” va participa cu 3 persoane": the initials end no sentence, the organisation opens it.
  while (start > 0 && INITIAL_END.test(text.slice(Math.max(0, start - 4), start))) start = text.lastIndexOf(' . ', start - 1);
  const end = text.indexOf(' . ', index);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function numberIn(phrase: string): number | null {
  const token = NUMBER_IN_MATCH.exec(phrase)?.[1];
  if (token === undefined) return null;
  const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS.get(token.replace(/\s+/g, ' '));
  return value !== undefined && value > 0 && value <= MAX_PARTY ? value : null;
}
