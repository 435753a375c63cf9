// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { MergeStrategy } from "./MergeStrategy.js";

/** Params of `config/value/write`: sets one value in a config file. */
export type ConfigValueWriteParams = {
  /** Config file to edit; the user's `config.toml` when left out. */
  filePath?: string | null;
  /** Dotted path of the setting to write, e.g. `model` or `profiles.work.model`. */
  keyPath: string;
  /** Value to store at the key path. */
  value: JsonValue;
  mergeStrategy: MergeStrategy;
  /** When given, the write fails unless the file is still at this version. */
  expectedVersion?: string | null;
};
