// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `cancelLoginChatGpt` (empty). */
export type CancelLoginChatGptResponse = Record<string, never>;
