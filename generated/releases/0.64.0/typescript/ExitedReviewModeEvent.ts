// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewOutputEvent } from "./ReviewOutputEvent.js";

/** The conversation left review mode (`exited_review_mode`). */
export type ExitedReviewModeEvent = {
  /** The review result; null when the review produced none (e.g. it was interrupted). */
  review_output?: ReviewOutputEvent | null;
};
