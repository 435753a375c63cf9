// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which output stream of a running command a chunk came from. */
export type ExecOutputStream = "stdout" | "stderr";
