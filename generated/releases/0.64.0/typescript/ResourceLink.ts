// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";

/** A reference to an MCP resource that the client may fetch, without its contents. */
export type ResourceLink = {
  /** Content kind; `resource_link` for this type. */
  type: string;
  /** URI of the resource. */
  uri: string;
  /** Programmatic name of the resource. */
  name: string;
  /** Human-readable name. */
  title?: string | null;
  description?: string | null;
  mimeType?: string | null;
  /** Size in bytes. A 64-bit integer on the server, sent as a plain JSON number. */
  size?: number | null;
  annotations?: Annotations | null;
};
