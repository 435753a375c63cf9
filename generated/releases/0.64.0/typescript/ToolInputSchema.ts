// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "./JsonValue.js";

/** JSON Schema (an object schema) for the arguments an MCP tool accepts. */
export type ToolInputSchema = {
  /** JSON Schema type; defaults to `object`. */
  type?: string;
  /** JSON Schema `properties` map. */
  properties?: JsonValue;
  /** Names of required properties. */
  required?: Array<string> | null;
};
