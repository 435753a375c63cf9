// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `loginApiKey` (empty). */
export type LoginApiKeyResponse = Record<string, never>;
