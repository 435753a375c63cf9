// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Contents of an MCP resource as binary data. */
export type BlobResourceContents = {
  /** URI of the resource. */
  uri: string;
  /** The resource bytes, base64-encoded. */
  blob: string;
  mimeType?: string | null;
};
