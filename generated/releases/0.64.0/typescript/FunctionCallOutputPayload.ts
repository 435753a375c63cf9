// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FunctionCallOutputContentItem } from "./FunctionCallOutputContentItem.js";

/** Output of a function call as it travels on the wire: either a bare string (the text output) or a bare array of content items (structured output). Upstream schemas describe an object `{content, content_items, success}`, but the server never sends that object and rejects it inbound; `success` is never sent. */
export type FunctionCallOutputPayload = string | Array<FunctionCallOutputContentItem>;
