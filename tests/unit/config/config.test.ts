import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config';
import { ConfigError } from '../../../shared/errors';

describe('config', () => {
  it('has working defaults for the local stack', () => {
    expect(loadConfig({})).toMatchObject({ RSVP_MODE: 'local', RSVP_SMTP_PORT: 2525, RSVP_DYNAMODB_PORT: 8000, RSVP_DATA_DIR: '.data', RSVP_ACK_LIMIT_PER_HOUR: 5 });
  });
  it('fails fast naming the bad key', () => {
    expect(() => loadConfig({ RSVP_SMTP_PORT: 'twenty' })).toThrow(ConfigError);
    expect(() => loadConfig({ RSVP_SMTP_PORT: 'twenty' })).toThrow(/RSVP_SMTP_PORT/);
    expect(() => loadConfig({ RSVP_CLOCK: 'yesterday' })).toThrow(/RSVP_CLOCK/);
  });
});
