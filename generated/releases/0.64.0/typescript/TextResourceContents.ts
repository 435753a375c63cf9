// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Contents of an MCP resource as text. */
export type TextResourceContents = {
  /** URI of the resource. */
  uri: string;
  /** The resource as text. */
  text: string;
  mimeType?: string | null;
};
