// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FunctionCallOutputContentItem } from "./FunctionCallOutputContentItem.js";

/** What a function call returned: a bare string (its text output) or a bare array of content items (structured output). */
export type FunctionCallOutputBody = string | Array<FunctionCallOutputContentItem>;
