import type { AuthVerdicts } from '../understanding/types';

/** SES receipt verdicts (production) — see the Lambda event's `receipt` object. */
export interface SesVerdicts {
  spam: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | string;
  virus: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | string;
  spf: string;
  dkim: string;
  dmarc: string;
}

export type Authenticity = { verdict: 'pass' } | { verdict: 'unverified'; reason: string } | { verdict: 'reject'; reason: string };

/**
 * Decides whether to trust a message. Spam or virus FAIL: not processed (kept, audited).
 * DMARC FAIL, or SPF and DKIM both FAIL: unverified — recorded for review, no status
 * change and no acknowledgement (no backscatter to forged senders). Locally the verdicts
 * come from an Authentication-Results header when present, otherwise pass.
 */
export function judgeAuthenticity(ses: SesVerdicts | null, header: AuthVerdicts | null): Authenticity {
  if (ses) {
    if (ses.virus === 'FAIL') return { verdict: 'reject', reason: 'virus' };
    if (ses.spam === 'FAIL') return { verdict: 'reject', reason: 'spam' };
    if (ses.dmarc === 'FAIL') return { verdict: 'unverified', reason: 'DMARC failed' };
    if (ses.spf === 'FAIL' && ses.dkim === 'FAIL') return { verdict: 'unverified', reason: 'SPF and DKIM failed' };
    return { verdict: 'pass' };
  }
  if (header) {
    if (header.dmarc === 'fail') return { verdict: 'unverified', reason: 'DMARC failed' };
    if (header.spf === 'fail' && header.dkim === 'fail') return { verdict: 'unverified', reason: 'SPF and DKIM failed' };
  }
  return { verdict: 'pass' };
}
