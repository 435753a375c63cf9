/**
 * v1 server-to-client approval requests (catalog §2): the server asks the client to approve
 * a patch or a command; the client answers with a ReviewDecision.
 */
import { array, def, map, maybe, object, ref, removed, since, str } from '../schema.js';
import { ConversationId } from '../core/common.js';
import { FileChange, ParsedCommand, ReviewDecision, SandboxCommandAssessment } from './core.js';

export const ApplyPatchApprovalParams = def(
  'root',
  'ApplyPatchApprovalParams',
  'Params of `applyPatchApproval`: the agent wants to apply these file changes.',
  object({
    conversationId: ref(ConversationId),
    callId: str('Id of the patch, matching the `apply_patch_approval_request` event.'),
    fileChanges: map(ref(FileChange), 'Proposed changes keyed by file path.'),
    reason: maybe(str('Why the agent wants to make the change; may be left out.')),
    grantRoot: maybe(str('Directory the agent asks to be allowed to write under for the rest of the session; may be left out.')),
  }),
);

export const ApplyPatchApprovalResponse = def(
  'root',
  'ApplyPatchApprovalResponse',
  "The client's answer to `applyPatchApproval`.",
  object({
    decision: ref(ReviewDecision),
  }),
);

export const ExecCommandApprovalParams = def(
  'root',
  'ExecCommandApprovalParams',
  'Params of `execCommandApproval`: the agent wants to run this command.',
  object({
    conversationId: ref(ConversationId),
    callId: str('Id of the command, matching the `exec_approval_request` event.'),
    approvalId: since('0.171.0', maybe(str('Id of this one approval callback, when several can belong to one command.'))),
    command: array(str(), 'The command as an argv list.'),
    cwd: str('Working directory the command would run in.'),
    reason: maybe(str('Why the agent wants to run it; may be left out.')),
    risk: removed('0.171.0', maybe(ref(SandboxCommandAssessment, 'Automated risk assessment (v1 snake_case form); may be left out.'))),
    parsedCmd: array(ref(ParsedCommand), 'Best-effort interpretation of what the command does.'),
  }),
);

export const ExecCommandApprovalResponse = def(
  'root',
  'ExecCommandApprovalResponse',
  "The client's answer to `execCommandApproval`.",
  object({
    decision: ref(ReviewDecision),
  }),
);
