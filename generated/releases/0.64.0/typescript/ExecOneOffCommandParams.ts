// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SandboxPolicy } from "./SandboxPolicy.js";

/** Params of `execOneOffCommand`: run one command under the sandbox, outside any conversation. */
export type ExecOneOffCommandParams = {
  /** The command as an argv list. */
  command: Array<string>;
  /** Kill the command after this many milliseconds. */
  timeoutMs?: number | null;
  /** Working directory; defaults to the server's. */
  cwd?: string | null;
  sandboxPolicy?: SandboxPolicy | null;
};
