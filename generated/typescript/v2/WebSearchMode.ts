// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Whether and how the model may search the web: not at all, from a cache, from an index, or live. */
export type WebSearchMode = "disabled" | "cached" | "indexed" | "live";
