// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AbsolutePathBuf } from "./AbsolutePathBuf.js";

/** A local image file that was read as input to an image generation. */
export type ImageGenerationInputImage = {
  /** Path of the file. */
  path: AbsolutePathBuf;
  /** SHA-256 of the bytes read, in lowercase hex. */
  sha256: string;
};
