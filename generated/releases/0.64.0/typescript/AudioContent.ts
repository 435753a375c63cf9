// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";

/** MCP audio content, carried inline. Same fields as ImageContent; only `type` tells them apart. */
export type AudioContent = {
  /** Content kind; `audio` for this type. */
  type: string;
  /** Audio bytes, base64-encoded. */
  data: string;
  /** MIME type of the audio, e.g. `audio/wav`. */
  mimeType: string;
  annotations?: Annotations | null;
};
