// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ConfigLayerSource } from "./ConfigLayerSource.js";

/** One configuration layer with its own (unmerged) settings. */
export type ConfigLayer = {
  /** The layer, with where it was read. */
  name: ConfigLayerSource;
  /** Opaque version of the layer content. */
  version: string;
  /** The settings this layer defines. */
  config: JsonValue;
  /** Why the server ignores this layer, when it does. */
  disabledReason?: string | null;
};
