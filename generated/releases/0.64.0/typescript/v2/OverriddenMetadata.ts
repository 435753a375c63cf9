// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ConfigLayerMetadata } from "./ConfigLayerMetadata.js";

/** Explains why a freshly written value is not the effective one. */
export type OverriddenMetadata = {
  /** Human-readable explanation. */
  message: string;
  /** The layer whose value wins. */
  overridingLayer: ConfigLayerMetadata;
  /** The value actually in effect. */
  effectiveValue: JsonValue;
};
