// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which multi-agent runtime a model supports, if any. */
export type MultiAgentVersion = "disabled" | "v1" | "v2";
