/**
 * Answers in the partner languages that write to the city hall now and then (German, French,
 * Italian, Spanish, Hungarian, Dutch): a small table read only when the Romanian and English tables
 * found nothing at all. Folded like the other tables (lower-case, no diacritics: "nehme gerne
 * teil", "partecipero", "reszt veszek"), in the syntax of `phrase-locale.ts`; `#` is a number,
 * in digits or in the words of `numbers`.
 *
 * The lists are deliberately narrow: first-person, indicative attendance only. What they do
 * not know stays `unknown` and goes to a person; a wrong yes or no is worse than none.
 */
export interface ForeignAnswerLocale {
  language: 'de' | 'fr' | 'it' | 'es' | 'hu' | 'nl';
  /** The sender comes ("ich nehme gerne teil", "je participerai"). Undone by a `negators` word in its clause. */
  yes: string[];
  /** A yes said through a negation ("je ne manquerai pas d'être là"): a yes whatever negators its clause holds. */
  litotes: string[];
  /** The sender does not come: an attendance verb negated ("leider kann ich nicht teilnehmen"). */
  no: string[];
  /** Regret with no answer of its own ("leider", "purtroppo"): a refusal when nothing else is said and its sentence names a day or an absence. */
  regret: string[];
  /** A day or an absence a regret can be about ("am Montag", "auf Dienstreise", "in missione"); a date in digits counts too. */
  regretCues: string[];
  /** Said of a conversation already had, not of a companion: "wie mit Herrn Schmidt besprochen". */
  discussed: string[];
  /** A clause about the past, whose numbers are no party: "letztes Jahr waren wir 5". */
  past: string[];
  /** Not sure yet, will try, perhaps. */
  maybe: string[];
  /** A part of the meeting only, or late ("erst ab 11 Uhr"): which part is for a person to read. */
  partial: string[];
  /** Words that undo a `yes` phrase in their clause ("nicht", "non", "nem"); not regret, which says nothing of its own. */
  negators: string[];
  /** Words that make a `yes` in their sentence conditional ("wenn", "si", "se"): a maybe. */
  conditions: string[];
  /** A colleague attends, in the sender's place or for the organisation ("meine Kollegin wird teilnehmen", "à ma place"). */
  othersYes: string[];
  /** One companion beside the sender ("zusammen mit meiner Kollegin"); with `#`, that many. */
  companions: string[];
  /** The whole party as a number ("wir sind # Personen", "saremo in #"). */
  totals: string[];
  /** The sender wants to speak. */
  speakerYes: string[];
  /** The sender will only listen ("nur zuhören", "senza interventi"). */
  speakerNo: string[];
  /** Number words and their values. */
  numbers: Record<string, number>;
}

export const answersDe: ForeignAnswerLocale = {
  language: 'de',
  yes: [
    '(ich|wir) (nehme|nehmen) ... ... teil',
    '(nehme|nehmen) (ich|wir) ... ... teil',
    '(ich|wir) (werde|werden) ... ... (teilnehmen|dabei sein|da sein|anwesend sein|kommen|zugeschaltet sein|mich zuschalten|uns zuschalten)',
    '(werde|werden) (ich|wir) ... ... (teilnehmen|dabei sein|da sein|anwesend sein|kommen)',
    '(ich|wir) (komme|kommen) ... (gerne|gern)',
    '(komme|kommen) (ich|wir) ... (gerne|gern)',
    // "ab 11 Uhr bin ich selbstverständlich dabei" (h555_068), "natürlich bin ich am Montag dabei" (h555_026).
    '(ich|wir) (bin|sind) ... dabei', '(bin|sind) (ich|wir) ... dabei',
    '(ich|wir) (bestatige|bestatigen) ... (teilnahme|anwesenheit)',
    '(bestatige|bestatigen) (ich|wir) ... (teilnahme|anwesenheit)',
    '(meine|unsere) (zusage|teilnahme) (zum|zur|fur|an)',
    '(ich|wir) (sage|sagen) (gerne |gern |hiermit |)zu',
  ],
  no: [
    '(kann|konnen|werde|werden|konnte|konnten) ... ... nicht (teilnehmen|kommen|dabei sein|da sein|anwesend sein|teilnahmen)',
    'nicht (teilnehmen|kommen|dabei sein) (kann|konnen|konnte)',
    '(nehme|nehmen) ... ... nicht teil',
    '(muss|mussen) ... (absagen|leider absagen)',
    '(bin|sind) ... verhindert',
    '(ist|ware) (es |)(mir|uns) ... nicht moglich',
    '(habe|haben) ... keine zeit',
    '(bin|sind) ... nicht dabei',
  ],
  litotes: [],
  regret: ['leider', 'bedauerlicherweise', 'zu meinem bedauern'],
  regretCues: ['(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)', '(an diesem|an dem|am) (tag|termin)', 'zu diesem zeitpunkt', '(auf|in) dienstreise', 'im urlaub', 'verhindert', 'nicht in (timisoara|temeswar|rumanien)', 'termin(konflikt|uberschneidung)'],
  discussed: ['(besprochen|gesprochen|abgesprochen|vereinbart|telefoniert)'],
  past: ['(letztes|vergangenes|voriges) jahr', '(waren|hatten|war) (wir|ich)', 'damals'],
  maybe: ['vielleicht', 'eventuell', 'moglicherweise', 'noch nicht (sicher|fest|sagen|zusagen|bestatigen)', 'weiss ... noch nicht', '(weiss|wissen) (ich |wir |)nicht, ob', 'noch nicht (zusagen|bestatigen) (kann|konnen)', '(ich|wir) (versuche|versuchen)', 'unter vorbehalt'],
  // "ich kann leider nicht vor 11 Uhr online sein … aber ab 11 Uhr bin ich selbstverständlich dabei" (h555_068).
  partial: ['(erst|spater|nur) (ab|um|bis|fur|gegen) ', '(etwas |)spater (kommen|dazukommen|zuschalten|dazustossen|eintreffen)', '(komme|kommen|bin|sind) ... ... spater', 'aber (etwas |ein bisschen |ein wenig |)spater', 'erst spater', 'nur (vormittags|nachmittags)', 'nur (den|die|am) (ersten|zweiten|vormittag|nachmittag)', 'nicht vor #', 'ab # uhr'],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'nie'],
  conditions: ['wenn', 'falls', 'sofern'],
  othersYes: [
    '(meine|mein|unsere|unser) (kollegin|kollege|mitarbeiterin|mitarbeiter|vertreterin|vertreter|stellvertreterin|stellvertreter) ... ... (wird|werden) ... ... (teilnehmen|verfolgen|kommen|dabei sein|vertreten)',
    '(an meiner stelle|statt meiner|in meiner vertretung)',
  ],
  companions: [
    '(mit|zusammen mit|gemeinsam mit|begleitet von) (meiner|meinem|einer|einem|unserer|unserem) (kollegin|kollegen|kollege|mitarbeiterin|mitarbeiter|dolmetscherin|dolmetscher|assistentin|assistenten|chefin|chef)',
    '(mit|zusammen mit|gemeinsam mit|begleitet von) (frau|herrn|herr) ',
    '(mit|zusammen mit|gemeinsam mit|begleitet von) # (kolleginnen|kollegen|mitarbeitern|mitarbeiterinnen)',
    '(meine|mein) (kollegin|kollege) ... ... (wird|kommt) (auch|ebenfalls|mit)',
    // "Ich komme gerne und bringe eine Kollegin mit" (h442_026).
    '(bringe|bringen) (eine|einen|meine|meinen|unsere|unseren) (kollegin|kollegen|mitarbeiterin|mitarbeiter|dolmetscherin|dolmetscher) ... ... mit',
  ],
  totals: ['(wir sind|wir kommen|wir werden) (zu|) (zweit|dritt|viert)', '# (personen|teilnehmer|teilnehmende)'],
  speakerYes: [
    '(mochte|mochten|werde|werden|wurde|wurden) ... (sprechen|das wort ergreifen|einen (kurzen |)(beitrag|redebeitrag|vortrag) halten|kurz etwas sagen|vortragen)',
    // "Ich möchte gerne in meinen 5 Minuten kurz etwas zum Thema sagen" (h555_068); "möchte auch kurz etwas dazu sagen" (h555_087).
    '(mochte|mochten|wurde|wurden) ... ... (etwas|ein paar worte|einige worte) ... sagen',
    // "Jonas würde gern kurz (5 Min.) über unsere Erfahrungen mit KMU-Förderung berichten" (h558_004).
    '(mochte|mochten|wurde|wurden) (gern|gerne) ... ... ... (berichten|vorstellen|prasentieren|erzahlen)',
    // "Wir möchten kurz (2-3 Minuten) das Projekt "Kultur im Viertel" vorstellen" (h570_062).
    '(mochte|mochten) kurz ... (das|unser|unsere|unseren) (projekt|vorhaben|initiative|programm|netzwerk|ergebnisse|erfahrungen) ... ... (vorstellen|prasentieren|berichten)',
  ],
  speakerNo: ['nur zuhoren', '(horen|hore) (nur |)zu', '(keinen|keine) (redebeitrag|beitrag|vortrag|wortmeldung)', '(redebeitrag|beitrag|vortrag) ... nicht (halten|geben)', '(redebeitrag|beitrag|vortrag) (planen|plane|planen wir|plane ich) (wir |ich |)nicht', 'nicht (sprechen|reden|vortragen)', 'als (zuhorer|zuhorerin|beobachter|beobachterin)'],
  numbers: { zwei: 2, drei: 3, vier: 4, funf: 5, zweit: 2, dritt: 3, viert: 4 },
};

export const answersFr: ForeignAnswerLocale = {
  language: 'fr',
  yes: [
    '(je|nous) (participerai|participerons)',
    '(je|nous) (viendrai|viendrons)',
    "j'y serai", "nous y serons",
    '(je|nous) (serai|serons) (bien |)(present|presente|presents|presentes|la|connecte|connectee|connectes|au rendez-vous)',
    '(je|nous) (serai|serons) (ravi|ravie|ravis|heureux|heureuse|content|contente|contents) de (participer|venir|me joindre|nous joindre|etre)',
    '(je|nous) (vous |)(confirme|confirmons) (ma|notre|la) (participation|presence)',
    '(je me|nous nous) (joindrai|joindrons|connecterai|connecterons)',
  ],
  no: [
    '(je|nous) ne (pourrai|pourrons|peux|pouvons|pourrais) ... pas (etre present|etre presente|etre presents|etre la|participer|venir|assister|me joindre|nous joindre|me connecter|etre des votres|y etre)',
    '(je|nous) ne (serai|serons) ... pas (present|presente|presents|la|disponible|disponibles|a timisoara)',
    '(je|nous) ne (participerai|participerons|viendrai|viendrons) ... pas',
    '(je|nous) (dois|devons) ... decliner',
    '(je suis|nous sommes) ... (indisponible|indisponibles|empeche|empechee|empeches)',
  ],
  // "Je ne manquerai pas d'être là lundi à 10h" (h555_010).
  litotes: ['(je|nous) ne (manquerai|manquerons) pas'],
  regret: ['malheureusement', 'helas', '(je suis|nous sommes) (desole|desolee|desoles)'],
  regretCues: ['(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', '(ce jour|cette date)', 'en (deplacement|mission|conge|vacances)', 'pas disponible', 'empeche'],
  // Not a bare "parle": "ma collègue qui parle couramment roumain" is a companion who speaks.
  discussed: ['comme (convenu|discute|evoque|prevu)', '(avons|ai|avions|avait) (convenu|discute|evoque|parle)'],
  past: ["l'annee (derniere|passee)", '(etions|etait|avions)', "l'an dernier"],
  maybe: ['peut-etre', 'pas encore (sur|sure|certain|certaine|confirme|confirmer)', '(je|nous) ne (sais|savons) pas encore', "(je vais|nous allons) essayer", "j'essaierai", 'sous reserve'],
  partial: ['(seulement|uniquement) (le matin|l\'apres-midi|la premiere|pour la premiere|a partir)', '(un peu |)en retard', 'plus tard', 'a partir de #', 'pas avant #'],
  negators: ['ne', 'pas'],
  conditions: ['si', "s'il", "s'ils"],
  othersYes: [
    '(ma|mon|notre) (collegue|directeur|directrice|adjoint|adjointe|representant|representante) ... ... (participera|sera presente|sera present|viendra|me remplacera|nous representera|representera)',
    'a ma place',
  ],
  companions: [
    'avec (ma|mon|une|un|notre) (collegue|assistante|assistant|adjointe|adjoint|interprete|directrice|directeur)',
    'avec # (collegues|personnes)',
    // "Je vous confirme ma participation, accompagnée de ma collègue Sophie Marchand" (h558_005).
    '(accompagne|accompagnee|accompagnes|accompagnees) (de|par) (ma|mon|une|un|notre) (collegue|assistante|assistant|adjointe|adjoint|interprete|directrice|directeur)',
    '(ma|mon) collegue ... ... (se joindra|sera egalement|sera aussi|viendra aussi|viendra egalement|participera egalement|participera aussi)',
  ],
  totals: ['nous serons #', '# personnes'],
  speakerYes: [
    '(je|nous) (souhaite|souhaitons|voudrais|voudrions|aimerais|aimerions) ... (intervenir|prendre la parole|presenter)',
    '(interviendrai|interviendrons|interviendra|pourra intervenir)',
    // "elle pourra faire une courte intervention en roumain" (h400_074).
    '(ferai|ferons|fera|faire) une (courte |breve |petite |)intervention',
  ],
  speakerNo: [
    '(seulement|juste|surtout|uniquement) ecouter',
    '(ecouterai|ecouterons) (surtout|seulement|uniquement)', "pas prevu (d'intervention|de prendre la parole)",
    '(ne ferai|ne ferons) pas d\'intervention',
    'sans (intervention|intervenir|prendre la parole)',
    '(ne prendrai|ne prendrons) pas la parole',
    // "je n'interviendrai pas : je préfère écouter les acteurs locaux" (h555_006).
    "n'(interviendrai|interviendrons) pas", '(je prefere|nous preferons) (ecouter|juste ecouter)',
    "en (tant qu'|)(observateur|observatrice|observateurs|auditeur|auditrice)",
  ],
  numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5 },
};

export const answersIt: ForeignAnswerLocale = {
  language: 'it',
  yes: [
    '(partecipero|parteciperemo)',
    '(partecipo|partecipiamo) (volentieri|con piacere|sicuramente)',
    '(saro|saremo) (presente|presenti|collegato|collegata|collegati)',
    '(ci saro|ci saremo)',
    '(verro|verremo)',
    '(confermo|confermiamo) (la |la mia |la nostra |)(partecipazione|presenza)',
    '(mi colleghero|ci collegheremo|mi collego|ci colleghiamo)',
    '(sono|siamo) (lieto|lieta|lieti|felice|felici) di (partecipare|esserci|venire)',
  ],
  no: [
    'non (potro|potremo|posso|possiamo|riesco|riusciamo|riusciro|riusciremo) ... (partecipare|venire|esserci|essere|collegarmi|collegarci|presenziare)',
    'non (partecipero|parteciperemo|ci saro|ci saremo|saro presente|saremo presenti|verro|verremo)',
    'non riesco$',
    '(devo|dobbiamo) (declinare|rinunciare)',
  ],
  litotes: [],
  regret: ['purtroppo', 'mi dispiace', 'spiacente'],
  regretCues: ['(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)', '(quel giorno|quella data|in quella data)', 'in (missione|ferie|trasferta|viaggio)', '(saro|saremo) a', 'impegno'],
  discussed: ['(concordato|parlato|discusso|accordato)'],
  past: ["l'anno (scorso|passato)", '(eravamo|ero|era)'],
  maybe: ['forse', 'non (so|sappiamo) ancora', 'non (posso|possiamo) ancora confermare', 'non (so|sappiamo) se', 'non (sono|siamo) ancora (sicuro|sicura|sicuri|certo|certa|certi)', '(cerchero|proveremo|provero|cercheremo) (di|a)', 'se (riesco|riusciamo)'],
  partial: ['(solo|soltanto) (la mattina|il pomeriggio|per la prima|la prima|fino)', 'in ritardo', 'piu tardi', 'a partire da'],
  negators: ['non'],
  conditions: ['se'],
  othersYes: [
    '(il mio|la mia|il nostro|la nostra|mio|mia) (collega|direttore|direttrice|vice|sostituto|sostituta) ... ... (partecipera|sara presente|verra|ci sara|si colleghera)',
    'al mio posto', 'al posto mio',
  ],
  companions: [
    'insieme (alla|al|a una|a un|con la|con il) (mia |mio |)(collega|assistente|interprete)',
    'con (la mia|il mio|la|il|una|un) (collega|assistente|interprete)',
    'con # colleghi',
    // "Parteciperemo io e la collega Giulia Santoro" (h564_006).
    'io e (la|il) (mia |mio |)(collega|assistente|interprete|direttrice|direttore)',
  ],
  // "ci colleghiamo in due, io e il collega Giuseppe Vitale" (h561_005).
  totals: ['saremo in #', '# persone', '(ci colleghiamo|ci collegheremo|veniamo|verremo|partecipiamo|parteciperemo) in #'],
  // "Giulia vorrebbe fare un breve intervento" (h564_006).
  speakerYes: ['(vorrei|vorremmo|desidero|desideriamo) (intervenire|prendere la parola|presentare)', '(interverro|interverremo)', '(vorrei|vorrebbe|vorremmo) fare un (breve |piccolo |)intervento'],
  speakerNo: [
    'senza (interventi|intervento|intervenire)',
    '(solo|soltanto) (ascoltare|per ascoltare|in ascolto)',
    '(ascoltero|ascolteremo) (soltanto|solo)',
    'come (uditore|uditrice|uditori|osservatore|osservatrice|osservatori)',
    'non (interverro|interverremo)',
  ],
  numbers: { due: 2, tre: 3, quattro: 4, cinque: 5 },
};

export const answersEs: ForeignAnswerLocale = {
  language: 'es',
  yes: [
    '(asistire|asistiremos|participaremos)',
    '(confirmo|confirmamos) (mi|nuestra|la) (asistencia|participacion|presencia)',
    '(estare|estaremos) (presente|presentes|alli|ahi|conectado|conectada|conectados)',
    'alli estare',
    // "Me conecto el miércoles a las 11 con el enlace de Zoom" (h561_006).
    '(me conecto|me conectare|nos conectamos|nos conectaremos)',
  ],
  no: [
    'no (podre|podremos|puedo|podemos) ... (asistir|participar|ir|estar|acudir|conectarme|conectarnos)',
    'no (asistire|asistiremos|participaremos|estare|estaremos)',
  ],
  // "No, no me lo pierdo" (h561_006).
  litotes: ['no (me lo|nos lo) (pierdo|perdere|perdemos|perderemos)'],
  regret: ['lamentablemente', 'desafortunadamente', 'por desgracia', 'lo siento'],
  regretCues: ['(lunes|martes|miercoles|jueves|viernes|sabado|domingo)', '(ese dia|esa fecha)', 'de (viaje|vacaciones)', '(estare|estaremos) (en|fuera)', 'compromiso'],
  discussed: ['(acordado|hablado|comentado|conversado)'],
  past: ['el ano (pasado|anterior)', '(eramos|fuimos|estuvimos)'],
  maybe: ['quizas', 'quiza', 'tal vez', 'no (puedo|podemos) (confirmar|asegurar) todavia', 'todavia no (puedo|podemos) (confirmar|asegurar)', 'no (se|sabemos) (todavia |aun |)si', 'todavia no (se|sabemos|estoy segur|estoy seguro|estoy segura)', '(intentare|intentaremos)'],
  partial: ['(solo|solamente) (por la manana|por la tarde|la primera|hasta)', 'mas tarde', 'con retraso'],
  negators: ['no'],
  conditions: ['si'],
  othersYes: ['(mi|nuestro|nuestra) (colega|companera|companero|director|directora) ... ... (asistira|participara|estara presente)', 'en mi lugar'],
  companions: ['con (mi|una|un) (colega|companera|companero|asistente)', 'con # (colegas|companeros)'],
  totals: ['(seremos|somos) #', '# personas'],
  speakerYes: ['(me gustaria|quisiera|deseo) (intervenir|tomar la palabra|hablar|presentar)'],
  speakerNo: ['solo (escuchar|como oyente|como observador|como observadora)', 'sin intervenir', 'no (intervendre|hablare)'],
  numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5 },
};

export const answersHu: ForeignAnswerLocale = {
  language: 'hu',
  yes: [
    '(szivesen |)reszt (veszek|veszunk)',
    'ott (leszek|leszunk)',
    'jelen (leszek|leszunk)',
    '(csatlakozom|csatlakozunk)',
    '(megerositem|visszaigazolom|megerositjuk|visszaigazoljuk) (a |)(reszvetelem|reszvetelunket|reszvetelt|reszvetel)',
  ],
  no: [
    'nem (tudok|tudunk|fogok|fogunk) (reszt venni|reszt|jelen lenni|ott lenni|elmenni|csatlakozni|jonni)',
    'nem (veszek|veszunk) reszt',
    'nem (leszek|leszunk) ott',
  ],
  litotes: [],
  regret: ['sajnos', 'sajnalattal'],
  regretCues: ['(hetf*|kedd*|szerd*|csutortok*|pentek*|szombat*|vasarnap*)', 'aznap', '(abban az|az adott) idopontban', 'szabadsagon', 'kikuldetesben', '(leszek|leszunk) (budapesten|kulfoldon)'],
  discussed: ['(megbeszeltuk|beszeltuk|egyeztettuk|megbeszelt)'],
  past: ['tavaly', '(voltunk|voltam)'],
  maybe: ['talan', 'meg nem (tudom|tudjuk|biztos)', '(megprobalok|megprobalom|megprobalunk|megprobaljuk)', 'ha (tudok|tudunk|sikerul)'],
  partial: ['csak (delelott|delutan|az elso|kesobb)', 'kesobb (erkezem|csatlakozom)', 'kesessel'],
  negators: ['nem', 'sem'],
  conditions: ['ha'],
  othersYes: ['(kollegam|kollegank|kolleganom|helyettesem) ... ... (reszt vesz|jelen lesz|ott lesz|csatlakozik)', 'helyettem'],
  companions: ['(kollegammal|kolleganommel|kollegankkal|kollegaval|tolmaccsal|tolmacsommal)', '# (kollegammal|kollegaval)'],
  totals: ['# (fo|fovel|szemely|szemelyben)'],
  speakerYes: ['szeretnek (hozzaszolni|felszolalni|eloadni)'],
  speakerNo: ['csak (hallgatokent|meghallgatom|meghallgatjuk|hallgatom|hallgatjuk)', 'nem (kivanok|szeretnek|fogok) (hozzaszolni|felszolalni)', 'hozzaszolas nelkul'],
  numbers: { ket: 2, ketto: 2, harom: 3, negy: 4, ot: 5 },
};

// Leeuwarden's partners: "Helaas kan ik woensdag niet, ik zit de hele dag in een subsidiecommissie" (h561_043).
export const answersNl: ForeignAnswerLocale = {
  language: 'nl',
  yes: [
    '(ik|wij|we) (kom|komen) (graag|zeker|zeer graag)', '(kom ik|komen we|komen wij) (graag|zeker)', '(ik|wij|we) (neem|nemen) ... ... deel', '(neem|nemen) (ik|wij|we) ... ... deel',
    // "er … bij", not "ik ben bij de gemeente Leeuwarden werkzaam".
    '(ik ben|wij zijn|we zijn|ben ik|zijn we|zijn wij) er (zeker |graag |ook |)bij', '(ik ben|wij zijn|we zijn|ben ik|zijn we|zijn wij) (zeker |graag |)aanwezig',
    '(ik zal|wij zullen|we zullen) (er |zeker |graag |ook |)(aanwezig zijn|erbij zijn|bij zijn|deelnemen|komen)',
    '(ik sluit|wij sluiten|we sluiten) (graag |)aan', '(ik doe|wij doen|we doen) (graag |)mee', '(ik|wij|we) (bevestig|bevestigen) (mijn|onze|de) (deelname|aanwezigheid)',
  ],
  litotes: [],
  no: [
    '(kan|kunnen) (ik|wij|we) ... ... niet (komen|deelnemen|aanwezig zijn|aansluiten|erbij zijn|bij zijn)', '(kan|kunnen) (ik|wij|we) ... niet$',
    '(ik|wij|we) (kan|kunnen) ... ... niet (komen|deelnemen|aanwezig zijn|aansluiten|erbij zijn)', '(ben|zijn) ... verhinderd',
    '(moet|moeten) ... (afzeggen|verstek laten gaan)',
  ],
  regret: ['helaas', 'spijtig genoeg', 'jammer genoeg'],
  regretCues: ['(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)', 'die dag', 'op dat moment', 'op reis', 'met vakantie'],
  discussed: ['(besproken|afgesproken|overlegd)'],
  past: ['vorig jaar', '(waren|was) (we|wij|ik)'],
  maybe: ['misschien', 'weet (ik |we |)nog niet', 'weet (ik |we |)niet of', 'nog niet zeker', '(ik probeer|we proberen|wij proberen|ik zal proberen)', '(zal|zullen) kijken of', 'onder voorbehoud'],
  partial: ['pas (vanaf|om|na) ', '(iets |wat |)later (komen|aansluiten|binnen|erbij)', '(kom|kan) ... (iets |wat |)later', 'alleen (de|het|in de) (ochtend|middag|eerste)'],
  negators: ['niet', 'geen', 'nooit'],
  // "als" is mostly "as" ("als toehoorder"): a condition only before its subject.
  conditions: ['als (ik|we|wij|het|er|u|de|dit|mijn|onze|alles|dat|die|jullie)', 'indien', 'mits'],
  othersYes: ['(mijn|onze) (collega|directeur|directrice|vervanger|vervangster) ... ... (komt|zal|neemt|sluit)', 'in mijn plaats'],
  companions: [
    '(met|samen met) (mijn|een|onze) (collega|assistent|assistente|tolk)', "met # (collega's|collegas|personen)",
    // "Mijn collega Anke Postma kijkt ook mee vanuit ons kantoor" (h567_006).
    '(mijn|onze) collega ... ... (kijkt|luistert|doet|sluit) (ook |)(mee|aan)',
  ],
  totals: ["(we zijn|wij zijn|we komen|wij komen) met (z'n|zijn) #", '# personen'],
  speakerYes: ['(wil|zou|willen|zouden) ... (graag |)(iets zeggen|het woord nemen|presenteren|spreken)', 'ik neem de (#|vijf) minuten'],
  speakerNo: ['(alleen|enkel) (luisteren|toehoren)', 'als (toehoorder|luisteraar)', '(zal|ga|wil) (alleen|enkel|vooral) luisteren'],
  numbers: { twee: 2, drie: 3, vier: 4, vijf: 5, tweeen: 2, drieen: 3, vieren: 4, vijven: 5 },
};

/** The partner languages, in the order they are tried. */
export const FOREIGN_ANSWERS: readonly ForeignAnswerLocale[] = [answersDe, answersFr, answersIt, answersEs, answersHu, answersNl];
