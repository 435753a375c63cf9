// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConfigEdit } from "./ConfigEdit.js";

/** Params of `config/batchWrite`: applies several edits to one config file together. */
export type ConfigBatchWriteParams = {
  /** Config file to edit. */
  filePath: string;
  /** Edits applied in order. */
  edits: Array<ConfigEdit>;
  /** When given, the write fails unless the file is still at this version. */
  expectedVersion?: string | null;
};
