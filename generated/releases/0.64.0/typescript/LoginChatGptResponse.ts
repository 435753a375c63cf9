// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `loginChatGpt`: a browser sign-in flow was started; completion is reported by `loginChatGptComplete`. */
export type LoginChatGptResponse = {
  /** Id of this login attempt, for cancelling it or matching the completion. */
  loginId: string;
  /** URL the user opens to sign in. */
  authUrl: string;
};
