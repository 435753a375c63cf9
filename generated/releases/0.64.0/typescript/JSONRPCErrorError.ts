// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The error object of a failed request. */
export type JSONRPCErrorError = {
  /** Error code. The app-server answers unknown methods and malformed params with -32600. */
  code: number;
  /** Short human-readable description. */
  message: string;
  /** Additional structured information about the error. */
  data?: unknown;
};
