// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `account/login/start`: which sign-in method to use, tagged on `type`. */
export type LoginAccountParams =
  | {
      /** Sign in with an API key; completes immediately. */
      type: "apiKey";
      /** The OpenAI API key to store and use. */
      apiKey: string;
    }
  | {
      /** Start the browser-based ChatGPT sign-in flow. */
      type: "chatgpt";
    };
