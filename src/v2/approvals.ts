/**
 * v2 approval requests the server sends while a turn started with `turn/start` runs:
 * `item/commandExecution/requestApproval` and `item/fileChange/requestApproval`.
 * The upstream JSON bundle puts these types at its root (Q9); here they live in v2 like the TS export.
 */
import { bool, def, maybe, object, optional, ref, str, stringEnum } from '../schema.js';

export const ApprovalDecision = def(
  'v2',
  'ApprovalDecision',
  'The user\'s answer to an approval request: let it run, refuse it and continue the turn, or refuse it and stop the turn.',
  stringEnum(['accept', 'decline', 'cancel']),
);

export const CommandRiskLevel = def(
  'v2',
  'CommandRiskLevel',
  'How risky the model judges a command to be.',
  stringEnum(['low', 'medium', 'high']),
);

export const SandboxCommandAssessment = def(
  'v2',
  'SandboxCommandAssessment',
  'A model-written summary and risk rating of a command that needs approval. camelCase on the wire (`riskLevel`), although the upstream bundle points at the snake_case v1 shape (Q8).',
  object({
    description: str('Short explanation of what the command does.'),
    riskLevel: ref(CommandRiskLevel),
  }),
);

export const CommandExecutionRequestApprovalParams = def(
  'v2',
  'CommandExecutionRequestApprovalParams',
  'Params of `item/commandExecution/requestApproval`. The command itself is on the `commandExecution` item, announced by `item/started` before this request.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str('Id of the `commandExecution` item waiting for approval.'),
    reason: maybe(str('Why the agent wants to run the command, e.g. to write outside the sandbox.')),
    risk: maybe(ref(SandboxCommandAssessment, 'Risk assessment, when the experimental assessment feature is on.')),
  }),
);

export const CommandExecutionRequestAcceptSettings = def(
  'v2',
  'CommandExecutionRequestAcceptSettings',
  'Extra options that go with accepting a command.',
  object({
    forSession: optional(bool('Also approve the same command for the rest of the session. Defaults to false.')),
  }),
);

export const CommandExecutionRequestApprovalResponse = def(
  'v2',
  'CommandExecutionRequestApprovalResponse',
  'The client\'s answer to `item/commandExecution/requestApproval`.',
  object({
    decision: ref(ApprovalDecision),
    acceptSettings: maybe(ref(CommandExecutionRequestAcceptSettings)),
  }),
);

export const FileChangeRequestApprovalParams = def(
  'v2',
  'FileChangeRequestApprovalParams',
  'Params of `item/fileChange/requestApproval`. The changes themselves are on the `fileChange` item, announced by `item/started` before this request.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str('Id of the `fileChange` item waiting for approval.'),
    reason: maybe(str('Why the agent wants to make the change.')),
    grantRoot: maybe(str('[UNSTABLE] Directory the agent asks to be allowed to write to for the rest of the session.')),
  }),
);

export const FileChangeRequestApprovalResponse = def(
  'v2',
  'FileChangeRequestApprovalResponse',
  'The client\'s answer to `item/fileChange/requestApproval`.',
  object({
    decision: ref(ApprovalDecision),
  }),
);
