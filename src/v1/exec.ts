/**
 * Helpers for command execution, patches and approvals in the v1 event stream
 * (catalog-v1 section 2c, plus the ReviewDecision enum). snake_case throughout.
 * Re-exported by `core.ts`; import them from there.
 */
import { def, object, maybe, ref, str, stringEnum, tagged, uint32, uint64, variant } from '../schema.js';

export const ParsedCommand = def(
  'root',
  'ParsedCommand',
  'Codex\'s best-effort reading of what a shell command does, used to summarise it for display. Tagged on `type`.',
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
  'The user\'s answer to a v1 command or patch approval request: approve once, approve for the rest of the session, deny, or deny and stop the turn.',
  stringEnum(['approved', 'approved_for_session', 'denied', 'abort']),
);
