import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 29 and 30 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // The organisation sends nobody, with "putea".
  ['Având în vedere că suntem în perioada de inventar anual, firma noastră nu va putea trimite niciun reprezentant la această întâlnire.', 'no'],
  ['Nu vom putea trimite niciun reprezentant la sesiunea din mai, dar la aceasta venim.', 'yes'],
  // The subject left out of a hedge.
  ['Might be able to pop in for part of it. Will let you know.', 'maybe'],
  ['We might be able to send the slides in advance. I will attend.', 'yes'],
  // A performance elsewhere, back only later.
  ['Îmi pare tare rău, avem concert la Szeged pe 14 seara și ne întoarcem abia pe 15 după-amiază.', 'no'],
  ['Avem concert la Szeged pe 14, dar pe 15 vin.', 'yes'],
  ['Ne întoarcem abia pe 15 dimineața, dar vin direct la atelier.', 'yes'],
  // Asking leave to come is no condition on coming.
  ['vă rog să-mi spuneți dacă pot participa și ca persoană fizică (freelancer), nu reprezint nicio organizație.', 'unknown'],
  ['Nu știu dacă pot participa.', 'maybe'],
  ['Vă rog să-mi spuneți dacă pot participa online. Particip oricum.', 'yes'],
  // Held at one's own post.
  ['Din păcate în ziua respectivă avem simularea la Evaluarea Națională și nu mă pot deconecta de la școală.', 'no'],
  ['Nu mă pot deconecta de la școală dimineața, dar vin la 11.', 'yes'],
  // The pronoun before the bare verb; another's "nu poate" is nobody's answer.
  ['Eu da! 🙂 Dana de la noi nu poate, e în concediu.', 'yes', 1],
  ['Colegul meu nu, eu da.', 'yes'],
  ['Eu da?', 'unknown'],
  ['eu mă conectez, dar doar ca să urmăresc, nu intervin. Te rog pune-o și pe Gabi pe lista de invitați, vine și ea.', 'yes', 2, false],
  ['Eu mă conectez de acasă?', 'unknown'],
  ['Eu mă conectez greu la Zoom, ce link folosiți?', 'unknown'],
  // A wish to speak cut off by commas conditions the talk, not coming.
  ['Vă transmitem, din partea domnului președinte Ovidiu Crăciunescu, confirmarea participării la Atelier. Dl. președinte va fi însoțit de doamna Daniela Marcu, șef Departament Proiecte. Dl. președinte dorește, de asemenea, să aibă o scurtă intervenție în deschiderea sesiunii de comentarii, dacă programul permite.', 'yes', 2, true],
  // Declining to intervene while asking leave to observe: no answer, but no wish to speak.
  ['Would it be OK if I joined as an observer? I would not intervene, only take notes for my thesis.', 'unknown', undefined, false],
];

describeIntentCorpus('intent corpus, round 29', corpus);
