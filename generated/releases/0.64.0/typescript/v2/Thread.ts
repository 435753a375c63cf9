// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { GitInfo } from "./GitInfo.js";
import type { SessionSource } from "./SessionSource.js";
import type { Turn } from "./Turn.js";

/** A conversation between the user and the agent, made of turns. */
export type Thread = {
  /** Thread id (a UUID); the same value is the v1 conversation id. */
  id: string;
  /** Short preview of the thread, usually its first user message. */
  preview: string;
  /** Model provider the thread uses. */
  modelProvider: string;
  /** Creation time, in Unix seconds. A 64-bit integer on the server, sent as a plain JSON number. */
  createdAt: number;
  /** [UNSTABLE] Path of the rollout file that stores the thread on the server. */
  path: string;
  /** Working directory of the thread. */
  cwd: string;
  /** Version of Codex that created the thread. */
  cliVersion: string;
  source: SessionSource;
  /** Git state when the thread was created, when it was recorded. */
  gitInfo?: GitInfo | null;
  /** Turns of the thread. Only filled in `thread/resume` responses; an empty list elsewhere. */
  turns: Array<Turn>;
};
