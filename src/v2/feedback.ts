/** v2 `feedback/upload`: sends user feedback, optionally with logs, about a conversation. */
import { array, bool, def, map, maybe, object, optional, ref, since, str } from '../schema.js';
import { ConversationId } from '../core/common.js';

export const FeedbackUploadParams = def(
  'v2',
  'FeedbackUploadParams',
  'Params of `feedback/upload`. Note the field is `conversationId` here while the response says `threadId`.',
  {
    '0.64.0': object({
      classification: str('Kind of feedback, such as a bug report or a good or bad result.'),
      reason: maybe(str('Free-form text from the user.')),
      conversationId: maybe(ref(ConversationId, 'Thread the feedback is about, if any.')),
      includeLogs: bool('Whether to attach the server logs to the upload.'),
    }),
    '0.171.0': {
      description:
        'Params of `feedback/upload`. The thread is named by `threadId` (no longer `conversationId`), and `includeLogs` may be left out, which attaches no logs.',
      schema: object({
        classification: str('Kind of feedback, such as a bug report or a good or bad result.'),
        reason: maybe(str('Free-form text from the user.')),
        threadId: maybe(str('Thread the feedback is about, if any.')),
        includeLogs: optional(bool('Whether to attach the server logs to the upload. Defaults to false.')),
        extraLogFiles: maybe(array(str(), 'Paths of further log files to attach.')),
        tags: maybe(map(str(), 'Extra labels for the upload, by name.')),
      }),
    },
  },
);

export const FeedbackUploadResponse = def(
  'v2',
  'FeedbackUploadResponse',
  'Result of `feedback/upload`.',
  object({
    threadId: str('Identifier under which the feedback was recorded.'),
    promptHash: since(
      '0.171.0',
      maybe(
        str(
          "SHA-256 of the session's base instructions with whitespace normalised (the upload's `prompt_hash` tag; later developer messages are not included); null when the thread has no prompt metadata.",
        ),
      ),
    ),
  }),
);
