// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `cancelLoginChatGpt`: abort a pending ChatGPT sign-in. */
export type CancelLoginChatGptParams = {
  /** Id returned by `loginChatGpt`. */
  loginId: string;
};
