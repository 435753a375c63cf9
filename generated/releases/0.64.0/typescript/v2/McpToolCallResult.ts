// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ContentBlock } from "../ContentBlock.js";
import type { JsonValue } from "../JsonValue.js";

/** Successful result of an MCP tool call. */
export type McpToolCallResult = {
  /** Content blocks returned by the tool. */
  content: Array<ContentBlock>;
  structuredContent?: JsonValue | null;
};
