// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Hints an MCP server gives about a tool's behaviour. They are advisory and not guaranteed. */
export type ToolAnnotations = {
  /** Human-readable tool name. */
  title?: string | null;
  /** The tool may make destructive changes. */
  destructiveHint?: boolean | null;
  /** Calling the tool again with the same arguments has no further effect. */
  idempotentHint?: boolean | null;
  /** The tool interacts with external entities (e.g. the web). */
  openWorldHint?: boolean | null;
  /** The tool does not modify its environment. */
  readOnlyHint?: boolean | null;
};
