import type { Config } from '../config';
import type { Clock } from '../ports/clock';
import type { MailTransport } from '../ports/mailer';
import type { RawMailStore } from '../ports/raw-mail';
import type { Store } from '../ports/store';
import type { Logger } from './logger';

/** Everything a use case may need, wired for one environment (local or AWS). */
export interface Services {
  config: Config;
  clock: Clock;
  store: Store;
  transport: MailTransport;
  rawMail: RawMailStore;
  log: Logger;
  close(): Promise<void>;
}
