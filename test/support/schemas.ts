/** Shared test set-up, per release: the generated bundles in Ajv, and the TypeBox definitions as a checking context. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import { protocolCollection } from '../../codegen/current.js';
import { currentGeneration } from '../../codegen/current.js';
import { DISPATCH_FILE } from '../../codegen/emit-dispatch.js';
import { BUNDLE_FILE } from '../../codegen/emit-json.js';
import { outputFolder, output, type Output } from '../../codegen/outputs.js';
import { NEWEST, type Release } from '../../src/releases.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of an output of a release, relative to the repository (the docs under docs/, the rest under generated/). */
export const outputPath = (o: Output, release: Release) =>
  `${o.name === 'docs' ? 'docs' : 'generated'}/${outputFolder(o, release)}`.replace(/\/\.$/, '');

/** The folder of an output of a release under generated/. */
export const generatedDir = (name: 'json' | 'typescript' | 'validators', release: Release = NEWEST) =>
  `${repoRoot}generated/${outputFolder(output(name), release)}`;
export const generatedJsonDir = (release: Release = NEWEST) => generatedDir('json', release);
export const generatedTsDir = (release: Release = NEWEST) => generatedDir('typescript', release);

export type JsonObject = { [key: string]: unknown };

export function loadBundle(release: Release = NEWEST, file = BUNDLE_FILE): JsonObject {
  return JSON.parse(readFileSync(`${generatedJsonDir(release)}/${file}`, 'utf8')) as JsonObject;
}

/**
 * A strict draft-07 Ajv that records every warning instead of printing it. `strictNumbers`: a
 * number is finite (JSON.parse reads `1e400` as Infinity, which the runtime and the server refuse).
 */
export function strictAjv(warnings: string[] = [], discriminator = true): Ajv {
  const record = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return new Ajv({
    strict: true,
    strictNumbers: true,
    discriminator,
    allErrors: false,
    logger: { log: () => {}, warn: record, error: record },
  });
}

const ajvs = new Map<string, Ajv>();

function validatorIn(release: Release, file: string, discriminator: boolean, key: string): ValidateFunction {
  const id = `${release}/${file}`;
  let ajv = ajvs.get(id);
  if (ajv === undefined) {
    ajv = strictAjv([], discriminator);
    ajv.addSchema(loadBundle(release, file), id);
    ajvs.set(id, ajv);
  }
  const v = ajv.getSchema(`${id}#/definitions/${key}`);
  if (v === undefined) throw new Error(`no definition ${key} in ${id}`);
  return v;
}

/** Ajv validator for one definition of a release's bundle, e.g. `ServerNotification` or `v2/Thread`. */
export function bundleValidator(key: string, release: Release = NEWEST): ValidateFunction {
  return validatorIn(release, BUNDLE_FILE, true, key);
}

/** Ajv (no discriminator support) for one definition of a release's dispatch bundle: what a validator without `discriminator` reads. */
export function dispatchValidator(key: string, release: Release = NEWEST): ValidateFunction {
  return validatorIn(release, DISPATCH_FILE, false, key);
}

/** JSON pointer of what an Ajv error complains about (the missing key for `required`). */
export function errorPath(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`;
  if (e.keyword === 'discriminator') return `${e.instancePath}/${(e.params as { tag: string }).tag}`;
  return e.instancePath;
}

const compiled = new Map<string, ReturnType<typeof Compile>>();

/** TypeBox's compiled checker for one definition of a release, from the definitions projected to it. */
export function typeboxCheck(key: string, value: unknown, release: Release = NEWEST): boolean {
  let c = compiled.get(`${release} ${key}`);
  if (c === undefined) {
    const context = Object.fromEntries(protocolCollection(currentGeneration(release)).defs.map((d) => [d.key, d.schema])) as Record<
      string,
      TSchema
    >;
    c = Compile(context, { $ref: key } as unknown as TSchema);
    compiled.set(`${release} ${key}`, c);
  }
  return c.Check(value);
}
