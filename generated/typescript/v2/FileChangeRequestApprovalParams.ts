// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/fileChange/requestApproval`. The changes themselves are on the `fileChange` item, announced by `item/started` before this request. */
export type FileChangeRequestApprovalParams = {
  threadId: string;
  turnId: string;
  /** Id of the `fileChange` item waiting for approval. */
  itemId: string;
  /** When the request was raised, in milliseconds since the Unix epoch. */
  startedAtMs: number;
  /** Why the agent wants to make the change. */
  reason?: string | null;
  /** [UNSTABLE] Directory the agent asks to be allowed to write to for the rest of the session. */
  grantRoot?: string | null;
};
