// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { MergeStrategy } from "./MergeStrategy.js";

/** One edit inside a `config/batchWrite` request. */
export type ConfigEdit = {
  /** Dotted path of the setting to write. */
  keyPath: string;
  /** Value to store at the key path. */
  value: JsonValue;
  mergeStrategy: MergeStrategy;
};
