// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How the server is authenticated with OpenAI: an API key or a ChatGPT sign-in. Note the lower-case `apikey`. */
export type AuthMode = "apikey" | "chatgpt";
