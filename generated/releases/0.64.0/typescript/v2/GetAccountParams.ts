// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `account/read`. */
export type GetAccountParams = {
  /** When true, refresh the ChatGPT access token before answering. Defaults to false. */
  refreshToken?: boolean;
};
