/**
 * Every module that declares protocol types (the message unions are made per release, in
 * src/messages.ts). src/protocol.ts collects the definitions exported from these modules; a test
 * fails when a file under src/ is missing here.
 */
import * as jsonrpc from './jsonrpc.js';
import * as registry from './registry.js';
import * as v1Account from './v1/account.js';
import * as v1Approvals from './v1/approvals.js';
import * as coreCommon from './core/common.js';
import * as v1Conversation from './v1/conversation.js';
import * as v1Core from './v1/core.js';
import * as v1EventErrors from './v1/events/errors.js';
import * as v1EventExec from './v1/events/exec.js';
import * as v1Events from './v1/events/index.js';
import * as v1EventItems from './v1/events/items.js';
import * as v1EventLifecycle from './v1/events/lifecycle.js';
import * as v1EventMcp from './v1/events/mcp.js';
import * as v1EventMessages from './v1/events/messages.js';
import * as v1EventMisc from './v1/events/misc.js';
import * as v1EventPatch from './v1/events/patch.js';
import * as v1Exec from './v1/exec.js';
import * as v1Items from './v1/items.js';
import * as coreMcp from './core/mcp.js';
import * as v1Misc from './v1/misc.js';
import * as v1Notifications from './v1/notifications.js';
import * as coreResponseItem from './core/response-item.js';
import * as v1Review from './v1/review.js';
import * as v1Session from './v1/session.js';
import * as v1Tokens from './v1/tokens.js';
import * as v2Account from './v2/account.js';
import * as v2Tools from './v2/tools.js';
import * as v2RateLimits from './v2/rate-limits.js';
import * as v2ConfigTools from './v2/config-tools.js';
import * as v2Collab from './v2/collab.js';
import * as v2AgentMessage from './v2/agent-message.js';
import * as v2Approvals from './v2/approvals.js';
import * as v2Common from './v2/common.js';
import * as v2Config from './v2/config.js';
import * as v2Feedback from './v2/feedback.js';
import * as v2Items from './v2/items.js';
import * as v2ItemsParts from './v2/items-parts.js';
import * as v2Model from './v2/model.js';
import * as v2Notices from './v2/notices.js';
import * as v2NotificationsItems from './v2/notifications-items.js';
import * as v2Notifications from './v2/notifications.js';
import * as v2Review from './v2/review.js';
import * as v2Thread from './v2/thread.js';
import * as v2ThreadList from './v2/thread-list.js';
import * as v2Turn from './v2/turn.js';

export const definitionModules: readonly Record<string, unknown>[] = [
  jsonrpc,
  registry,
  v1Account,
  v1Approvals,
  coreCommon,
  v1Conversation,
  v1Core,
  v1EventErrors,
  v1EventExec,
  v1Events,
  v1EventItems,
  v1EventLifecycle,
  v1EventMcp,
  v1EventMessages,
  v1EventMisc,
  v1EventPatch,
  v1Exec,
  v1Items,
  coreMcp,
  v1Misc,
  v1Notifications,
  coreResponseItem,
  v1Review,
  v1Session,
  v1Tokens,
  v2Account,
  v2Tools,
  v2RateLimits,
  v2ConfigTools,
  v2Collab,
  v2AgentMessage,
  v2Approvals,
  v2Common,
  v2Config,
  v2Feedback,
  v2Items,
  v2ItemsParts,
  v2Model,
  v2Notices,
  v2NotificationsItems,
  v2Notifications,
  v2Review,
  v2Thread,
  v2ThreadList,
  v2Turn,
];
