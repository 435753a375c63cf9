// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Outcome of a config write: `okOverridden` means the value was saved but a higher-precedence layer still decides the effective value. */
export type WriteStatus = "ok" | "okOverridden";
