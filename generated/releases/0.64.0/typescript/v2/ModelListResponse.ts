// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Model } from "./Model.js";

/** Result of `model/list`. */
export type ModelListResponse = {
  data: Array<Model>;
  /** Cursor for the next page; null or absent when this is the last page. */
  nextCursor?: string | null;
};
