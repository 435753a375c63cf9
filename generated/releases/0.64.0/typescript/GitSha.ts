// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A git commit hash as a hex string. */
export type GitSha = string;
