// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a web search item did, tagged on `type` with camelCase values. The model transcript (`ResponseItem`) spells the same actions in snake_case. */
export type WebSearchAction =
  | {
      /** Ran a web search. */
      type: "search";
      /** The search query, when known. */
      query?: string | null;
      /** Every query of a search that ran several at once. */
      queries?: Array<string> | null;
    }
  | {
      /** Opened a web page. */
      type: "openPage";
      /** Address of the page opened. */
      url?: string | null;
    }
  | {
      /** Searched for text within a page. */
      type: "findInPage";
      /** Address of the page searched. */
      url?: string | null;
      /** Text looked for in the page. */
      pattern?: string | null;
    }
  | {
      /** Any other web search action. */
      type: "other";
    };
