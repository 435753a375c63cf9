// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A request to review code; also the payload of the `entered_review_mode` event. */
export type ReviewRequest = {
  /** Instructions given to the reviewing model. */
  prompt: string;
  /** Short description of the review shown to the user. */
  user_facing_hint: string;
};
