/**
 * Stage 2: name. Where each definition lives in the outputs: its JSON pointer in the bundle,
 * its TypeScript file, and the import path from one TypeScript file to another.
 */
import type { Def, Namespace } from '../src/def.js';

/** JSON pointer of a definition key inside the bundle (and inside every standalone file). */
export function pointer(key: string): string {
  return `#/definitions/${key}`;
}

/** Path of a definition's TypeScript file, relative to the TypeScript output folder. */
export function tsFile(d: Pick<Def, 'ns' | 'name'>): string {
  return d.ns === 'root' ? `${d.name}.ts` : `${d.ns}/${d.name}.ts`;
}

/** Relative ESM import specifier (with `.js`) from a file in namespace `from` to definition `to`. */
export function tsImport(from: Namespace, to: Pick<Def, 'ns' | 'name'>): string {
  if (from === to.ns) return `./${to.name}.js`;
  if (from === 'root') return `./${to.ns}/${to.name}.js`;
  return to.ns === 'root' ? `../${to.name}.js` : `../${to.ns}/${to.name}.js`;
}
