// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewDelivery } from "./ReviewDelivery.js";
import type { ReviewTarget } from "./ReviewTarget.js";

/** Params of `review/start`. */
export type ReviewStartParams = {
  /** Thread the review is requested from. */
  threadId: string;
  target: ReviewTarget;
  /** Where to run the review; omitted or null means `inline`. */
  delivery?: ReviewDelivery | null;
};
