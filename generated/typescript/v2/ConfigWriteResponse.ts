// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AbsolutePathBuf } from "./AbsolutePathBuf.js";
import type { OverriddenMetadata } from "./OverriddenMetadata.js";
import type { WriteStatus } from "./WriteStatus.js";

/** Result of `config/value/write` and `config/batchWrite`. */
export type ConfigWriteResponse = {
  status: WriteStatus;
  /** New version of the edited file. */
  version: string;
  /** The file that was written, as an absolute path. */
  filePath: AbsolutePathBuf;
  /** Present when `status` is `okOverridden`. */
  overriddenMetadata?: OverriddenMetadata | null;
};
