/** Listing a folder's files without following symbolic links. */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { byCodeUnit } from './collect.js';

/** A listing stops with an error past this many entries (a folder of ours holds a few thousand). */
export const MAX_ENTRIES = 200_000;

export interface Listing {
  /** Regular files, as `/`-separated paths relative to the folder, sorted by code unit. */
  readonly files: string[];
  /** Anything else that is not a folder (symbolic links, sockets, ...), same form. */
  readonly others: string[];
}

/**
 * Every entry below `dir` (nothing when `dir` does not exist). Symbolic links are listed as
 * `others` and never followed, so a link out of the folder (or a loop) is never entered.
 */
export function listTree(dir: string): Listing {
  const files: string[] = [];
  const others: string[] = [];
  let seen = 0;
  const walk = (full: string, rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(full);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && rel === '') return;
      throw e;
    }
    for (const name of names) {
      if (++seen > MAX_ENTRIES) throw new Error(`${dir} holds more than ${MAX_ENTRIES} entries`);
      const path = rel === '' ? name : `${rel}/${name}`;
      const stat = lstatSync(join(full, name));
      if (stat.isDirectory()) walk(join(full, name), path);
      else (stat.isFile() ? files : others).push(path);
    }
  };
  walk(dir, '');
  return { files: files.sort(byCodeUnit), others: others.sort(byCodeUnit) };
}

/** The regular files below `dir`, relative and sorted ([] when `dir` is missing). */
export function listFiles(dir: string): string[] {
  return listTree(dir).files;
}
