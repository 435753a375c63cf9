// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";

/** MCP text content. */
export type TextContent = {
  /** Content kind; `text` for this type. */
  type: string;
  text: string;
  annotations?: Annotations | null;
};
