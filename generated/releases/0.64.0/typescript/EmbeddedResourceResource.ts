// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Contents of an embedded MCP resource: text (`TextResourceContents`) or binary (`BlobResourceContents`). Untagged: the `text` or `blob` key tells which. */
export type EmbeddedResourceResource =
  | {
      /**
       * Text contents (same shape as TextResourceContents).
       *
       * URI of the resource.
       */
      uri: string;
      /** The resource as text. */
      text: string;
      mimeType?: string | null;
    }
  | {
      /**
       * Binary contents (same shape as BlobResourceContents).
       *
       * URI of the resource.
       */
      uri: string;
      /** The resource bytes, base64-encoded. */
      blob: string;
      mimeType?: string | null;
    };
