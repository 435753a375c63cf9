/**
 * Helpers for command execution, patches and approvals in the v1 event stream
 * (catalog-v1 section 2c, plus the ReviewDecision enum). snake_case throughout.
 * Re-exported by `core.ts`; import them from there.
 */
import { array, def, externallyTagged, object, maybe, ref, str, stringEnum, tagged, uint32, uint64, variant } from '../schema.js';
import { NetworkPolicyAmendment } from '../core/common.js';

export const ParsedCommand = def(
  'root',
  'ParsedCommand',
  "Codex's best-effort reading of what a shell command does, used to summarise it for display. Tagged on `type`.",
  tagged('type', {
    read: variant(
      {
        cmd: str('The command text this entry was parsed from.'),
        name: str('Short display name of the file being read.'),
        path: str('Path of the file being read.'),
      },
      'Reads a file (e.g. `cat`, `sed -n`).',
    ),
    list_files: variant(
      {
        cmd: str('The command text this entry was parsed from.'),
        path: maybe(str('Directory being listed, when known.')),
      },
      'Lists files (e.g. `ls`, `find`).',
    ),
    search: variant(
      {
        cmd: str('The command text this entry was parsed from.'),
        query: maybe(str('Pattern searched for, when known.')),
        path: maybe(str('Where the search runs, when known.')),
      },
      'Searches file contents or names (e.g. `rg`, `grep`).',
    ),
    unknown: variant({ cmd: str('The command text.') }, 'A command Codex could not classify.'),
  }),
);

export const FileChange = def(
  'root',
  'FileChange',
  'A change to one file in a patch, tagged on `type`. Patches key these by file path.',
  tagged('type', {
    add: variant({ content: str('Full contents of the new file.') }, 'Creates a file.'),
    delete: variant({ content: str('Contents of the file being removed.') }, 'Deletes a file.'),
    update: variant(
      {
        unified_diff: str('The edit as a unified diff.'),
        move_path: maybe(str('New path when the file is also renamed or moved.')),
      },
      'Edits a file, possibly moving it.',
    ),
  }),
);

export const SandboxRiskLevel = def(
  'root',
  'SandboxRiskLevel',
  'Estimated risk of running a command, as judged by the sandbox assessment.',
  stringEnum(['low', 'medium', 'high']),
);

export const SandboxCommandAssessment = def(
  'root',
  'SandboxCommandAssessment',
  'A model-generated explanation and risk estimate for a command awaiting approval. This is the v1 form (`risk_level`); v2 uses `riskLevel`.',
  object({
    description: str('What the command would do, in plain words.'),
    risk_level: ref(SandboxRiskLevel),
  }),
);

export const Duration = def(
  'root',
  'Duration',
  'A length of time as whole seconds plus nanoseconds. Upstream TS declares such durations as strings, but the wire sends this object.',
  object({
    secs: uint64('Whole seconds.'),
    nanos: uint32('Additional nanoseconds (below one second).'),
  }),
);

export const ExecCommandSource = def(
  'root',
  'ExecCommandSource',
  'What started a command: the agent, a shell command typed by the user, or the unified exec tool (start-up or interaction).',
  stringEnum(['agent', 'user_shell', 'unified_exec_startup', 'unified_exec_interaction']),
);

export const ExecOutputStream = def(
  'root',
  'ExecOutputStream',
  'Which output stream of a running command a chunk came from.',
  stringEnum(['stdout', 'stderr']),
);

export const ReviewDecision = def(
  'root',
  'ReviewDecision',
  "The user's answer to a v1 command or patch approval request: approve once, approve for the rest of the session, deny, or deny and stop the turn.",
  {
    '0.64.0': stringEnum(['approved', 'approved_for_session', 'denied', 'abort']),
    '0.171.0': {
      description:
        "The user's answer to a v1 command or patch approval request. Bare strings: `approved` (run it once), `approved_for_session` (also approve matching requests for the rest of the session), `approved_mcp_policy_amendment` (approve an MCP tool call and let matching calls through in later sessions too), `timed_out` (an automatic review reached no decision in time) and `abort` (refuse and stop the turn). Single-key objects: `approved_execpolicy_amendment` (approve and add the proposed command prefix to the exec policy), `network_policy_amendment` (keep a network rule for the host) and `denied` (refuse with a reason; the agent goes on with the turn). In this release `denied` is always the object with a reason; the bare string is gone.",
      schema: externallyTagged(
        ['approved', 'approved_for_session', 'approved_mcp_policy_amendment', 'timed_out', 'abort'],
        {
          approved_execpolicy_amendment: object({
            proposed_execpolicy_amendment: array(str(), 'Command prefix (argv) that later commands may match to run without asking.'),
          }),
          network_policy_amendment: object({
            network_policy_amendment: ref(NetworkPolicyAmendment),
          }),
          denied: object({
            rejection: str('Why the request was refused, passed on to the agent.'),
          }),
        },
        'Decisions that carry no data.',
      ),
    },
  },
);
