// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CodexErrorInfo } from "./CodexErrorInfo.js";

/** A transient streaming failure that the server is retrying (`stream_error`), e.g. "Reconnecting... 1/5". */
export type StreamErrorEvent = {
  /** Human-readable description, including the retry progress. */
  message: string;
  /** Machine-readable error category (v1 snake_case form); null when unclassified. */
  codex_error_info?: CodexErrorInfo | null;
};
