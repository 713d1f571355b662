import { loadConfig, type Config } from '../shared/config';
import { createLocalServices, localPaths } from '../shared/app/local-services';
import type { Services } from '../shared/app/services';
import { isDynamoUp, startDynalite } from './dynamo-local';
import { runningStackClock } from './stack-clock';

/**
 * Local services for the CLI: use the running stack's DynamoDB if `npm start` is up,
 * otherwise open the data folder's LevelDB directly on an ephemeral port.
 */
export async function openLocalServices(config: Config = loadConfig()): Promise<Services> {
  const endpoint = config.RSVP_DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${config.RSVP_DYNAMODB_PORT}`;
  if (config.RSVP_DYNAMODB_ENDPOINT || (await isDynamoUp(endpoint))) {
    // Talking to the running stack: act at its time unless RSVP_CLOCK says otherwise.
    const clock = config.RSVP_CLOCK ? null : await runningStackClock(config.RSVP_DATA_DIR);
    return createLocalServices(config, endpoint, clock ? { clock } : {});
  }
  const own = await startDynalite(localPaths(config).dynamodb, 0);
  return createLocalServices(config, own.endpoint, { onClose: own.close });
}
