// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { MisalignmentSteer } from "./MisalignmentSteer.js";

/** What a client may show when a misalignment check stopped a turn, and how the user may continue. */
export type MisalignmentErrorDetails = {
  /** Category of the block, an open set of strings. */
  errorType?: string | null;
  /** Explanation for the user; continuing is only offered when there is one. */
  detailedExplanation?: string | null;
  steer?: MisalignmentSteer | null;
  /** Opaque identifier of what was blocked, as the server issued it. */
  reviewTarget?: string | null;
};
