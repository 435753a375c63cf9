// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ResponseItem } from "./ResponseItem.js";

/** A raw model transcript item (`raw_response_item`); sent only to listeners subscribed with `experimentalRawEvents: true`. */
export type RawResponseItemEvent = {
  item: ResponseItem;
};
