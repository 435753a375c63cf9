// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ExecOutputStream } from "./ExecOutputStream.js";

/** A chunk of output from a running command (`exec_command_output_delta`); also sent with a patch's call_id for apply_patch output. */
export type ExecCommandOutputDeltaEvent = {
  /** Id of the command (or patch) producing the output. */
  call_id: string;
  stream: ExecOutputStream;
  /** Raw output bytes, sent as base64. */
  chunk: string;
};
