// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where the unread part of a thread starts, tagged on `type`. */
export type ThreadUnreadPosition =
  | {
      /** The whole thread: it was marked unread (also when it has no turns yet). */
      type: "threadStart";
    }
  | {
      /** From a completed turn on. */
      type: "turn";
      /** The earliest turn whose result the user has not seen. */
      turnId: string;
    };
