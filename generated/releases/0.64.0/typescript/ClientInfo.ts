// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Identifies the client application in `initialize`; used to build the user agent. */
export type ClientInfo = {
  /** Client name, e.g. the IDE extension id. */
  name: string;
  /** Human-readable client name. */
  title?: string | null;
  /** Client version. */
  version: string;
};
