// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Role } from "./Role.js";

/** MCP hints about how a piece of content should be used or shown. */
export type Annotations = {
  /** Intended readers of the content. */
  audience?: Array<Role> | null;
  /** When the content was last changed (ISO 8601). */
  lastModified?: string | null;
  /** Importance from 0 (least) to 1 (most). */
  priority?: number | null;
};
