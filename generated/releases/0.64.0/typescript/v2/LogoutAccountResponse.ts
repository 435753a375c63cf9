// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `account/logout`: an empty object. An `account/updated` notification with a null `authMode` follows. */
export type LogoutAccountResponse = Record<string, never>;
