// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConfigLayerSource } from "./ConfigLayerSource.js";

/** Identifies a configuration layer and the version of its content. */
export type ConfigLayerMetadata = {
  /** The layer, with where it was read. */
  name: ConfigLayerSource;
  /** Opaque version of the layer content; pass it back as `expectedVersion` to guard a write. */
  version: string;
};
