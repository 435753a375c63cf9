// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How much search context the web search tool gives the model. */
export type WebSearchContextSize = "low" | "medium" | "high";
