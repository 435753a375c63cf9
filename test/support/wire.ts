/** The wire captures of test/fixtures/wire/<release>/<scenario>.jsonl (see test/e2e/README.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const wireDir = fileURLToPath(new URL('../fixtures/wire/', import.meta.url));

export interface WireMessage {
  readonly method: string;
  readonly params?: unknown;
}

/** The releases with captures. */
export function wireReleases(): string[] {
  return readdirSync(wireDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Every notification the server sent in the captures of `release`, scenario by scenario (files in code-unit order). */
export function serverNotifications(release: string): WireMessage[] {
  const dir = join(wireDir, release);
  const out: WireMessage[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { from, message } = JSON.parse(line) as { from: string; message: Record<string, unknown> };
      if (from === 'server' && typeof message.method === 'string' && !('id' in message)) out.push(message as unknown as WireMessage);
    }
  }
  return out;
}
