// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `getAuthStatus`. */
export type GetAuthStatusParams = {
  /** Whether to return the current auth token. */
  includeToken?: boolean | null;
  /** Whether to refresh the token before answering. */
  refreshToken?: boolean | null;
};
