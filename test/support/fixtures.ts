/** Loading the conformance fixtures and checking one against the bundle (Ajv) and the definitions (TypeBox). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../codegen/files.js';
import { check as fastCheck } from '../../generated/validators/index.js';
import { findMethod } from '../../src/registry.js';
import { bundleValidator, errorPath, repoRoot, typeboxCheck } from './schemas.js';

export interface Fixture {
  readonly file: string;
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

export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'messages');

export function loadFixtures(): Fixture[] {
  return listFiles(fixturesDir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ ...(JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as Omit<Fixture, 'file'>), file }));
}

/** Which definition a message is checked against, and where in the message that definition applies. */
export function target(f: Fixture): { key: string; value: unknown; prefix: string } {
  if (f.kind === 'response') {
    const spec = findMethod(f.method);
    if (spec?.result == null) throw new Error(`${f.file}: ${f.method} is not a request with a result`);
    return { key: spec.result.key, value: (f.message as { result?: unknown }).result, prefix: '/result' };
  }
  const key = f.kind === 'request'
    ? (f.direction === 'clientToServer' ? 'ClientRequest' : 'ServerRequest')
    : (f.direction === 'clientToServer' ? 'ClientNotification' : 'ServerNotification');
  return { key, value: f.message, prefix: '' };
}

export interface Verdict {
  readonly ajv: boolean;
  readonly typebox: boolean;
  /** The generated fast checks' verdict (the runtime's first pass). */
  readonly fast: boolean;
  /** Pointers (into the whole message) that Ajv's errors name. */
  readonly paths: string[];
  readonly errors: string;
}

export function check(f: Fixture): Verdict {
  const { key, value, prefix } = target(f);
  const validate = bundleValidator(key);
  let ajv = validate(value);
  const errors = validate.errors ?? [];
  let paths = errors.map((e) => prefix + errorPath(e));
  if (f.kind === 'response') {
    // The envelope too: a response is {id, result}.
    const envelope = bundleValidator('JSONRPCResponse');
    if (!envelope(f.message)) {
      ajv = false;
      paths = [...paths, ...(envelope.errors ?? []).map(errorPath)];
    }
  }
  const typebox = typeboxCheck(key, value) && (f.kind !== 'response' || typeboxCheck('JSONRPCResponse', f.message));
  const both = (id: string, v: unknown) => {
    const fn = fastCheck(id);
    if (fn === undefined) throw new Error(`no fast check ${id}`);
    return fn(v);
  };
  const fast = both(key, value) && (f.kind !== 'response' || both('JSONRPCResponse', f.message));
  return { ajv, typebox, fast, paths, errors: JSON.stringify(errors, null, 1) };
}
