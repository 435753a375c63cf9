// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `account/login/cancel`: an empty object. */
export type CancelLoginAccountResponse = Record<string, never>;
