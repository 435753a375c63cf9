// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewFinding } from "./ReviewFinding.js";

/** Structured result of a code review: the findings and an overall verdict. */
export type ReviewOutputEvent = {
  findings: Array<ReviewFinding>;
  /** Overall verdict on the change, as free text. */
  overall_correctness: string;
  /** Reasoning behind the overall verdict. */
  overall_explanation: string;
  /** How sure the reviewer is of the verdict, from 0 to 1. */
  overall_confidence_score: number;
};
