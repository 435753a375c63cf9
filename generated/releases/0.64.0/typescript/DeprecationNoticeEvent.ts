// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Tells the user that a feature or setting they use is deprecated (`deprecation_notice`). */
export type DeprecationNoticeEvent = {
  /** One-line summary of the deprecation. */
  summary: string;
  /** Longer explanation or migration hint. */
  details?: string | null;
};
