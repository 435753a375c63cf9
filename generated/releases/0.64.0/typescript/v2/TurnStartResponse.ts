// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Turn } from "./Turn.js";

/** Result of `turn/start`: the newly started turn. Its progress arrives through `turn/*` and `item/*` notifications. */
export type TurnStartResponse = {
  turn: Turn;
};
