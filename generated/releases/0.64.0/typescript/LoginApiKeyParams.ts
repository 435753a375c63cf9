// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `loginApiKey`: authenticate with an OpenAI API key. */
export type LoginApiKeyParams = {
  /** The API key to store. */
  apiKey: string;
};
