// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkAccess } from "./NetworkAccess.js";

/** Effective sandbox restrictions for commands the agent runs, tagged on `type`. The v1 form uses kebab-case tags and snake_case fields and is not accepted here. */
export type SandboxPolicy =
  | {
      /** No sandbox: commands may read, write and use the network freely. */
      type: "dangerFullAccess";
    }
  | {
      /** Commands may read the file system but not write to it. */
      type: "readOnly";
      /** Whether commands may use the network. Defaults to false. */
      networkAccess?: boolean;
    }
  | {
      /** Codex applies no sandbox of its own because the process already runs inside one the embedder controls. */
      type: "externalSandbox";
      /** Network access inside the external sandbox. Defaults to `restricted`. */
      networkAccess?: NetworkAccess;
    }
  | {
      /** Commands may write inside the working directory and the extra writable roots. TS lists all four fields as required, but the server fills in defaults when they are omitted. */
      type: "workspaceWrite";
      /** Extra directories, besides the working directory, that commands may write to. Defaults to an empty list. */
      writableRoots?: Array<string>;
      /** Whether commands may use the network. Defaults to false. */
      networkAccess?: boolean;
      /** When true, the directory named by `$TMPDIR` is not writable. Defaults to false. */
      excludeTmpdirEnvVar?: boolean;
      /** When true, `/tmp` is not writable. Defaults to false. */
      excludeSlashTmp?: boolean;
    };
