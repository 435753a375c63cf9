// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Config } from "./Config.js";
import type { ConfigLayer } from "./ConfigLayer.js";
import type { ConfigLayerMetadata } from "./ConfigLayerMetadata.js";

/** Result of `config/read`: the merged configuration and where each value came from. */
export type ConfigReadResponse = {
  /** The effective configuration after merging all layers. */
  config: Config;
  /** For each setting, keyed by its dotted key path, the layer that supplied the effective value. */
  origins: { [key: string]: ConfigLayerMetadata };
  /** The individual layers; present only when `includeLayers` was true. */
  layers?: Array<ConfigLayer> | null;
};
