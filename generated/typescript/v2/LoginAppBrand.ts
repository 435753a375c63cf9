// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which product the ChatGPT sign-in pages present themselves as. */
export type LoginAppBrand = "codex" | "chatgpt";
