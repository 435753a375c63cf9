// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Free-form label of where a thread came from, for analytics (for example `user` or `subagent`). */
export type ThreadSource = string;
