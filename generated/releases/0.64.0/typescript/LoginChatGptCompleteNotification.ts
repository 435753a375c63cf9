// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `loginChatGptComplete`: a ChatGPT sign-in flow ended. Deprecated in favour of `account/login/completed`. */
export type LoginChatGptCompleteNotification = {
  /** Id returned by `loginChatGpt`. */
  loginId: string;
  /** Whether the sign-in succeeded. */
  success: boolean;
  /** Failure description when it did not. */
  error?: string | null;
};
