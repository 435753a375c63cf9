// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A web search finished (`web_search_end`). */
export type WebSearchEndEvent = {
  /** Id pairing the begin and end events of this search. */
  call_id: string;
  /** The query that was searched. */
  query: string;
};
