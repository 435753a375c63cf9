#!/usr/bin/env node
// A small client of `codex app-server`: starts a thread, sends one prompt, streams the answer to
// the terminal and asks you about every command and file change the agent wants to make.
//
//   npm run build
//   node examples/client.mjs "Add a README to this folder"
//   node examples/client.mjs --release 0.64.0 --cwd ~/src/demo --codex /path/to/codex "Run the tests"
//
// Options: --release (default: the newest this package knows), --cwd (default: here),
// --codex (the codex binary; default: `codex` on PATH). Answer y to allow, anything else to decline.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NEWEST, spawnAppServer } from 'codex-app-server-protocol/client';

const { values, positionals } = parseArgs({
  options: { release: { type: 'string' }, cwd: { type: 'string' }, codex: { type: 'string' } },
  allowPositionals: true,
});
const release = values.release ?? NEWEST;
const cwd = values.cwd ?? process.cwd();
const prompt = positionals.join(' ') || 'Say hello.';
// 0.64.0 spells the policy and sandbox mode in camelCase, later releases in kebab-case.
const untrusted = release === '0.64.0' ? 'unlessTrusted' : 'untrusted';
const workspaceWrite = release === '0.64.0' ? 'workspaceWrite' : 'workspace-write';

const terminal = createInterface({ input: process.stdin, output: process.stderr });
const conn = spawnAppServer({ command: values.codex ?? 'codex', release, onStderr: () => {} });
conn.onError((e) => console.error(`[connection] ${e.message}`));

// What each pending item is, so that an approval can say what it is about.
const items = new Map();
conn.onNotification('item/started', ({ item }) => items.set(item.id, item));

const ask = async (question) => /^y/i.test((await terminal.question(`\n${question} [y/N] `)).trim());
conn.onRequest('item/commandExecution/requestApproval', async ({ itemId, reason }) => {
  const command = items.get(itemId)?.command ?? itemId;
  return { decision: (await ask(`Run \`${command}\`${reason ? ` (${reason})` : ''}?`)) ? 'accept' : 'decline' };
});
conn.onRequest('item/fileChange/requestApproval', async ({ itemId, reason }) => {
  const paths = (items.get(itemId)?.changes ?? []).map((c) => c.path).join(', ') || itemId;
  return { decision: (await ask(`Change ${paths}${reason ? ` (${reason})` : ''}?`)) ? 'accept' : 'decline' };
});

conn.onNotification('item/agentMessage/delta', ({ delta }) => process.stdout.write(delta));
conn.onNotification('item/completed', ({ item }) => {
  if (item.type === 'agentMessage') process.stdout.write('\n');
  if (item.type === 'commandExecution') console.error(`[command ${item.status}] ${item.command}`);
  if (item.type === 'fileChange') console.error(`[file change ${item.status}] ${item.changes.map((c) => c.path).join(', ')}`);
});

try {
  const { userAgent } = await conn.initialize({
    clientInfo: { name: 'example-client', title: 'codex-app-server-protocol example', version: '0.1.0' },
  });
  console.error(`[connected to ${userAgent}]`);
  const { thread } = await conn.request('thread/start', { cwd, approvalPolicy: untrusted, sandbox: workspaceWrite });
  const completed = new Promise((resolve) => conn.onNotification('turn/completed', resolve));
  await conn.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text: prompt }] });
  const { turn } = await completed;
  console.error(`[turn ${turn.status}]`);
} finally {
  terminal.close();
  await conn.close();
}
