import type { Services } from '../app/services';
import { cachedEvents } from './event-catalog';
import type { InboundDeps } from './inbound-types';

/** Lambda's timeout is 60 s: a claim older than this is a crashed attempt. */
const LEASE_MS = 90_000;

/** Inbound dependencies from the environment's services (same wiring in Lambda and locally). */
export function inboundDeps(services: Services): InboundDeps {
  return {
    store: services.store,
    transport: services.transport,
    rawMail: services.rawMail,
    clock: services.clock,
    log: services.log,
    events: cachedEvents(services.store),
    settings: { maxMessageBytes: services.config.RSVP_MAX_MESSAGE_BYTES, ackLimitPerHour: services.config.RSVP_ACK_LIMIT_PER_HOUR, leaseMs: LEASE_MS },
  };
}
