// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One cited passage of a memory file. */
export type MemoryCitationEntry = {
  /** Path of the memory file. */
  path: string;
  /** First line of the passage. */
  lineStart: number;
  /** Last line of the passage. */
  lineEnd: number;
  /** Why the passage was cited. */
  note: string;
};
