// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadActiveFlag } from "./ThreadActiveFlag.js";

/** What a thread is doing as far as this server knows, tagged on `type`. */
export type ThreadStatus =
  | {
      /** The thread is stored but not loaded in this server process. */
      type: "notLoaded";
    }
  | {
      /** The thread is loaded and no turn is running. */
      type: "idle";
    }
  | {
      /** The thread is loaded and in an error state (for example after the model provider refused a turn). */
      type: "systemError";
    }
  | {
      /** A turn is running. */
      type: "active";
      /** What the running turn waits for, if anything; empty while the agent works on its own. */
      activeFlags: Array<ThreadActiveFlag>;
    };
