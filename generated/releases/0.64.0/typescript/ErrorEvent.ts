// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CodexErrorInfo } from "./CodexErrorInfo.js";

/** A turn failed with an error (`error`). */
export type ErrorEvent = {
  /** Human-readable error text. */
  message: string;
  /** Machine-readable error category (v1 snake_case form); null when unclassified. */
  codex_error_info?: CodexErrorInfo | null;
};
