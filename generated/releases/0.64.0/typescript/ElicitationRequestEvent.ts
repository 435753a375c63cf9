// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RequestId } from "./RequestId.js";

/** An MCP server asks the user for input (`elicitation_request`). */
export type ElicitationRequestEvent = {
  /** Name of the MCP server asking. */
  server_name: string;
  /** The MCP server's id for the elicitation request. */
  id: RequestId;
  /** Prompt to show the user. */
  message: string;
};
