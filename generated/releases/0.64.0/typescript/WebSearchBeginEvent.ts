// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The agent started a web search (`web_search_begin`). */
export type WebSearchBeginEvent = {
  /** Id pairing the begin and end events of this search. */
  call_id: string;
};
