/**
 * v2 approval requests the server sends while a turn started with `turn/start` runs:
 * `item/commandExecution/requestApproval` and `item/fileChange/requestApproval`, the answers to
 * them, and `serverRequest/resolved`, which tells the client a request no longer waits.
 * The upstream JSON bundle puts these types at its root (Q9); here they live in v2 like the TS export.
 */
import { RequestId } from '../jsonrpc.js';
import { NetworkPolicyAmendment } from '../core/common.js';
import { array, bool, def, externallyTagged, int64, maybe, object, optional, ref, removed, since, str, stringEnum } from '../schema.js';
import { LegacyAppPathString } from './common.js';
import { CommandAction } from './items-parts.js';

export const ApprovalDecision = def(
  'v2',
  'ApprovalDecision',
  "The user's answer to an approval request: let it run, refuse it and continue the turn, or refuse it and stop the turn.",
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

export const CommandExecutionApprovalDecision = def(
  'v2',
  'CommandExecutionApprovalDecision',
  "The user's answer to a command approval request. Bare strings: `accept` (run it), `acceptForSession` (run it, and run matching commands for the rest of the session without asking), `decline` (refuse; the turn goes on) and `cancel` (refuse and interrupt the turn). Single-key objects: `acceptWithExecpolicyAmendment` (run it and add the proposed command prefix to the exec policy, so matching commands run without asking from now on) and `applyNetworkPolicyAmendment` (keep the chosen allow or deny rule for the host).",
  externallyTagged(
    ['accept', 'acceptForSession', 'decline', 'cancel'],
    {
      acceptWithExecpolicyAmendment: object({
        execpolicy_amendment: array(
          str(),
          'Command prefix (argv) that later commands may match to run without asking; usually the `proposedExecpolicyAmendment` of the request.',
        ),
      }),
      applyNetworkPolicyAmendment: object({
        network_policy_amendment: ref(
          NetworkPolicyAmendment,
          "The rule to keep, usually one of the request's `proposedNetworkPolicyAmendments`.",
        ),
      }),
    },
    'Decisions that carry no data.',
  ),
  { since: '0.171.0' },
);

export const FileChangeApprovalDecision = def(
  'v2',
  'FileChangeApprovalDecision',
  "The user's answer to a file change approval request: `accept` (apply it), `acceptForSession` (apply it, and later changes to the same files without asking), `decline` (refuse; the turn goes on) or `cancel` (refuse and interrupt the turn).",
  stringEnum(['accept', 'acceptForSession', 'decline', 'cancel']),
  { since: '0.171.0' },
);

export const CommandExecutionApprovalKind = def(
  'v2',
  'CommandExecutionApprovalKind',
  'What a command approval request is about: `command` (a new command), `writeStdin` (input for a terminal that is already running) or `humanCommand` (a checkpoint that needs a fresh decision from a person, offered only to clients that declare `requiredHumanApproval`; answer it with `accept`, `decline` or `cancel`; it starts no `commandExecution` item of its own).',
  stringEnum(['command', 'writeStdin', 'humanCommand']),
  { since: '0.171.0' },
);

export const NetworkApprovalProtocol = def(
  'v2',
  'NetworkApprovalProtocol',
  'The protocol of a network request waiting for approval.',
  stringEnum(['http', 'https', 'socks5Tcp', 'socks5Udp']),
  { since: '0.171.0' },
);

export const NetworkApprovalContext = def(
  'v2',
  'NetworkApprovalContext',
  'The network request a command approval is about, when the managed network proxy asks for it.',
  object({
    host: str('Host the command wants to reach.'),
    protocol: ref(NetworkApprovalProtocol),
  }),
  { since: '0.171.0' },
);

export const CommandExecutionRequestApprovalParams = def(
  'v2',
  'CommandExecutionRequestApprovalParams',
  'Params of `item/commandExecution/requestApproval`. The command itself is on the `commandExecution` item, announced by `item/started` before this request.',
  object({
    kind: since('0.171.0', optional(ref(CommandExecutionApprovalKind, 'What is to be approved; `command` when left out.'))),
    threadId: str(),
    turnId: str(),
    itemId: str('Id of the `commandExecution` item waiting for approval.'),
    startedAtMs: since('0.171.0', int64('When the request was raised, in milliseconds since the Unix epoch.')),
    approvalId: since(
      '0.171.0',
      maybe(
        str(
          'Id of this one approval callback when several belong to the same item (subcommands run through the zsh exec bridge, input for a terminal); absent for an ordinary command.',
        ),
      ),
    ),
    environmentId: since('0.171.0', maybe(str('Environment the command runs in, e.g. `local`.'))),
    reason: maybe(str('Why the agent wants to run the command, e.g. to write outside the sandbox.')),
    networkApprovalContext: since(
      '0.171.0',
      maybe(ref(NetworkApprovalContext, 'The network request to approve, when the managed network proxy asks.')),
    ),
    command: since('0.171.0', maybe(str('The command line to run.'))),
    cwd: since('0.171.0', maybe(ref(LegacyAppPathString, 'Working directory of the command.'))),
    commandActions: since('0.171.0', maybe(array(ref(CommandAction), 'What the command was recognised as doing, for display.'))),
    proposedExecpolicyAmendment: since(
      '0.171.0',
      maybe(
        array(
          str(),
          'Command prefix (argv) the server suggests allowing from now on; the client may answer `acceptWithExecpolicyAmendment` with it.',
        ),
      ),
    ),
    proposedNetworkPolicyAmendments: since(
      '0.171.0',
      maybe(array(ref(NetworkPolicyAmendment), 'Host rules (allow or deny) the server suggests keeping for later requests.')),
    ),
    availableDecisions: since(
      '0.171.0',
      maybe(
        array(
          ref(CommandExecutionApprovalDecision),
          'Experimental upstream, and left out of its export, but sent to every client: the answers the client may offer, in order. The server may leave `decline` out of the list and still accept it.',
        ),
      ),
    ),
    risk: removed('0.171.0', maybe(ref(SandboxCommandAssessment, 'Risk assessment, when the experimental assessment feature is on.'))),
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
  "The client's answer to `item/commandExecution/requestApproval`.",
  {
    '0.64.0': object({
      decision: ref(ApprovalDecision),
      acceptSettings: maybe(ref(CommandExecutionRequestAcceptSettings)),
    }),
    '0.171.0': object({
      decision: ref(CommandExecutionApprovalDecision),
    }),
  },
);

export const FileChangeRequestApprovalParams = def(
  'v2',
  'FileChangeRequestApprovalParams',
  'Params of `item/fileChange/requestApproval`. The changes themselves are on the `fileChange` item, announced by `item/started` before this request.',
  object({
    threadId: str(),
    turnId: str(),
    itemId: str('Id of the `fileChange` item waiting for approval.'),
    startedAtMs: since('0.171.0', int64('When the request was raised, in milliseconds since the Unix epoch.')),
    reason: maybe(str('Why the agent wants to make the change.')),
    grantRoot: maybe(str('[UNSTABLE] Directory the agent asks to be allowed to write to for the rest of the session.')),
  }),
);

export const FileChangeRequestApprovalResponse = def(
  'v2',
  'FileChangeRequestApprovalResponse',
  "The client's answer to `item/fileChange/requestApproval`.",
  {
    '0.64.0': object({
      decision: ref(ApprovalDecision),
    }),
    '0.171.0': object({
      decision: ref(FileChangeApprovalDecision),
    }),
  },
);

export const ServerRequestResolvedNotification = def(
  'v2',
  'ServerRequestResolvedNotification',
  "Params of `serverRequest/resolved`: a request the server sent (an approval, for instance) is settled and the server no longer waits for an answer to it; the server sends this once the client's answer has arrived.",
  object({
    threadId: str('Thread the request belonged to.'),
    requestId: ref(RequestId, 'Id of the server request that was settled.'),
  }),
  { since: '0.171.0' },
);
