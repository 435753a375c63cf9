// What differs between the codex releases the harness drives: the model to name, how each
// release spells approval policies and sandbox modes on the v2 API, and the tool calls its
// model must make to run a command or apply a patch. Established by reading the `tools` each
// release sends to the model server for the model named here.
//
// The tools depend on the model, not only on the release: 0.64.0 offers `shell` with an argv
// array (`{"command": ["ls"]}`) and no apply_patch tool to an unknown model, but `shell_command`
// with a command string and a freeform `apply_patch` tool to `gpt-5.1-codex`; 0.171.0 offers
// `exec_command` (`{"cmd": "ls"}`) and the freeform `apply_patch` to `gpt-5.5`, while its newer
// models get a single JavaScript `exec` tool instead. The scenarios use the models below.
//
// What makes codex ask: under the untrusted policy (`unlessTrusted` on the 0.64.0 v2 API), any
// command not on its list of known-safe read-only commands, and every patch; under on-request, a
// command the model asks to run outside the sandbox (`with_escalated_permissions: true` in
// 0.64.0, `sandbox_permissions: "require_escalated"` in 0.171.0), with its `justification`.

/**
 * @typedef {import('./model-server.mjs').Step} Step
 * @typedef {{
 *   version: string,
 *   model: string,
 *   v1: boolean,
 *   approval: { untrusted: string, onRequest: string, never: string },
 *   v1Approval: { untrusted: string, never: string },
 *   sandbox: { readOnly: string, workspaceWrite: string },
 *   shellTool: string,
 *   applyPatchTool: string,
 *   shell: (command: string, callId: string) => Step,
 *   escalatedShell: (command: string, callId: string, justification: string) => Step,
 *   applyPatch: (patch: string, callId: string) => Step,
 * }} Release
 */

/** @param {string} patch @param {string} callId @returns {Step} */
const freeformApplyPatch = (patch, callId) => ({ type: 'custom_tool_call', name: 'apply_patch', callId, input: patch });

/** @type {Record<string, Release>} */
export const RELEASES = {
  '0.64.0': {
    version: '0.64.0',
    model: 'gpt-5.1-codex',
    v1: true,
    approval: { untrusted: 'unlessTrusted', onRequest: 'onRequest', never: 'never' },
    v1Approval: { untrusted: 'untrusted', never: 'never' },
    sandbox: { readOnly: 'readOnly', workspaceWrite: 'workspaceWrite' },
    shellTool: 'shell_command',
    applyPatchTool: 'apply_patch',
    shell: (command, callId) => ({ type: 'function_call', name: 'shell_command', callId, arguments: { command } }),
    escalatedShell: (command, callId, justification) => ({
      type: 'function_call',
      name: 'shell_command',
      callId,
      arguments: { command, with_escalated_permissions: true, justification },
    }),
    applyPatch: freeformApplyPatch,
  },
  '0.171.0': {
    version: '0.171.0',
    model: 'gpt-5.5',
    v1: false,
    approval: { untrusted: 'untrusted', onRequest: 'on-request', never: 'never' },
    v1Approval: { untrusted: 'untrusted', never: 'never' },
    sandbox: { readOnly: 'read-only', workspaceWrite: 'workspace-write' },
    shellTool: 'exec_command',
    applyPatchTool: 'apply_patch',
    shell: (command, callId) => ({ type: 'function_call', name: 'exec_command', callId, arguments: { cmd: command } }),
    escalatedShell: (command, callId, justification) => ({
      type: 'function_call',
      name: 'exec_command',
      callId,
      arguments: { cmd: command, sandbox_permissions: 'require_escalated', justification },
    }),
    applyPatch: freeformApplyPatch,
  },
};

/** The releases the e2e tests run (and globalSetup installs). */
export const E2E_RELEASES = Object.keys(RELEASES);

/** @param {string} version @returns {Release} */
export function release(version) {
  const r = RELEASES[version];
  if (r === undefined) throw new Error(`no release profile for codex ${version} (known: ${Object.keys(RELEASES).join(', ')})`);
  return r;
}
