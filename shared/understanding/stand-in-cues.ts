/*
 * Cues about who comes in the sender's place (stand-ins), read by the intent decision in `intent.ts`: a stand-in named or
 * kin, counted, still to be asked or still to answer. Regular expressions on folded text unless
 * they test capitals.
 */

/** Two or more first names closing a sentence after a colon: "trimit 2 colegi de la firma: Dana si Rares." */
export const FIRST_NAMES_AFTER_COLON = /:\s*\p{Lu}\p{Ll}+(?:(?:,\s*|\s+(?:și|si|and)\s+)\p{Lu}\p{Ll}+)+[.!]*\s*$/u;
/** Kin named by relation, which the locales' `relations` (colleagues, offices, partners) leave out: "fratele meu", "my sister". */
export const KIN = /(?<![a-z])(?:(?:fratele|sora|fiul|fiica) (?:meu|mea|nostru|noastra)|my (?:brother|sister|son|daughter))(?![a-z])/;
/** "i-am rugat pe colegii … (2 persoane) să participe" (h606_037): colleagues already asked, counted in brackets. */
export const ASKED_COUNTED = /^(?:i-am|le-am|am) rugat pe .*\(\s*\d{1,2}\s*(?:persoane|colegi|colege|oameni)\s*\)/;
/** The stand-in's own answer still to come: "…, dar încă nu mi-a răspuns". */
export const STAND_IN_PENDING = /(?<![a-z])(?:inca nu (?:mi-a|ne-a|mi-au|ne-au) (?:raspuns|confirmat)|nu (?:mi-a|ne-a|mi-au|ne-au) (?:raspuns|confirmat) inca|(?:has|have)n't (?:yet )?(?:replied|confirmed|answered)|not (?:yet )?(?:replied|confirmed|answered)|waiting for (?:his|her|their) (?:reply|answer|confirmation))(?![a-z])/;
/** A colleague still to be asked, unnamed: "I'll ask a colleague to attend in my place" (h600_058). */
export const TO_ASK = /^(?:(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to) ask (?:a colleague|someone|somebody|one of)|(?:voi ruga|vom ruga|o sa rog|o sa rugam|am sa rog) (?:pe |)(?:un coleg|o colega|cineva|unul dintre|una dintre))(?![a-z])/;
/** "trimit … pe Andrei și pe Cristina": the ones sent, named after "pe". */
export const SENT_BY_FIRST_NAME = /(?:^|\s)(?:[Tt]rimit|[Tt]rimitem)\s+(?:[^,.;]{0,30}\s)?pe\s+\p{Lu}\p{Ll}+(?:\s+(?:și|si)\s+pe\s+\p{Lu}\p{Ll}+)?/u;
/** A condition on room for a talk: a slot, the time, the programme. */
export const TALK_ROOM = /(?<![a-z])(?:slot|slots|time|timp|loc|program|programul|agenda|room)(?![a-z])/;
/** "in locul lui", "în locul ei": a third person's place (folded). */
export const COMPANIONS_PLACE = /(?<![a-z])in locul (?:lui|ei|colegului|colegei|dansului|dansei)(?![a-z])/;
