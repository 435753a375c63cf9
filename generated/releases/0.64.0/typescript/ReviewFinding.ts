// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewCodeLocation } from "./ReviewCodeLocation.js";

/** One issue found by a code review. */
export type ReviewFinding = {
  /** Short summary of the issue. */
  title: string;
  /** Explanation of the issue. */
  body: string;
  /** How sure the reviewer is, from 0 to 1. */
  confidence_score: number;
  /** Priority of the finding, P0-P3 style: 0 is the most urgent. */
  priority: number;
  code_location: ReviewCodeLocation;
};
