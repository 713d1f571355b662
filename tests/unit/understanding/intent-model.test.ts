import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusTrainingSets, generatedModelSource } from '../../../bin/intent-model-corpus';
import { analyzeText } from '../../../shared/understanding/analyze-text';
import type { IntentResult } from '../../../shared/understanding/intent';
import { modelFallback } from '../../../shared/understanding/intent-model/model-fallback';
import { modelTokens } from '../../../shared/understanding/intent-model/model-tokens';
import { classifyWithModel, unpackModel } from '../../../shared/understanding/intent-model/naive-bayes';
import { trainModel } from '../../../shared/understanding/intent-model/train-model';

const unknown: IntentResult = { intent: 'unknown', confidence: 0.3, evidence: null };
const fallback = (text: string, decided: IntentResult = unknown) => modelFallback(decided, text, analyzeText(text));

describe('intent model: features', () => {
  it('folds the text and adds pairs of neighbouring words, each once', () => {
    expect([...modelTokens('Vă confirm PARTICIPAREA! Confirm.')]).toEqual(['va', 'confirm', 'participarea', '!', 'va confirm', 'confirm participarea', 'participarea !', '! confirm']);
    expect([...modelTokens('Particip?')]).toEqual(['particip', '?', 'particip ?']);
  });
});

describe('intent model: training and scoring', () => {
  const replies = [
    ...['vin cu drag', 'vin sigur', 'da, vin', 'vin si eu'].map((text) => ({ text, intent: 'yes' as const })),
    ...['nu pot veni', 'din pacate nu pot', 'nu pot, scuze', 'nu pot ajunge'].map((text) => ({ text, intent: 'no' as const })),
  ];
  const packed = trainModel(replies, { minReplies: 2 });

  it('packs per-label reply counts of the features seen often enough, sorted, deterministic', () => {
    expect(packed.documents).toEqual([4, 4, 0, 0]);
    expect(packed.features.split(';')).toContain('vin:4,0,0,0');
    expect(packed.features.split(';')).toContain('nu pot:0,4,0,0');
    expect(packed.features).not.toContain('drag');
    expect(trainModel([...replies].reverse(), { minReplies: 2 })).toEqual(packed);
  });

  it('reads the label the counts favour, with the features that decided', () => {
    const model = unpackModel(packed);
    expect(classifyWithModel(model, 'Vin.')).toMatchObject({ intent: 'yes', cues: ['vin'] });
    expect(classifyWithModel(model, 'Nu pot.').intent).toBe('no');
  });
});

describe('intent model: when it may answer for the rules (the shipped model)', () => {
  it('settles clear answers the rules left unknown (set 40), with a lower confidence and its cues', () => {
    const english = 'Dear Lavinia,\n\nHappy New Year! Three of us from Kaunas 2022 will connect: myself, Rūta Jankauskienė and Tomas Petrauskas. I would like to use the 5-minute slot to comment on action 1.';
    const romanian = 'Bună ziua,\n\nați întrebat ieri la telefon dacă vin - răspunsul e da, am rezolvat cu cealaltă ședință. Aș vrea să intervin și cu un punct de vedere pe acțiunea 2, cam 5 minute, cum scrie în program.';
    for (const text of [english, romanian]) {
      const result = fallback(text);
      expect(result).toMatchObject({ intent: 'yes', confidence: 0.6 });
      expect(result?.evidence).toMatch(/^model: yes \("/);
    }
  });

  it('never answers a question, never overrules a yes/no, never outvotes a phrase or hedge the rules found', () => {
    expect(fallback('Vin cu drag și aș dori 5 minute pentru o intervenție. Se poate și online?')).toBeNull();
    expect(fallback('Vin cu drag.', { intent: 'no', confidence: 0.9, evidence: 'x' })).toBeNull();
    expect(fallback('Vin cu drag.', { intent: 'yes', confidence: 0.9, evidence: 'x' })).toBeNull();
    // Rules: a condition makes the yes a maybe; the model may not turn it into a yes.
    const hedged = 'Nepotul meu a promis că vine miercuri să mi-l instaleze, și dacă reușește mă conectez și eu, dacă nu, nu vă supărați pe mine.';
    expect(fallback(hedged, { intent: 'maybe', confidence: 0.75, evidence: 'mă conectez și eu' })).toBeNull();
    // Someone else goes instead: who answers is for a person.
    expect(fallback('Din păcate nu pot participa, dar va veni în locul meu colegul Dan Pop.', { intent: 'unknown', confidence: 0.5, evidence: null, delegated: true })).toBeNull();
    // Delegation and representation: a bag of words cannot tell whose answer it reads (set 42: a model no for an institution that comes).
    const mayor = 'Buna ziua,\nDomnul primar nu va putea participa la atelierul din 20.01.2020, fiind plecat in delegatie la Bucuresti. Va fi delegat in locul dansului domnul viceprimar Ioan Craciun, care va fi prezent la ora 10.';
    expect(fallback(mayor)).toBeNull();
    // A request, like a question, is for a person (set 45: an unsubscribe request read as a model no).
    expect(fallback('Va rog sa ma scoateti de pe lista de distributie.')).toBeNull();
    // An attached letter holds the answer (set 148: a rectorate's cover note read as a model yes).
    const letter = 'Stimată doamnă,\n\nVă transmitem, alăturat, adresa nr. 1127/12.01.2021 a Rectoratului Universității de Vest din Timișoara privind participarea la atelierul din 17.01.2021.';
    expect(fallback(letter)).toBeNull();
  });

  it('needs each word it knows to lean its way, not only a near-certain total (set 74: a long yes read as no from weak words)', () => {
    // Forty words each a little likelier in a no (14 against 10 replies); the other labels'
    // word totals balanced, so each word adds ~0.32 nats: near-certain over forty, weak one by one.
    const words = Array.from({ length: 40 }, (_, index) => `w${String.fromCharCode(97 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`);
    const features = [...words.map((word) => `${word}:10,14,0,0`), 'strongone:200,1,0,0', 'strongtwo:200,1,0,0', 'strongthree:200,1,0,0', 'balanceno:0,437,0,0', 'balancemaybe:0,0,1000,0', 'balanceunknown:0,0,0,1000'];
    const model = unpackModel({ documents: [20, 20, 20, 20], features: features.sort().join(';') });
    const weak = words.join(' ');
    const verdict = classifyWithModel(model, weak);
    expect(verdict.intent).toBe('no');
    expect(verdict.probability).toBeGreaterThan(0.99999);
    expect(verdict.strength).toBeLessThan(0.6);
    expect(modelFallback(unknown, weak, analyzeText(weak), model)).toBeNull();
    // The same model answers for a reply whose words lean hard: the guard is what stopped the weak one.
    const strong = 'strongone strongtwo strongthree';
    expect(classifyWithModel(model, strong).strength).toBeGreaterThan(0.6);
    expect(modelFallback(unknown, strong, analyzeText(strong), model)).toMatchObject({ intent: 'yes' });
  });
});

describe('intent model: the committed model is the one the corpus trains', () => {
  it('model.generated.ts equals a fresh training (run `npm run train-model` after changing the corpus)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const sets = await corpusTrainingSets(path.join(root, 'tests/fixtures/replies-corpus'));
    const all = sets.flatMap((set) => set.replies);
    const committed = readFileSync(path.join(root, 'shared/understanding/intent-model/model.generated.ts'), 'utf8');
    expect(committed).toBe(generatedModelSource(trainModel(all), all.length, sets.length));
  }, 120_000);
});
