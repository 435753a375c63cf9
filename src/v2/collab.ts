/**
 * Agents working together: the tools one agent uses to start and steer others, the states it
 * sees them in, and which multi-agent runtime a model supports.
 */
import { def, maybe, object, ref, str, stringEnum } from '../schema.js';

export const CollabAgentTool = def(
  'v2',
  'CollabAgentTool',
  'Which tool an agent used to work with other agents: start one, send it input or a message, resume, wait for, interrupt or close it, give it a follow-up task, or list the agents.',
  stringEnum([
    'spawnAgent',
    'sendInput',
    'resumeAgent',
    'wait',
    'closeAgent',
    'sendMessage',
    'followupTask',
    'interruptAgent',
    'listAgents',
  ]),
  { since: '0.171.0' },
);

export const CollabAgentToolCallStatus = def(
  'v2',
  'CollabAgentToolCallStatus',
  'Lifecycle state of a collaboration tool call item.',
  stringEnum(['inProgress', 'completed', 'failed', 'interrupted']),
  { since: '0.171.0' },
);

export const CollabAgentStatus = def(
  'v2',
  'CollabAgentStatus',
  'What another agent is doing, as last seen: starting up, running, interrupted, done, failed, shut down, or not found.',
  stringEnum(['pendingInit', 'running', 'interrupted', 'completed', 'errored', 'shutdown', 'notFound']),
  { since: '0.171.0' },
);

export const CollabAgentState = def(
  'v2',
  'CollabAgentState',
  'The last known state of another agent.',
  object({
    status: ref(CollabAgentStatus),
    message: maybe(str("The agent's final message when it completed, or the error when it failed; null otherwise.")),
  }),
  { since: '0.171.0' },
);

export const MultiAgentVersion = def(
  'v2',
  'MultiAgentVersion',
  'Which multi-agent runtime a model supports, if any.',
  stringEnum(['disabled', 'v1', 'v2']),
  { since: '0.171.0' },
);
