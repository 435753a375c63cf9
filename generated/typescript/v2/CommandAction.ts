// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { LegacyAppPathString } from "./LegacyAppPathString.js";

/** What a shell command was recognised as doing, for a friendlier display. Tagged on `type`; the v1 equivalent is `ParsedCommand`. */
export type CommandAction =
  | {
      /** Reads a file. */
      type: "read";
      /** The part of the command line this action was parsed from. */
      command: string;
      /** Display name of the file being read. */
      name: string;
      /** Path of the file being read, resolved against the command's working directory. */
      path: LegacyAppPathString;
    }
  | {
      /** Lists the files of a directory. */
      type: "listFiles";
      /** The part of the command line this action was parsed from. */
      command: string;
      /** Directory being listed, when known. */
      path?: string | null;
    }
  | {
      /** Searches file names or contents. */
      type: "search";
      /** The part of the command line this action was parsed from. */
      command: string;
      /** Search pattern, when known. */
      query?: string | null;
      /** Where the search runs, when known. */
      path?: string | null;
    }
  | {
      /** A command that was not recognised. */
      type: "unknown";
      /** The part of the command line this action was parsed from. */
      command: string;
    };
