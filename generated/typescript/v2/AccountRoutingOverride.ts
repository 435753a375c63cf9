// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where the backend must keep a workspace's requests: no constraint, the United States, or the United States with stricter controls (`us_cr`); spelled as the backend spells them. */
export type AccountRoutingOverride = "NO_CONSTRAINT" | "us" | "us_cr";
