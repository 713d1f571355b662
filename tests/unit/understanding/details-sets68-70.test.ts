import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/understanding/analyze-text';
import { extractDetails } from '../../../shared/understanding/details';
import { asYes } from './details-as-yes';

/** Read as the organisation's yes for someone else (`delegated`), as the intent marks "Din partea … vom participa". */
const delegatedYes = (text: string) => extractDetails(text, analyzeText(text), 'yes', true);

describe('headcount (sets 68–70): the sender and one named, "+", "by me and by", a list then its verb', () => {
  it.each([
    ['Salut Lavinia! Venim sigur, eu + Tudor. Mersi!', 2],
    ['Kaunas 2022 team will be represented by me and by Agnė Petrauskaitė from our community programme.', 2],
    ['thank you, we confirm: Michael Weber and Cornelia Radu (plant manager Timișoara) will attend.', 2],
    ['Colegiul Economic al Banatului va fi reprezentat de prof. Dragoș Mihăilă și de eleva Alexia Toma (clasa a XI-a).', 2],
    ['Vom participa doi colegi: Mihai Rus și eu, Ana Mihăilă. Vă rugăm să ne trimiteți linkul.', 2],
    ['Camera de Comerț Timiș confirmă participarea la atelier, cu două persoane:\n1. Daniela Popescu - șef serviciu\n2. Cristian Lazăr - consultant', 2],
    ['vor participa din partea Muzeului: dr. Claudiu Ilie, manager, dna Simona Pavel, șef Secție Relații Publice, și dl. Dan Lazăr, muzeograf.', 3],
    ['My husband Klaus and I (we run the guesthouse together) would both like to come.', 2],
    // Negatives: an organisation before its verb is no list; an office is no one; a sender speaking for a group counts them.
    ['Din partea Camerei de Comerț, Industrie și Agricultură Timiș vor participa două persoane: subsemnatul și doamna Cristina Oprea.', 2],
    ['Vin eu + Primăria.', 1],
    ['Vin eu, Ioana Marin și Dan Suciu.', 3],
    ['Vor participa: Ana Pop, eu și Dan Suciu.', 3],
    ['Vin cu două persoane de la asociație.', 3],
    ['Thursday and Friday will work for me. I will attend.', 1],
    ['I will attend. Would both sessions be in the same room?', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('headcount (sets 68–70): answered for someone else', () => {
  it.each([
    ['Our director, Mr Jérôme Carrier, will attend the session on 20 January. He will be accompanied by our cultural programme coordinator, Ms Oana Belu.', 2],
    ['Din partea Hungaro Tech SRL vom participa eu, Szabó Attila, și colega mea Fülöp Erika.', 2],
    // Negatives: the one answered for matched too is not counted twice; a stand-in alone is one.
    ['Instituția Prefectului va fi reprezentată la atelier de către domnul subprefect Dan Crăciun, însoțit de doamna Elena Nistor, consilier superior.', 2],
    ["I can't attend. My colleague Ana Pop will attend instead.", 1],
  ])('%s → %s', (text, headcount) => {
    expect(delegatedYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 68–70): a proposal to present, comments on an action, the delegate announced', () => {
  it.each([
    ['Mă voi conecta. Aș avea o propunere concretă legată de acțiunea 1 și aș vrea s-o prezint în timpul sesiunii de comentarii.', true],
    ['Particip. Am trimis deja comentariile în scris colegului Andrei Munteanu, dar le prezint și la întâlnire.', true],
    ['Participă dna Larisa Toma și subsemnatul. Vom avea și câteva comentarii privind acțiunea 1.', true],
    ['Din partea Instituției Prefectului va participa dl. Sebastian Manea, consilier. Acesta va prezenta un scurt punct de vedere privind acțiunile propuse.', true],
    // Negatives: the wish denied, a demonstrative about a thing, no comments.
    ['Nu aș vrea s-o prezint eu, vin doar să ascult.', false],
    ['Particip. Acesta va fi primul meu atelier, vă mulțumesc.', null],
    ['Nu vom avea comentarii privind acțiunea 1. Particip.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
