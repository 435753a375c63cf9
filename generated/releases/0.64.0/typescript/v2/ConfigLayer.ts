// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ConfigLayerName } from "./ConfigLayerName.js";

/** One configuration layer with its own (unmerged) settings. */
export type ConfigLayer = {
  name: ConfigLayerName;
  /** Where the layer was loaded from, such as a file path. */
  source: string;
  /** Opaque version of the layer content. */
  version: string;
  /** The settings this layer defines. */
  config: JsonValue;
};
