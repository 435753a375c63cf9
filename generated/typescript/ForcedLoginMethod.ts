// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Login method an administrator has restricted Codex to: ChatGPT sign-in or an API key. */
export type ForcedLoginMethod = "chatgpt" | "api";
