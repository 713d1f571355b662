import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understand } from '../../shared/understanding/understand';

// Inputs that once crashed the reader (found by the fuzz test); each must now get an answer.
describe('regressions from fuzzing', () => {
  it('reads a message truncated right after an empty Content-Type header', async () => {
    const u = await understand(readFileSync('tests/fixtures/regressions/empty-content-type-truncated.eml'));
    expect(['reply', 'auto', 'bounce', 'calendar']).toContain(u.kind);
  });

  // h478_052: a Content-Type parameter written on the Content-Transfer-Encoding field left the body undecoded ("Bun=E3 ziua").
  it('decodes a quoted-printable body whose Content-Transfer-Encoding carries a parameter', async () => {
    const u = await understand(readFileSync('tests/fixtures/regressions/transfer-encoding-with-parameters.eml'));
    expect(u.text).toContain('Aș dori să prezint pe scurt');
    expect(u.intent).toBe('yes');
    expect(u.speaker).toBe(true);
  });
});
