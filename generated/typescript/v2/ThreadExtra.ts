// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Extra data attached to a thread, as a JSON object whose keys the protocol does not fix. */
export type ThreadExtra = { [key: string]: unknown };
