/** EventMsg payloads for command execution, exec approvals and image viewing (catalog-v1 §1e). */
import { array, def, int32, maybe, object, optional, ref, str, type TSchema } from '../../schema.js';
import { Duration, ExecCommandSource, ExecOutputStream, ParsedCommand, SandboxCommandAssessment } from '../core.js';

/** Fields shared by the begin and end events of a command (fresh schema objects per call). */
function execCommandFields(): Record<string, TSchema> {
  return {
    call_id: str('Id pairing the begin, output and end events of this command.'),
    turn_id: str('Turn (submission) id the command runs in.'),
    process_id: maybe(str('Id of the interactive process for unified exec sessions; left out when absent.')),
    interaction_input: maybe(str('Input written to an interactive process; left out when absent.')),
    command: array(str(), 'The command as an argv list.'),
    cwd: str('Working directory of the command.'),
    parsed_cmd: array(ref(ParsedCommand), 'Best-effort interpretation of what the command does.'),
    source: optional(ref(ExecCommandSource, 'What started the command; defaults to `agent`.')),
  };
}

export const ExecCommandBeginEvent = def(
  'root',
  'ExecCommandBeginEvent',
  'A command started running (`exec_command_begin`).',
  object(execCommandFields()),
);

export const ExecCommandOutputDeltaEvent = def(
  'root',
  'ExecCommandOutputDeltaEvent',
  "A chunk of output from a running command (`exec_command_output_delta`); also sent with a patch's call_id for apply_patch output.",
  object({
    call_id: str('Id of the command (or patch) producing the output.'),
    stream: ref(ExecOutputStream),
    chunk: str('Raw output bytes, sent as base64.'),
  }),
);

export const ExecCommandEndEvent = def(
  'root',
  'ExecCommandEndEvent',
  'A command finished (`exec_command_end`), with its output and exit status.',
  object({
    ...execCommandFields(),
    stdout: str('Captured standard output.'),
    stderr: str('Captured standard error.'),
    aggregated_output: optional(str('Standard output and error interleaved as produced; defaults to the empty string.')),
    exit_code: int32('Process exit code.'),
    duration: ref(Duration, 'Wall-clock run time, as `{secs, nanos}` (the upstream TS wrongly says string).'),
    formatted_output: str('Output as formatted for the model.'),
  }),
);

export const ExecApprovalRequestEvent = def(
  'root',
  'ExecApprovalRequestEvent',
  'The agent asks for permission to run a command (`exec_approval_request`).',
  object({
    call_id: str('Id of the command awaiting approval.'),
    turn_id: optional(str('Turn (submission) id; defaults to the empty string.')),
    command: array(str(), 'The command as an argv list.'),
    cwd: str('Working directory the command would run in.'),
    parsed_cmd: array(ref(ParsedCommand), 'Best-effort interpretation of what the command does.'),
    reason: maybe(str('Why the agent wants to run it; left out when absent.')),
    risk: maybe(ref(SandboxCommandAssessment, 'Automated risk assessment of the command; left out when absent.')),
  }),
);

export const ViewImageToolCallEvent = def(
  'root',
  'ViewImageToolCallEvent',
  'The agent attached a local image to its context (`view_image_tool_call`).',
  object({
    call_id: str('Id of the tool call.'),
    path: str('Path of the image file.'),
  }),
);
