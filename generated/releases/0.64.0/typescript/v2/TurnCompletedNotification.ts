// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Turn } from "./Turn.js";

/** Params of `turn/completed`: a turn ended; its `status` says whether it completed, was interrupted or failed. */
export type TurnCompletedNotification = {
  threadId: string;
  turn: Turn;
};
