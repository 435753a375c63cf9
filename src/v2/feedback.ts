/** v2 `feedback/upload`: sends user feedback, optionally with logs, about a conversation. */
import { bool, def, maybe, object, ref, str } from '../schema.js';
import { ConversationId } from '../v1/common.js';

export const FeedbackUploadParams = def(
  'v2',
  'FeedbackUploadParams',
  'Params of `feedback/upload`. Note the field is `conversationId` here while the response says `threadId`.',
  object({
    classification: str('Kind of feedback, such as a bug report or a good or bad result.'),
    reason: maybe(str('Free-form text from the user.')),
    conversationId: maybe(ref(ConversationId, 'Thread the feedback is about, if any.')),
    includeLogs: bool('Whether to attach the server logs to the upload.'),
  }),
);

export const FeedbackUploadResponse = def(
  'v2',
  'FeedbackUploadResponse',
  'Result of `feedback/upload`.',
  object({
    threadId: str('Identifier under which the feedback was recorded.'),
  }),
);
