// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConfigEdit } from "./ConfigEdit.js";

/** Params of `config/batchWrite`: applies several edits to one config file together. */
export type ConfigBatchWriteParams = {
  /** Config file to edit; the user's `config.toml` when left out. */
  filePath?: string | null;
  /** Edits applied in order. */
  edits: Array<ConfigEdit>;
  /** When given, the write fails unless the file is still at this version. */
  expectedVersion?: string | null;
  /** When true, threads already loaded pick up the changed settings after the write (not the model, reasoning effort or service tier they started with). Defaults to false. */
  reloadUserConfig?: boolean;
};
