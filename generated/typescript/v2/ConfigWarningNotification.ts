// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TextRange } from "./TextRange.js";

/** Params of `configWarning`: something in the configuration or the environment needs the user's attention; the server carries on. */
export type ConfigWarningNotification = {
  /** The warning in one sentence. */
  summary: string;
  /** More detail or guidance, when there is any. */
  details?: string | null;
  /** The config file the warning is about, when it is about one. */
  path?: string | null;
  /** Where in that file the problem is, when known. */
  range?: TextRange | null;
};
