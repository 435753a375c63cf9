// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RequestId } from "../RequestId.js";

/** Params of `serverRequest/resolved`: a request the server sent (an approval, for instance) is settled and the server no longer waits for an answer to it; the server sends this once the client's answer has arrived. */
export type ServerRequestResolvedNotification = {
  /** Thread the request belonged to. */
  threadId: string;
  /** Id of the server request that was settled. */
  requestId: RequestId;
};
