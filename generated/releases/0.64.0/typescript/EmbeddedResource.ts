// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";
import type { EmbeddedResourceResource } from "./EmbeddedResourceResource.js";

/** An MCP resource whose contents are included inline. */
export type EmbeddedResource = {
  /** Content kind; `resource` for this type. */
  type: string;
  resource: EmbeddedResourceResource;
  annotations?: Annotations | null;
};
