// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** An absolute, normalized file system path on the machine running the server (not necessarily existing, not resolved through symbolic links). */
export type AbsolutePathBuf = string;
