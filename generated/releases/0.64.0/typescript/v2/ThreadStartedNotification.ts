// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Thread } from "./Thread.js";

/** Params of `thread/started`: a new thread exists. */
export type ThreadStartedNotification = {
  thread: Thread;
};
