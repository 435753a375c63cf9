/**
 * The sandbox's isolation, checked from where the server runs: a stand-in for `codex app-server`
 * (support/net-probe.mjs) is started through the same command line and reports what the network
 * let it do.
 */
import { spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot } from './support/harness.mjs';
import { checkSandboxSupport, sandboxCommand, tryConnect } from './support/sandbox.mjs';
import { rmSync, writeFileSync } from 'node:fs';

const probe = join(import.meta.dirname, 'support', 'net-probe.mjs');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** This machine's own non-loopback addresses: they exist outside the namespace. */
function hostAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addrs) => addrs ?? [])
    .filter((a) => !a.internal && a.family === 'IPv4')
    .map((a) => `${a.address}:80`);
}

describe('sandbox', () => {
  it('can be created on this machine (fails loudly when unshare is not permitted)', () => {
    expect(() => checkSandboxSupport()).not.toThrow();
  });

  it('leaves the server only loopback: outside addresses are unreachable at once, the model server is reachable', async () => {
    const root = makeRoot();
    roots.push(root);
    const script = join(root, 'script.json');
    writeFileSync(script, JSON.stringify({ responses: [] }));
    const targets = ['192.0.2.1:80', '1.1.1.1:443', ...hostAddresses()];
    // Outside the namespace the host's own address is there to connect to (or to be refused by).
    for (const target of hostAddresses()) {
      const [host] = target.split(':');
      expect(await tryConnect(host, 80, 10_000)).not.toBe('ENETUNREACH');
    }
    const command = sandboxCommand({ codex: probe, root, script, env: { CODEX_E2E_PROBE_TARGETS: JSON.stringify(targets) } });
    const r = spawnSync(command.command, command.args, { env: command.env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '');
    expect(report.argv).toEqual(['app-server']);
    // ENETUNREACH comes from connect() itself: no route exists, nothing is waited for.
    expect(report.outside).toEqual(targets.map((target) => ({ target, result: 'ENETUNREACH' })));
    expect(report.dns).not.toMatch(/^resolved/);
    expect(report.modelServer.target).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(report.modelServer.result).toBe('connected');
  });

  it('refuses to start the server outside a network namespace', () => {
    const root = makeRoot();
    roots.push(root);
    const script = join(root, 'script.json');
    writeFileSync(script, JSON.stringify({ responses: [] }));
    const command = sandboxCommand({ codex: probe, root, script });
    const node = command.args.indexOf(process.execPath);
    // The runner itself, started without unshare.
    const r = spawnSync(process.execPath, command.args.slice(node + 1), { env: command.env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refusing to run/);
    expect(r.stdout).toBe('');
  });
});
