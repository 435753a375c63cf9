// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadUnreadPosition } from "./ThreadUnreadPosition.js";

/** How far the user has read a thread stored on this machine. */
export type ThreadReadState = {
  /** Where the unread part starts; null when everything is read. */
  firstUnread?: ThreadUnreadPosition | null;
  /** Opaque revision of the read state; a change that names an older revision is refused, so activity or marks the caller has not seen are not overwritten. */
  revision: string;
};
