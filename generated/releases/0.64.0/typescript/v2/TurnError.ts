// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CodexErrorInfo } from "./CodexErrorInfo.js";

/** An error that failed a turn, or a transient error reported through the `error` notification while the server retries. */
export type TurnError = {
  /** Human-readable error message. */
  message: string;
  codexErrorInfo?: CodexErrorInfo | null;
};
