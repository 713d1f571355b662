import { describe, expect, it } from 'vitest';
import { foreignTopic } from '../../../shared/understanding/quoted-topic';

const invitation = [
  'Lavinia Simion a scris:',
  '> Municipiul Timișoara, în calitate de partener în cadrul proiectului ECoC-SME, vă invită să participați la un nou',
  '> Atelier Local de Învățare (Local Learning Lab), miercuri, 17.01.2021, pe platforma Zoom. Comentarii stakeholderi',
  '> privind planul de acțiune. Vă rugăm să confirmați participarea Dumneavoastră până vineri, 12.01.2021.',
].join('\n');
const mail = (reply: string, quote = invitation): { plain: string; trimmed: string } => ({ plain: `${reply}\n\n${quote}`, trimmed: reply });

describe('foreignTopic', () => {
  it('names the topic of another meeting the yes confirms (h408_005)', () => {
    const { plain, trimmed } = mail('Buna ziua,\n\nConfirm participarea la intalnirea de joi, 16 ianuarie, privind bugetul participativ.\n\nFlorin');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBe('bugetul participativ');
  });

  it('keeps a yes naming the invitation’s own topic', () => {
    const { plain, trimmed } = mail('Confirm participarea la întâlnirea de miercuri privind planul de acțiune.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });

  it('compares nothing without a quote long enough to be the invitation', () => {
    const { plain, trimmed } = mail('Confirm participarea la întâlnirea privind bugetul participativ.', '> Vă rugăm să confirmați.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });

  it('leaves a topic outside the sentence that decided alone', () => {
    const { plain, trimmed } = mail('Confirm participarea. Am fost și la întâlnirea de luna trecută despre bugetul participativ.');
    expect(foreignTopic(plain, trimmed, 'Confirm participarea')).toBeNull();
  });
});
