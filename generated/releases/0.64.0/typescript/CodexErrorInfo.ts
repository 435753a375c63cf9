// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Machine-readable classification of an error event (v1 snake_case form). Externally tagged: simple kinds are bare strings, HTTP-related kinds are single-key objects carrying the status code, e.g. `{"response_stream_disconnected":{"http_status_code":null}}`. */
export type CodexErrorInfo =
  | "context_window_exceeded"
  | "usage_limit_exceeded"
  | "internal_server_error"
  | "unauthorized"
  | "bad_request"
  | "sandbox_error"
  | "other"
  | {
      http_connection_failed: {
        /** HTTP status returned by the model provider, when there was one. */
        http_status_code?: number | null;
      };
    }
  | {
      response_stream_connection_failed: {
        /** HTTP status returned by the model provider, when there was one. */
        http_status_code?: number | null;
      };
    }
  | {
      response_stream_disconnected: {
        /** HTTP status returned by the model provider, when there was one. */
        http_status_code?: number | null;
      };
    }
  | {
      response_too_many_failed_attempts: {
        /** HTTP status returned by the model provider, when there was one. */
        http_status_code?: number | null;
      };
    };
