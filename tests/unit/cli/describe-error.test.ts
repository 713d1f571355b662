import { describe, expect, it } from 'vitest';
import { describeError } from '../../../bin/describe-error';
import { RsvpError } from '../../../shared/errors';

describe('CLI error lines', () => {
  it('say what happened in one line for expected and operating-system errors', () => {
    expect(describeError(new RsvpError('EVENT_NOT_FOUND', 'unknown event "x"'))).toBe('EVENT_NOT_FOUND: unknown event "x"');
    expect(describeError(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/nope.csv' }))).toBe('file not found: /nope.csv');
    expect(describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 2525 }))).toMatch(/^nothing is listening on 127\.0\.0\.1:2525: is `npm start` running\?/);
  });
  it('keeps the stack for the unexpected', () => {
    expect(describeError(new TypeError('boom'))).toMatch(/^TypeError: boom\n\s+at /);
  });
});
