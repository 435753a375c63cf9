// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Turn } from "./Turn.js";

/** Result of `review/start`: the turn that performs the review. */
export type ReviewStartResponse = {
  turn: Turn;
  /** Thread in which the review runs: the requesting thread for inline delivery, a new one when detached. */
  reviewThreadId: string;
};
