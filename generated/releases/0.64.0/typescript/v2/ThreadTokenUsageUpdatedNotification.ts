// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadTokenUsage } from "./ThreadTokenUsage.js";

/** Params of `thread/tokenUsage/updated`: new token counts after a model call. */
export type ThreadTokenUsageUpdatedNotification = {
  threadId: string;
  turnId: string;
  tokenUsage: ThreadTokenUsage;
};
