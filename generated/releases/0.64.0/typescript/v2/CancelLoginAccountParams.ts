// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `account/login/cancel`. */
export type CancelLoginAccountParams = {
  /** The `loginId` returned by `account/login/start`. */
  loginId: string;
};
