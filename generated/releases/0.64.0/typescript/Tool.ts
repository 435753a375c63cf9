// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ToolAnnotations } from "./ToolAnnotations.js";
import type { ToolInputSchema } from "./ToolInputSchema.js";
import type { ToolOutputSchema } from "./ToolOutputSchema.js";

/** A tool offered by an MCP server. */
export type Tool = {
  /** Name used to call the tool. */
  name: string;
  /** Human-readable name. */
  title?: string | null;
  description?: string | null;
  inputSchema: ToolInputSchema;
  outputSchema?: ToolOutputSchema | null;
  annotations?: ToolAnnotations | null;
};
