import type { Store } from '../../ports/store';
import { adminRepo } from './admin-repo';
import { batchRepo } from './batch-repo';
import { digestRepo } from './digest-repo';
import { eventGuestRepo } from './event-guest-repo';
import { messageRepo } from './message-repo';
import { outboundRepo } from './outbound-repo';
import { replyRepo } from './reply-repo';
import { tokenRepo } from './token-repo';
import type { DynamoContext } from './table';

/** The Store port on one DynamoDB table. */
export function createDynamoStore(ctx: DynamoContext): Store {
  return { ...eventGuestRepo(ctx), ...replyRepo(ctx), ...messageRepo(ctx), ...outboundRepo(ctx), ...tokenRepo(ctx), ...batchRepo(ctx), ...digestRepo(ctx), ...adminRepo(ctx) };
}
