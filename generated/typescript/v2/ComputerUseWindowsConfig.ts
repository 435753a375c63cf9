// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AllowDenyRequirement } from "./AllowDenyRequirement.js";
import type { ComputerUseWindowsExeConfig } from "./ComputerUseWindowsExeConfig.js";

/** Computer use on Windows: decisions by application user model id and by program. */
export type ComputerUseWindowsConfig = {
  /** Decisions keyed by application user model id. */
  aumids?: { [key: string]: AllowDenyRequirement } | null;
  /** Decisions about programs. */
  exes?: Array<ComputerUseWindowsExeConfig> | null;
};
