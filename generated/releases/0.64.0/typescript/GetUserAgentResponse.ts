// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `getUserAgent`. */
export type GetUserAgentResponse = {
  /** User agent string the server uses for its own HTTP requests. */
  userAgent: string;
};
