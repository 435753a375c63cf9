// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Approximate user location the web search tool uses to localise results. */
export type WebSearchLocation = {
  city?: string | null;
  /** Country, as a two-letter code. */
  country?: string | null;
  region?: string | null;
  /** IANA time zone name, such as `Europe/Paris`. */
  timezone?: string | null;
};
