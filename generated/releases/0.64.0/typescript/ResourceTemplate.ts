// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Annotations } from "./Annotations.js";

/** A parameterised family of resources an MCP server exposes, described by a URI template. */
export type ResourceTemplate = {
  /** RFC 6570 URI template for the resources. */
  uriTemplate: string;
  /** Programmatic name of the template. */
  name: string;
  /** Human-readable name. */
  title?: string | null;
  description?: string | null;
  /** MIME type shared by all matching resources. */
  mimeType?: string | null;
  annotations?: Annotations | null;
};
