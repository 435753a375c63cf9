// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The working directories a thread listing keeps: one path, or a list of paths (a thread matches when its working directory equals one of them exactly). */
export type ThreadListCwdFilter = string | Array<string>;
