// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadStatus } from "./ThreadStatus.js";

/** Params of `thread/status/changed`: a loaded thread's status changed (a turn started or ended, or it began or stopped waiting on the client). */
export type ThreadStatusChangedNotification = {
  threadId: string;
  /** The new status. */
  status: ThreadStatus;
};
