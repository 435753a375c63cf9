// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why the image generation backend produced no image. `type` names the kind; the one kind so far is a reached usage limit. */
export type ImageGenerationFailure = {
  type: "usageLimitExceeded";
  /** Identifier of the usage limit that was reached. */
  limitId: string;
  /** When the limit resets (a Unix timestamp), when reported. */
  resetsAt?: number | null;
};
