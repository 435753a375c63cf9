// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Machine-readable classification of a turn error. Externally tagged: simple kinds are bare strings, HTTP-related kinds are single-key objects carrying the status code. v1 uses the same kinds in snake_case. */
export type CodexErrorInfo =
  | "contextWindowExceeded"
  | "usageLimitExceeded"
  | "internalServerError"
  | "unauthorized"
  | "badRequest"
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
    };
