/** Shared test set-up: the generated bundle in Ajv, and the TypeBox definitions as a checking context. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import { protocolCollection } from '../../codegen/current.js';
import { DISPATCH_FILE } from '../../codegen/emit-dispatch.js';
import { BUNDLE_FILE } from '../../codegen/emit-json.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const generatedJsonDir = `${repoRoot}generated/json`;
export const generatedTsDir = `${repoRoot}generated/typescript`;

export type JsonObject = { [key: string]: unknown };

export function loadBundle(): JsonObject {
  return JSON.parse(readFileSync(`${generatedJsonDir}/${BUNDLE_FILE}`, 'utf8')) as JsonObject;
}

/**
 * A strict draft-07 Ajv that records every warning instead of printing it. `strictNumbers`: a
 * number is finite (JSON.parse reads `1e400` as Infinity, which the runtime and the server refuse).
 */
export function strictAjv(warnings: string[] = [], discriminator = true): Ajv {
  const record = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return new Ajv({ strict: true, strictNumbers: true, discriminator, allErrors: false, logger: { log: () => {}, warn: record, error: record } });
}

const BUNDLE_ID = 'codex-app-server-protocol';
let bundleAjv: Ajv | undefined;

/** Ajv validator for one definition of the generated bundle, e.g. `ServerNotification` or `v2/Thread`. */
export function bundleValidator(key: string): ValidateFunction {
  if (bundleAjv === undefined) {
    bundleAjv = strictAjv();
    bundleAjv.addSchema(loadBundle(), BUNDLE_ID);
  }
  const v = bundleAjv.getSchema(`${BUNDLE_ID}#/definitions/${key}`);
  if (v === undefined) throw new Error(`no definition ${key} in the bundle`);
  return v;
}

/** JSON pointer of what an Ajv error complains about (the missing key for `required`). */
export function errorPath(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`;
  if (e.keyword === 'discriminator') return `${e.instancePath}/${(e.params as { tag: string }).tag}`;
  return e.instancePath;
}

let dispatchAjv: Ajv | undefined;

/** Ajv (no discriminator support) for one definition of the dispatch bundle: what a validator without `discriminator` reads. */
export function dispatchValidator(key: string): ValidateFunction {
  if (dispatchAjv === undefined) {
    dispatchAjv = strictAjv([], false);
    dispatchAjv.addSchema(JSON.parse(readFileSync(`${generatedJsonDir}/${DISPATCH_FILE}`, 'utf8')), 'dispatch');
  }
  const v = dispatchAjv.getSchema(`dispatch#/definitions/${key}`);
  if (v === undefined) throw new Error(`no definition ${key} in the dispatch bundle`);
  return v;
}

const typeboxContext = (): Record<string, TSchema> => Object.fromEntries(protocolCollection().defs.map((d) => [d.key, d.schema]));
const compiled = new Map<string, ReturnType<typeof Compile>>();

/** TypeBox's compiled checker for one definition, straight from the TypeBox sources. */
export function typeboxCheck(key: string, value: unknown): boolean {
  let c = compiled.get(key);
  if (c === undefined) {
    c = Compile(typeboxContext(), { $ref: key } as unknown as TSchema);
    compiled.set(key, c);
  }
  return c.Check(value);
}
