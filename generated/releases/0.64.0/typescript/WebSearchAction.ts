// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a `web_search_call` response item did, tagged on `type`. Absent fields are left out rather than sent as null. */
export type WebSearchAction =
  | {
      /** Ran a web search. */
      type: "search";
      /** Search query. */
      query?: string | null;
    }
  | {
      /** Opened a web page. */
      type: "open_page";
      /** Address of the page opened. */
      url?: string | null;
    }
  | {
      /** Searched for text within a page. */
      type: "find_in_page";
      /** Address of the page searched. */
      url?: string | null;
      /** Text looked for in the page. */
      pattern?: string | null;
    }
  | {
      /** Any other web search action. */
      type: "other";
    };
