// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ExecCommandSource } from "./ExecCommandSource.js";
import type { ParsedCommand } from "./ParsedCommand.js";

/** A command started running (`exec_command_begin`). */
export type ExecCommandBeginEvent = {
  /** Id pairing the begin, output and end events of this command. */
  call_id: string;
  /** Turn (submission) id the command runs in. */
  turn_id: string;
  /** Id of the interactive process for unified exec sessions; left out when absent. */
  process_id?: string | null;
  /** Input written to an interactive process; left out when absent. */
  interaction_input?: string | null;
  /** The command as an argv list. */
  command: Array<string>;
  /** Working directory of the command. */
  cwd: string;
  /** Best-effort interpretation of what the command does. */
  parsed_cmd: Array<ParsedCommand>;
  /** What started the command; defaults to `agent`. */
  source?: ExecCommandSource;
};
