// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Startup state of one MCP server, tagged on `state` (not `type`). */
export type McpStartupStatus =
  | {
      /** The server is being launched. */
      state: "starting";
    }
  | {
      /** The server started and its tools are available. */
      state: "ready";
    }
  | {
      /** The server could not be started. */
      state: "failed";
      /** Why startup failed. */
      error: string;
    }
  | {
      /** Startup was cancelled. */
      state: "cancelled";
    };
