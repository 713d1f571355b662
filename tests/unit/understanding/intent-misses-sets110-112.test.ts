import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 110, 111 and 112 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Where they travel from, in brackets, is no answer; the fallback of a question hangs on it (h110_064, truth maybe: unknown is no error).
  [
    'Sunt interesat, dar ora 10 e cam devreme pentru noi (venim de la Caransebes). Se poate intra si mai tarziu, pe la 11? Altfel nu stiu daca ajungem.',
    'unknown',
  ],
  ['Ora 10 e cam devreme pentru noi (venim de la Caransebes).', 'unknown'],
  ['Venim de la Asociatia Zora, doi oameni.', 'yes'],
  ['Se poate intra si mai tarziu, pe la 11? Altfel vin la 10.', 'unknown'],
  ['Se poate intra și mai târziu? Dacă da, vin.', 'maybe'],
  // The office sending a named delegate after the head's refusal (h110_066).
  [
    "I'm writing on behalf of the Mayor's Office of Szeged. Unfortunately the Mayor cannot attend on 20 January; we will send Mr. Ákos Tóth from the Department of Urban Development instead.",
    'yes',
  ],
  ['Unfortunately the Mayor cannot attend; we will send someone instead.', 'unknown'],
  ["Unfortunately I cannot attend. We will send Mr. Tóth's comments by email.", 'no'],
  ["The Mayor cannot attend. We will send Dr. Ana Pop's report.", 'no'],
  ['Unfortunately I cannot attend, but my colleague Irina Vasiu will probably write to you separately.', 'no'],
  // The sender's refusal, the invitation passed on to a colleague who may write herself (h111_037, h112_063).
  ['Eu nu pot participa (sunt la un concurs de soluții în Cluj), dar am transmis invitația colegei mele, Irina Vasiu, care probabil vă va scrie separat.', 'no'],
  ['Am transmis invitația colegei mele, Irina Vasiu, care probabil vă va scrie separat.', 'unknown'],
  ['Din nefericire, miercuri am curs și nu îl pot reprograma. Am transmis invitația colegei mele, care vă va contacta direct dacă poate participa.', 'no'],
  ['Am transmis invitația colegei mele. Din nefericire, miercuri am curs și nu îl pot reprograma.', 'unknown'],
  ['Vin eu. Am transmis invitația și colegei mele.', 'yes'],
  [
    "I had planned to attend, but I'll be home with her that morning, so I'm afraid I'll have to skip this one. I've asked my colleague Francesco Bianchi to attend on our behalf; he'll write to you to confirm.",
    'no',
  ],
  ["I'd love to come. I've asked my colleague Ana Pop to attend on our behalf; she'll write to you to confirm.", 'unknown'],
  ["I'll attend. My colleague will write to you to confirm.", 'yes'],
  // Doubt about the organisation's fit, the talk's length, a format to copy: none about coming (h112_034, h112_007, h112_049).
  ["I am not sure our company belongs to the cultural sector, but video games are culture too. I'll join the call on the 17th.", 'yes'],
  ['I am not sure our company can come.', 'maybe'],
  ["I will join on the 17th and I am happy to say a few words – maybe 5 minutes, no more.", 'yes'],
  ['I will connect maybe 15 minutes later.', 'maybe'],
  ["The format is something we might copy for our own session! I'll attend the online meeting.", 'yes'],
  ['We might come for our own session.', 'maybe'],
  // A decision after musing (h112_044).
  ["But I think I should be there. Ok, I'll join – maybe only for the first part, until 12. I won't present anything.", 'yes'],
  ["I think I should be there. Ok, I'll join, maybe.", 'maybe'],
  ["Not sure I can make it. Ok, I'll try to join.", 'maybe'],
  ["I'll join. Not sure yet.", 'maybe'],
  // Connecting on a day (h112_067).
  ['Ma conectez pe 17, dar nu cred ca o sa vorbesc, sunt emotiva la Zoom-uri cu multa lume :)', 'yes'],
  ['Nu ma conectez pe 17.', 'no'],
  // "Maybe some beers" names things, no coming (h112_038).
  ['Ne-ar interesa colaborări pentru 2021, poate niște beri speciale cu teme din program.\n\nVin, plus asociatul meu Sebi.', 'yes'],
  ['Poate niste colegi vin.', 'unknown'],
  ['Poate vin.', 'maybe'],
  // Another season for the talk, an arrival time: constraints of a yes (h111_035, h111_049).
  ['Da, vin. Cu 2 copii. Prezentare nu de data asta, n-am nimic nou de aratat, poate la toamna.', 'yes'],
  ['Nu pot de data asta, poate la toamna.', 'no'],
  ['Poate la toamna.', 'unknown'],
  ["Yes, I'll be there – though my flight lands at 9:40 so I'll probably only make it to the pavilion around 10:45. Sorry in advance for sneaking in late!", 'yes'],
  ["I'll probably come around 10.", 'maybe'],
  ['No presentation this time, maybe in the autumn. I will come.', 'yes'],
  ['Sorry, not this time, maybe in the autumn.', 'no'],
  // Doubt about having read the invitation right, reading before deciding: no answer (h111_040, h112_014).
  ["Could you please send me the invitation in English? I'm not sure I understood the date and the format correctly.", 'unknown'],
  ["I'm not sure I can come.", 'maybe'],
  ['Nu sunt sigur ca am inteles corect data, dar vin.', 'yes'],
  ['Ati putea sa mi-l retrimiteti in format PDF? As vrea sa il citesc inainte sa decid daca are sens sa particip.', 'unknown'],
  ['Nu stiu daca particip.', 'maybe'],
  ['I want to read it before I decide whether to attend.', 'unknown'],
  // Public administration in the third person (h110_019, h110_038, h110_067) and a foreign writer's Romanian (h110_086).
  ['Vă rugăm să rețineți participarea a doi reprezentanți ai Primăriei Municipiului Reșița: subsemnatul, Petru Moldovan, și doamna Adela Zăgrean.', 'yes'],
  ['Vă rugăm să nu rețineți participarea a doi reprezentanți.', 'no'],
  ['Societatea de Transport Public Timișoara confirmă participarea domnului Radu Groza, director comercial, la atelierul din 17.01.2021.', 'yes'],
  ['Nu vă putem confirma participarea domnului director.', 'maybe'],
  ['Vă comunicăm că Administrația Județeană a Finanțelor Publice Timiș nu poate da curs invitației dumneavoastră, activitatea fiind axată pe închiderea exercițiului financiar.', 'no'],
  ['Instituția poate da curs invitației.', 'yes'],
  ['multumesc pentru invitatie, eu participa la zoom in 17. Scuze pentru romana mea.', 'yes'],
  // A school or kindergarten answering for its group (h111_025, h111_088).
  ['Școala Gimnazială nr. 30 confirmă participarea cu un grup de 12 elevi de clasa a V-a însoțiți de 2 cadre didactice (eu și doamna învățătoare Pop).', 'yes'],
  ['Grădinița cu Program Prelungit nr. 21 ar dori să participe cu 8 copii din grupa mare, însoțiți de 3 adulți (2 educatoare și un părinte).', 'yes'],
  ['Grădinița nu ar dori să participe cu 8 copii.', 'no'],
];

describeIntentCorpus('intent misses of sets 110-112', corpus);
