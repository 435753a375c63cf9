// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AbsolutePathBuf } from "./v2/AbsolutePathBuf.js";

/** Result of `initialize`. */
export type InitializeResponse = {
  /** User agent string the server uses for its own HTTP requests. */
  userAgent: string;
  /** The server's `CODEX_HOME` folder, as an absolute path. */
  codexHome: AbsolutePathBuf;
  /** Platform family the server was built for, such as `unix` or `windows`. */
  platformFamily: string;
  /** Operating system the server was built for, such as `linux`, `macos` or `windows`. */
  platformOs: string;
};
