// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";
import type { EmbeddedResourceResource } from "./EmbeddedResourceResource.js";

/** One item of MCP tool output or resource content, told apart by its `type` string: `text`, `image`, `audio`, `resource_link` or `resource`. Upstream leaves `type` as an unconstrained string; these are the values the MCP specification defines. */
export type ContentBlock =
  | {
      /** MCP text content. */
      type: "text";
      text: string;
      annotations?: Annotations | null;
    }
  | {
      /** MCP image content, carried inline. */
      type: "image";
      /** Image bytes, base64-encoded. */
      data: string;
      /** MIME type of the image, e.g. `image/png`. */
      mimeType: string;
      annotations?: Annotations | null;
    }
  | {
      /** MCP audio content, carried inline. Same fields as ImageContent; only `type` tells them apart. */
      type: "audio";
      /** Audio bytes, base64-encoded. */
      data: string;
      /** MIME type of the audio, e.g. `audio/wav`. */
      mimeType: string;
      annotations?: Annotations | null;
    }
  | {
      /** A reference to an MCP resource that the client may fetch, without its contents. */
      type: "resource_link";
      /** URI of the resource. */
      uri: string;
      /** Programmatic name of the resource. */
      name: string;
      /** Human-readable name. */
      title?: string | null;
      description?: string | null;
      mimeType?: string | null;
      /** Size in bytes. A 64-bit integer on the server, sent as a plain JSON number. */
      size?: number | null;
      annotations?: Annotations | null;
    }
  | {
      /** An MCP resource whose contents are included inline. */
      type: "resource";
      resource: EmbeddedResourceResource;
      annotations?: Annotations | null;
    };
