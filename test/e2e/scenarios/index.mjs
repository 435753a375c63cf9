// Every scenario, in the order capture runs them.
import commandApproval from './command-approval.mjs';
import commandEscalation from './command-escalation.mjs';
import configAccount from './config-account.mjs';
import fileChangeApproval from './file-change-approval.mjs';
import initialize from './initialize.mjs';
import refusedRequests from './refused-requests.mjs';
import threadList from './thread-list.mjs';
import threadResume from './thread-resume.mjs';
import threadStart from './thread-start.mjs';
import turnError from './turn-error.mjs';
import turnInterrupt from './turn-interrupt.mjs';
import turnStream from './turn-stream.mjs';
import v1Conversation from './v1-conversation.mjs';
import v1ExecApproval from './v1-exec-approval.mjs';
import v1PatchApproval from './v1-patch-approval.mjs';
import webSearch from './web-search.mjs';

/** @type {import('../support/harness.mjs').Scenario[]} */
export const SCENARIOS = [
  initialize,
  threadStart,
  turnStream,
  commandApproval,
  commandEscalation,
  fileChangeApproval,
  turnInterrupt,
  threadResume,
  turnError,
  threadList,
  refusedRequests,
  configAccount,
  webSearch,
  v1Conversation,
  v1ExecApproval,
  v1PatchApproval,
];

/** @param {string} name */
export function scenario(name) {
  const found = SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name} (known: ${SCENARIOS.map((s) => s.name).join(', ')})`);
  return found;
}
