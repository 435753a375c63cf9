// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CodexErrorInfo } from "./CodexErrorInfo.js";
import type { MisalignmentErrorDetails } from "./MisalignmentErrorDetails.js";

/** An error that failed a turn, or a transient error reported through the `error` notification while the server retries. */
export type TurnError = {
  /** Human-readable error message. */
  message: string;
  codexErrorInfo?: CodexErrorInfo | null;
  /** More about the error, for display, when the server has it. */
  additionalDetails?: string | null;
  /** Why a misalignment check blocked the turn and how to go on, when that is what happened. */
  misalignment?: MisalignmentErrorDetails | null;
};
