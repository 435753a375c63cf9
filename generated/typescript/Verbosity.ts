// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Requested verbosity of model output. */
export type Verbosity = "low" | "medium" | "high";
