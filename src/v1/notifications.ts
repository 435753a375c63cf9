/** v1 server notifications (catalog §3a) other than the `codex/event/*` stream. */
import { array, bool, def, maybe, object, ref, str, uint64, usize } from '../schema.js';
import { AuthMode, ConversationId, ReasoningEffort } from '../core/common.js';
import { EventMsg } from './events/index.js';

export const AuthStatusChangeNotification = def(
  'root',
  'AuthStatusChangeNotification',
  "Params of `authStatusChange`: the server's sign-in state changed. Deprecated in favour of `account/updated`.",
  object({
    authMethod: maybe(ref(AuthMode, 'New sign-in method; null when signed out.')),
  }),
);

export const LoginChatGptCompleteNotification = def(
  'root',
  'LoginChatGptCompleteNotification',
  'Params of `loginChatGptComplete`: a ChatGPT sign-in flow ended. Deprecated in favour of `account/login/completed`.',
  object({
    loginId: str('Id returned by `loginChatGpt`.'),
    success: bool('Whether the sign-in succeeded.'),
    error: maybe(str('Failure description when it did not.')),
  }),
);

export const SessionConfiguredNotification = def(
  'root',
  'SessionConfiguredNotification',
  "Params of `sessionConfigured`: a conversation's session is set up (camelCase counterpart of the `session_configured` event).",
  object({
    sessionId: ref(ConversationId, 'Id of the conversation.'),
    model: str('Model slug in use.'),
    reasoningEffort: maybe(ref(ReasoningEffort)),
    historyLogId: uint64('Identifier of the message history log file.'),
    historyEntryCount: usize('Number of entries currently in the message history log.'),
    initialMessages: maybe(array(ref(EventMsg), 'Events replayed from a resumed rollout, oldest first.')),
    rolloutPath: str('Path of the rollout file recording this session.'),
  }),
);
