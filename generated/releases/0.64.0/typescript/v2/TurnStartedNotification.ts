// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Turn } from "./Turn.js";

/** Params of `turn/started`: the agent began working on a turn. */
export type TurnStartedNotification = {
  threadId: string;
  turn: Turn;
};
