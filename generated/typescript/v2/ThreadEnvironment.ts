// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { LegacyAppPathString } from "./LegacyAppPathString.js";

/** An execution environment a loaded thread uses, whether or not it is connected at the moment. */
export type ThreadEnvironment = {
  /** Identifier of the environment (`local` for the server machine). */
  environmentId: string;
  /** Working directory of the thread in that environment. */
  cwd: LegacyAppPathString;
  /** Workspace roots the thread uses in that environment. */
  runtimeWorkspaceRoots: Array<LegacyAppPathString>;
};
