// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConfigLayerName } from "./ConfigLayerName.js";

/** Identifies a configuration layer and the version of its content. */
export type ConfigLayerMetadata = {
  name: ConfigLayerName;
  /** Where the layer was loaded from, such as a file path. */
  source: string;
  /** Opaque version of the layer content; pass it back as `expectedVersion` to guard a write. */
  version: string;
};
