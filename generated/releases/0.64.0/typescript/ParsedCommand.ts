// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Codex's best-effort reading of what a shell command does, used to summarise it for display. Tagged on `type`. */
export type ParsedCommand =
  | {
      /** Reads a file (e.g. `cat`, `sed -n`). */
      type: "read";
      /** The command text this entry was parsed from. */
      cmd: string;
      /** Short display name of the file being read. */
      name: string;
      /** Path of the file being read. */
      path: string;
    }
  | {
      /** Lists files (e.g. `ls`, `find`). */
      type: "list_files";
      /** The command text this entry was parsed from. */
      cmd: string;
      /** Directory being listed, when known. */
      path?: string | null;
    }
  | {
      /** Searches file contents or names (e.g. `rg`, `grep`). */
      type: "search";
      /** The command text this entry was parsed from. */
      cmd: string;
      /** Pattern searched for, when known. */
      query?: string | null;
      /** Where the search runs, when known. */
      path?: string | null;
    }
  | {
      /** A command Codex could not classify. */
      type: "unknown";
      /** The command text. */
      cmd: string;
    };
