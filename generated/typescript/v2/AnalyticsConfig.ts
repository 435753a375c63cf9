// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The `analytics` table: whether usage analytics are sent. */
export type AnalyticsConfig = {
  /** Whether analytics are on; null when the file does not say. */
  enabled?: boolean | null;
};
