// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `setDefaultModel` (empty). */
export type SetDefaultModelResponse = Record<string, never>;
