/**
 * Code review mode: the request that starts a review and the structured result
 * (catalog-v1 section 2g). Re-exported by `core.ts`; import them from there.
 */
import { array, def, double, int32, object, ref, str, uint32 } from '../schema.js';

export const ReviewRequest = def(
  'root',
  'ReviewRequest',
  'A request to review code; also the payload of the `entered_review_mode` event.',
  object({
    prompt: str('Instructions given to the reviewing model.'),
    user_facing_hint: str('Short description of the review shown to the user.'),
  }),
);

export const ReviewLineRange = def(
  'root',
  'ReviewLineRange',
  'A range of lines in a file; both ends are inclusive.',
  object({
    start: uint32('First line.'),
    end: uint32('Last line (inclusive).'),
  }),
);

export const ReviewCodeLocation = def(
  'root',
  'ReviewCodeLocation',
  'Where in the code a review finding applies.',
  object({
    absolute_file_path: str('Absolute path of the file.'),
    line_range: ref(ReviewLineRange),
  }),
);

export const ReviewFinding = def(
  'root',
  'ReviewFinding',
  'One issue found by a code review.',
  object({
    title: str('Short summary of the issue.'),
    body: str('Explanation of the issue.'),
    confidence_score: double('How sure the reviewer is, from 0 to 1.'),
    priority: int32('Priority of the finding, P0-P3 style: 0 is the most urgent.'),
    code_location: ref(ReviewCodeLocation),
  }),
);

export const ReviewOutputEvent = def(
  'root',
  'ReviewOutputEvent',
  'Structured result of a code review: the findings and an overall verdict.',
  object({
    findings: array(ref(ReviewFinding)),
    overall_correctness: str('Overall verdict on the change, as free text.'),
    overall_explanation: str('Reasoning behind the overall verdict.'),
    overall_confidence_score: double('How sure the reviewer is of the verdict, from 0 to 1.'),
  }),
);
