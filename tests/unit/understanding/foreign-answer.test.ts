import { describe, expect, it } from 'vitest';
import { readForeignAnswer } from '../../../shared/understanding/foreign-answer';

// Replies in the partner languages, as the corpus's authors wrote them (the file names in brackets); each row the
// intent, the party and the wish to speak the reader should return, or null when a person should read the reply.
const ANSWERS: [string, 'yes' | 'no' | 'maybe', number | null, boolean | null][] = [
  ['Sehr geehrte Frau Simion, vielen Dank für die Einladung. Ich nehme gerne an der Sitzung am 20. Januar teil, werde aber nur zuhören.', 'yes', 1, false], // h383_016
  ['Liebe Frau Simion, vielen Dank für die Einladung. Ich komme gerne am Montag, zusammen mit meiner Kollegin.', 'yes', 2, null], // h439_030
  ['Ich komme gerne am 20. Januar und bringe eine Kollegin mit, Frau Ana Grozav.', 'yes', 2, null], // h442_026
  ['Ich werde gerne teilnehmen, begleitet von einer Dolmetscherin (Frau Renate Ilie). Wir werden nicht sprechen, sondern nur zuhören.', 'yes', 2, false], // h480_046
  ['Ich bestätige hiermit meine Teilnahme am 20. Januar.', 'yes', 1, null], // h482_022
  ['Leider kann ich am 17.01. nicht teilnehmen.', 'no', null, null], // h386_083
  ['Leider bin ich am 17. Januar auf Dienstreise. Ich schicke Ihnen gerne schriftliche Anmerkungen.', 'no', null, null], // h453_059
  ['Am 17. Januar bin ich leider im Urlaub. Meine Kollegin Ingrid Schuster wird die Sitzung für die Banater Zeitung verfolgen, nur als Zuhörerin.', 'yes', 1, false], // h535_030
  ['Ich versuche teilzunehmen, kann es aber noch nicht fest zusagen - am 17. habe ich vormittags einen Termin in Arad.', 'maybe', null, null], // h488_014
  ["Je participerai à la réunion Zoom avec ma collègue Andreea Iosif. Nous souhaitons intervenir brièvement sur la coopération culturelle.", 'yes', 2, true], // h474_085
  ["Je serai présente lundi, avec ma collègue Claire Martin de l'Institut français. Nous ne ferons pas d'intervention.", 'yes', 2, false], // h526_026
  ['Je ne pourrai malheureusement pas être présente lundi, mais ma collègue Oana Jurca, chargée de projets culturels, participera à ma place.', 'yes', 1, null], // h452_057
  ['Malheureusement je ne pourrai pas être présente lundi. Merci pour l\'invitation.', 'no', null, null], // h533_027
  ["Cara Lavinia, grazie per l'invito! Parteciperò volentieri, insieme alla collega Chiara Dell'Aquila. Ascolteremo soltanto, senza interventi.", 'yes', 2, false], // h390_049
  ['Purtroppo non riusciremo ad essere a Timișoara il 20 gennaio.', 'no', null, null], // h434_048
  ['Purtroppo il 20 gennaio sarò a Matera per la chiusura dell\'anno.', 'no', null, null], // h495_073
  ['Kedves Lavinia, köszönöm a meghívást, hétfőn ott leszek a kollégámmal, Évával.', 'yes', 2, null], // h382_060
  ['Szívesen részt veszek szerdán, de csak hallgatóként.', 'yes', 1, false], // h508_070
  ['Sajnos nem tudok részt venni, de kollégám Bíró Éva részt vesz helyettem.', 'yes', 1, null], // h467_029
  ['Confirmo mi asistencia a la reunión del lunes con mi colega Ana.', 'yes', 2, null],
  ['Lamentablemente no podré asistir el lunes.', 'no', null, null],
  // Set 555's traps: a litotes, a negation about something else, a refusal only of the talk.
  ["Madame, Je ne manquerai pas d'être là lundi à 10h.", 'yes', 1, null], // h555_010
  ['Ich komme nicht umhin, Ihnen für die Einladung zu danken – natürlich bin ich am Montag dabei.', 'yes', 1, null], // h555_026
  ['Den Aktionsplan habe ich leider noch nicht gelesen – das hole ich bis Mittwoch nach. Ich nehme sehr gerne teil und möchte auch kurz etwas dazu sagen.', 'yes', 1, true], // h555_087
  ["Je serai connectée mercredi, mais je n'interviendrai pas : je préfère écouter les acteurs locaux.", 'yes', 1, false], // h555_006
  ['Leider bin ich am Montag nicht dabei.', 'no', null, null],
  // The review of the reader: regret no negator, a conversation no companion, the past no party, "if" no refusal.
  ['Leider bin ich verhindert.', 'no', null, null],
  ['Wie mit Herrn Schmidt besprochen, nehme ich gerne teil.', 'yes', 1, null],
  ['Ich nehme gerne teil, zusammen mit Herrn Schmidt.', 'yes', 2, null],
  ['Letztes Jahr waren wir 5 Personen. Ich nehme gerne teil.', 'yes', 1, null],
  ['Sí, asistiré.', 'yes', 1, null],
  ['Ich weiß noch nicht, ob ich teilnehmen kann.', 'maybe', null, null],
  ['Non posso ancora confermare se potrò partecipare.', 'maybe', null, null],
  ['No puedo confirmar todavía si podré ir.', 'maybe', null, null],
  ['Purtroppo non potrò esserci: al posto mio parteciperà la collega Giulia.', 'yes', 1, null],
  ['Je participerai, mais je n’interviendrai pas.', 'yes', 1, false],
  // Set 558: a colleague brought who speaks, a measure in brackets inside the sentence ("(5 Min.) über"); "je vous confirme".
  ['Ich nehme gerne teil und bringe meinen Kollegen Jonas Weber mit. Jonas würde gern kurz (5 Min.) über unsere Erfahrungen mit KMU-Förderung berichten.', 'yes', 2, true], // h558_004
  ["Je vous confirme ma participation, accompagnée de ma collègue Sophie Marchand. Nous écouterons surtout, nous n'avons pas prévu d'intervention.", 'yes', 2, false], // h558_005
  // Set 561: a "no" about the date only, a Spanish litotes, Dutch.
  ["Cara Lavinia, grazie dell'invito! No, la data non è un problema per noi, anche se da voi è mercoledì e il 17 è domenica... immagino sia il 13? In ogni caso ci colleghiamo in due, io e il collega Giuseppe Vitale. Ascolteremo soltanto, la parola è per gli stakeholder locali.", 'yes', 2, false], // h561_005
  ['Hola Lavinia, No, no me lo pierdo. Me conecto el miércoles a las 11 con el enlace de Zoom.', 'yes', 1, null], // h561_006
  ['Hoi Lavinia, Helaas kan ik woensdag niet, ik zit de hele dag in een subsidiecommissie. Veel succes met de sessie!', 'no', null, null], // h561_043
  ['Beste Lavinia, Ik kom graag, samen met mijn collega Pieter.', 'yes', 2, null],
  // Set 564: "io e la collega", a short talk wished by her; "Einen Redebeitrag planen wir nicht".
  ["Cara Lavinia, grazie per l'invito. Parteciperemo io e la collega Giulia Santoro dalla Fondazione Matera-Basilicata 2019. Giulia vorrebbe fare un breve intervento sulla nostra esperienza con le imprese culturali.", 'yes', 2, true], // h564_006
  ['Sehr geehrte Frau Simion, vielen Dank für die Einladung. Ich nehme gerne teil, zusammen mit meiner Kollegin Frau Petra Lang. Einen Redebeitrag planen wir nicht.', 'yes', 2, false], // h564_053
  // The thirtieth session's review: "ob" no condition, "qui parle" no conversation, "als" before a role, "Si," answering only
  // before the yes, a real "si" with an inserted phrase still a condition, "(ca. 5 Min.) Wenn" two sentences.
  ['Ich bin dabei, egal ob online oder vor Ort.', 'yes', 1, null],
  ['Ich nehme gerne teil und würde gerne wissen, ob es eine Aufzeichnung gibt.', 'yes', 1, null],
  ['Je viendrai avec ma collègue qui parle couramment roumain.', 'yes', 2, null],
  ['Ik kom graag als toehoorder.', 'yes', 1, false],
  ['Ik zal kijken of ik kan komen.', 'maybe', null, null],
  ['Si, je viendrai avec plaisir.', 'yes', 1, null],
  ['Si, comme prévu, la réunion a lieu en ligne, je participerai volontiers.', 'maybe', null, null],
  ['Se, come spero, il volo non viene cancellato, parteciperò volentieri.', 'maybe', null, null],
  ['Ich nehme gerne teil und halte einen kurzen Vortrag (ca. 5 Min.) Wenn möglich, bringe ich eine Kollegin mit.', 'yes', 1, null],
  // Set 567: Dutch "ik doe mee", a colleague who watches along, the five minutes taken.
  ['Hoi Lavinia, Ik doe mee, ik zal alleen luisteren. Tot woensdag!', 'yes', 1, false], // h567_060
  ['Beste Lavinia, Bedankt voor de uitnodiging. Ik sluit graag aan via Zoom op woensdag. Mijn collega Anke Postma kijkt ook mee vanuit ons kantoor, maar zij zal niets zeggen; ik neem de vijf minuten.', 'yes', 2, true], // h567_006
  ['Hallo Frau Simion, ich nehme gerne teil, zusammen mit meiner Kollegin Frau Ionescu. Wir möchten kurz (2-3 Minuten) das Projekt "Kultur im Viertel" vorstellen.', 'yes', 2, true], // h570_062
  // The second review: "Sí," before a yes a few words on; a range of days; "als mijn agenda"; a doubt about a colleague; colleagues
  // introduced, not a talk.
  ['Sí, claro, asistiré con mucho gusto.', 'yes', 1, null],
  ['Malheureusement, je suis à Bruxelles du 16 au 18 janvier.', 'no', null, null],
  ['Leider bin ich vom 16. bis 18. Januar in Brüssel.', 'no', null, null],
  ['Als mijn agenda het toelaat, kom ik graag.', 'maybe', null, null],
  ['Ik kom graag, maar ik weet niet of mijn collega ook kan.', 'yes', 1, null],
  ['Gerne nehmen wir teil. Ich möchte kurz die Kollegen vorstellen, die kommen: Anna Huber und Paul Maier.', 'yes', 1, null],
];

// What the reader must leave to a person: a question, a condition, a part of the meeting, a yes beside a no, and the
// Romanian or English words that look like a partner language's ("participare" is Spanish "participaré" folded).
const LEFT_OPEN = [
  'Nehmen Sie auch Gäste auf? Ich nehme gerne teil?',
  'Ich kann leider erst ab 11 Uhr kommen, nehme dann aber gerne teil.',
  'Ich nehme gerne teil. Leider kann ich am 20. nicht teilnehmen.',
  // "nicht vor 11" is the hour, not a refusal (h555_068, a confident error at first reading).
  'Ich kann leider nicht vor 11 Uhr online sein, weil ich vormittags unterrichte – aber ab 11 Uhr bin ich selbstverständlich dabei.',
  'Care este termenul de participare?',
  'Vă mulțumim pentru invitație, o vom transmite colegilor.',
  'Thanks, forwarded to my colleague.',
  "Parteciperò volentieri se ci sarà una traduzione in inglese: è prevista?",
  // A yes holding a regret keeps a restriction; a regret about something else, or beside a question, answers nothing.
  'Ich werde leider nur online teilnehmen.',
  'Leider ist der Link kaputt.',
  'Leider kann ich am Montag nicht. Gibt es eine Aufzeichnung?',
  'Ich komme gerne, aber etwas später.',
  // A regret about no day (a phone number, a mail's date), "ik ben bij" an employer, a refusal beside a yes for another day.
  'Leider hat sich meine Telefonnummer geändert, die neue ist 0170 1234567.',
  'Leider funktioniert der Link aus Ihrer Mail vom 10. Januar nicht. Bitte schicken Sie ihn nochmals.',
  'Ik ben bij de provincie Fryslân verantwoordelijk voor cultuur. Kunt u mij de agenda sturen.',
  'Vandaag kan ik helaas niet, maar woensdag ben ik er graag bij.',
];

describe('readForeignAnswer', () => {
  it.each(ANSWERS)('%s → %s', (text, intent, headcount, speaker) => {
    expect(readForeignAnswer(text)).toMatchObject({ intent, headcount, speaker });
  });

  it.each(LEFT_OPEN)('leaves "%s" to a person', (text) => {
    expect(readForeignAnswer(text)).toBeNull();
  });

  it('reads a condition in the clause before the yes as a hedge', () => {
    expect(readForeignAnswer('Wenn es online ist, nehme ich gerne teil.')?.intent).toBe('maybe');
  });

  // h621_061: the commas around a colleague's name split no clause; a colleague's own trouble is no stand-in.
  it.each([
    ['Sajnos nem tudok részt venni, de a kollégám, Réka Nagy ott lesz.', 'yes'],
    ['Leider kann ich nicht teilnehmen, aber meine Kollegin, Anna Weber, wird teilnehmen.', 'yes'],
    ['Leider kann ich nicht teilnehmen, meine Kollegin, Anna Weber, ist auch krank.', 'no'],
    // h631_049: a doubt said of a third person ("forse lui riesce") is not the sender's.
    ['Purtroppo mercoledì 17 sono in ferie e non riesco a collegarmi. Giuseppe ti ha già scritto, forse lui riesce.', 'no'],
  ])('reads "%s" as %s', (text, intent) => {
    const answer = readForeignAnswer(text);
    expect(answer?.intent).toBe(intent);
    expect(answer?.standIn).toBe(intent === 'yes' ? true : undefined);
  });

  it('names the language and the phrase that decided', () => {
    expect(readForeignAnswer('Ich nehme gerne teil.')?.evidence).toBe('de: ich nehme gerne teil');
  });
});
