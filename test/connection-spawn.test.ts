/**
 * spawnAppServer with stand-in processes (node -e scripts, not codex): a command that cannot
 * start, a process that dies before answering (its exit status and stderr in the error), one
 * that ignores the end of its input (ended by SIGTERM on close), stderr passed to onStderr, and
 * a full round trip with a scripted echo server.
 */
import { describe, expect, it } from 'vitest';
import { ConnectionClosedError, spawnAppServer } from '../src/client/index.js';

const node = process.execPath;
const clientInfo = { name: 'spawn-test', version: '0.0.0' };

describe('spawnAppServer', () => {
  it('a command that cannot start: the first request rejects saying so, closed resolves with the error', async () => {
    const conn = spawnAppServer({ command: '/nonexistent/codex', release: '0.64.0' });
    conn.onError(() => undefined);
    const error = await conn.initialize({ clientInfo }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((error as Error).message).toMatch(/cannot start \/nonexistent\/codex: spawn \/nonexistent\/codex ENOENT/);
    const info = await conn.closed;
    expect(info.reason).toBe('error');
    expect(info.error?.message).toMatch(/ENOENT/);
  });

  it('a process that exits before answering: the error names its exit status and the tail of its stderr', async () => {
    const stderr: string[] = [];
    const conn = spawnAppServer({
      command: node,
      args: ['-e', 'process.stderr.write("fatal: no config\\n"); process.exit(3)'],
      release: '0.64.0',
      onStderr: (text) => void stderr.push(text),
    });
    const error = await conn.initialize({ clientInfo }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /was ended by the peer before the answer came \(the process exited with status 3\)\n--- stderr \(tail\) ---\nfatal: no config/,
    );
    expect(await conn.closed).toEqual({ reason: 'ended', exitCode: 3, signal: null });
    expect(stderr.join('')).toBe('fatal: no config\n');
    expect(conn.stderrTail()).toBe('fatal: no config\n');
  });

  it('close() ends stdin; a process that does not exit then gets SIGTERM', async () => {
    const conn = spawnAppServer({
      command: node,
      args: ['-e', 'process.stdin.resume(); setInterval(() => {}, 1000)'],
      release: '0.64.0',
      killTimeoutMs: 200,
    });
    const pending = conn.request('model/list', {}).catch((e: unknown) => e);
    const info = await conn.close();
    expect(info).toEqual({ reason: 'closed', exitCode: null, signal: 'SIGTERM' });
    expect(await pending).toBeInstanceOf(ConnectionClosedError);
  });

  it('runs a full exchange with a process that answers on stdout', async () => {
    // A stand-in server: answers initialize, then sends one notification; exits at the end of its input.
    const script = `
      const rl = require('node:readline').createInterface({ input: process.stdin });
      rl.on('line', (line) => {
        const m = JSON.parse(line);
        if (m.method === 'initialize') process.stdout.write(JSON.stringify({ id: m.id, result: { userAgent: 'stand-in/0.64.0' } }) + '\\n');
        if (m.method === 'initialized') process.stdout.write(JSON.stringify({ method: 'account/rateLimits/updated', params: { rateLimits: { primary: null, secondary: null } } }) + '\\n');
      });`;
    const conn = spawnAppServer({ command: node, args: ['-e', script], release: '0.64.0' });
    const limits = new Promise((resolve) => conn.onNotification('account/rateLimits/updated', resolve));
    expect(await conn.initialize({ clientInfo })).toEqual({ userAgent: 'stand-in/0.64.0' });
    expect(await limits).toEqual({ rateLimits: { primary: null, secondary: null } });
    expect(await conn.close()).toEqual({ reason: 'closed', exitCode: 0, signal: null });
  });
});
