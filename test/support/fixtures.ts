/** Loading the conformance fixtures of a release and checking one against its bundle (Ajv) and the definitions (TypeBox). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../codegen/files.js';
import { runtimeFor } from '../../src/runtime/index.js';
import { findMethod } from '../../src/registry.js';
import { RELEASES, type Release } from '../../src/releases.js';
import { bundleValidator, errorPath, repoRoot, typeboxCheck } from './schemas.js';

export interface Fixture {
  /** Path under the release's fixture folder. */
  readonly file: string;
  readonly release: Release;
  readonly description: string;
  readonly source: string;
  readonly direction: 'clientToServer' | 'serverToClient';
  readonly kind: 'request' | 'notification' | 'response';
  readonly method: string;
  readonly valid: boolean;
  readonly supersededBy?: string;
  readonly expectedErrorPath?: string;
  readonly expectedErrorPaths?: readonly string[];
  readonly message: unknown;
}

/** The fixture folder of a release: test/fixtures/messages/<release>. */
export const fixturesDir = (release: Release) => join(repoRoot, 'test', 'fixtures', 'messages', release);

export function loadFixtures(release: Release): Fixture[] {
  return listFiles(fixturesDir(release))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({
      ...(JSON.parse(readFileSync(join(fixturesDir(release), file), 'utf8')) as Omit<Fixture, 'file' | 'release'>),
      file,
      release,
    }));
}

/** The fixtures of every release. */
export function allFixtures(): Fixture[] {
  return RELEASES.flatMap((r) => loadFixtures(r));
}

/** Which definition a message is checked against, and where in the message that definition applies. */
export function target(f: Fixture): { key: string; value: unknown; prefix: string } {
  if (f.kind === 'response') {
    const spec = findMethod(f.method, f.release);
    if (spec?.result == null) throw new Error(`${f.file}: ${f.method} is not a request with a result in ${f.release}`);
    return { key: spec.result.key, value: (f.message as { result?: unknown }).result, prefix: '/result' };
  }
  const key =
    f.kind === 'request'
      ? f.direction === 'clientToServer'
        ? 'ClientRequest'
        : 'ServerRequest'
      : f.direction === 'clientToServer'
        ? 'ClientNotification'
        : 'ServerNotification';
  return { key, value: f.message, prefix: '' };
}

export interface Verdict {
  readonly ajv: boolean;
  readonly typebox: boolean;
  /** The runtime's verdict on the message, as its peer would receive it. */
  readonly runtime: boolean;
  /** Pointers (into the whole message) that Ajv's errors name. */
  readonly paths: string[];
  readonly errors: string;
}

export function check(f: Fixture): Verdict {
  const { key, value, prefix } = target(f);
  const validate = bundleValidator(key, f.release);
  let ajv = validate(value);
  const errors = validate.errors ?? [];
  let paths = errors.map((e) => prefix + errorPath(e));
  if (f.kind === 'response') {
    // The envelope too: a response is {id, result}.
    const envelope = bundleValidator('JSONRPCResponse', f.release);
    if (!envelope(f.message)) {
      ajv = false;
      paths = [...paths, ...(envelope.errors ?? []).map(errorPath)];
    }
  }
  const typebox = typeboxCheck(key, value, f.release) && (f.kind !== 'response' || typeboxCheck('JSONRPCResponse', f.message, f.release));
  const rt = runtimeFor(f.release);
  const runtime =
    f.kind === 'response'
      ? rt.parse(f.message, 'serverToClient').ok && rt.validateResult(f.method, value).ok
      : rt.parse(f.message, f.direction).ok;
  return { ajv, typebox, runtime, paths, errors: JSON.stringify(errors, null, 1) };
}
