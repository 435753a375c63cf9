// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A web search the agent ran. */
export type WebSearchItem = {
  /** Item id. */
  id: string;
  /** The search query. */
  query: string;
};
