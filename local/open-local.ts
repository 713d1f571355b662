import { loadConfig, type Config } from '../shared/config';
import { createLocalServices, localPaths } from '../shared/app/local-services';
import type { Services } from '../shared/app/services';
import { isDynamoUp, startDynalite } from './dynamo-local';

/**
 * Local services for the CLI: use the running stack's DynamoDB if `npm start` is up,
 * otherwise open the data folder's LevelDB directly on an ephemeral port.
 */
export async function openLocalServices(config: Config = loadConfig()): Promise<Services> {
  const endpoint = config.RSVP_DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${config.RSVP_DYNAMODB_PORT}`;
  if (config.RSVP_DYNAMODB_ENDPOINT || (await isDynamoUp(endpoint))) return createLocalServices(config, endpoint);
  const own = await startDynalite(localPaths(config).dynamodb, 0);
  return createLocalServices(config, own.endpoint, { onClose: own.close });
}
