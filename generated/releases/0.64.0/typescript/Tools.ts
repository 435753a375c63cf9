// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Optional tools switched on or off in the user's configuration; null means not set. */
export type Tools = {
  /** Whether the web search tool is enabled. */
  webSearch?: boolean | null;
  /** Whether the image viewing tool is enabled. */
  viewImage?: boolean | null;
};
