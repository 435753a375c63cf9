// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Deprecated writing style of the agent. The setting is still saved, but `friendly` and `pragmatic` no longer change the style. */
export type Personality = "none" | "friendly" | "pragmatic";
