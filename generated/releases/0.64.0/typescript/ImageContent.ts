// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";

/** MCP image content, carried inline. */
export type ImageContent = {
  /** Content kind; `image` for this type. */
  type: string;
  /** Image bytes, base64-encoded. */
  data: string;
  /** MIME type of the image, e.g. `image/png`. */
  mimeType: string;
  annotations?: Annotations | null;
};
