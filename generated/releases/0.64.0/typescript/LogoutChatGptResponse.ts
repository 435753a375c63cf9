// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `logoutChatGpt` (empty). */
export type LogoutChatGptResponse = Record<string, never>;
