// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NonSteerableTurnKind } from "./NonSteerableTurnKind.js";

/** Machine-readable classification of a turn error. Externally tagged: simple kinds are bare strings; HTTP-related kinds are single-key objects carrying the provider's status code, and `activeTurnNotSteerable` names the kind of turn that refused more input. */
export type CodexErrorInfo =
  | "contextWindowExceeded"
  | "sessionBudgetExceeded"
  | "usageLimitExceeded"
  | "rateLimitExceeded"
  | "flexUnavailable"
  | "serverOverloaded"
  | "modelNotFound"
  | "policyCapacityUnavailable"
  | "inferenceHookDenied"
  | "cyberPolicy"
  | "bioPolicy"
  | "misalignmentPolicyViolation"
  | "tooManyDenials"
  | "internalServerError"
  | "unauthorized"
  | "badRequest"
  | "threadRollbackFailed"
  | "sandboxError"
  | "other"
  | {
      httpConnectionFailed: {
        /** HTTP status returned by the model provider, when there was one. */
        httpStatusCode?: number | null;
      };
    }
  | {
      responseStreamConnectionFailed: {
        /** HTTP status returned by the model provider, when there was one. */
        httpStatusCode?: number | null;
      };
    }
  | {
      responseStreamDisconnected: {
        /** HTTP status returned by the model provider, when there was one. */
        httpStatusCode?: number | null;
      };
    }
  | {
      responseTooManyFailedAttempts: {
        /** HTTP status returned by the model provider, when there was one. */
        httpStatusCode?: number | null;
      };
    }
  | {
      /** Input was sent while a turn that takes none was running. */
      activeTurnNotSteerable: {
        turnKind: NonSteerableTurnKind;
      };
    };
