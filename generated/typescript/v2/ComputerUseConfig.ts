// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AllowDenyRequirement } from "./AllowDenyRequirement.js";
import type { ComputerUseMacosConfig } from "./ComputerUseMacosConfig.js";
import type { ComputerUseWindowsConfig } from "./ComputerUseWindowsConfig.js";

/** The `computer_use` table: which desktop applications the computer use tool may operate. */
export type ComputerUseConfig = {
  /** The decision for applications no entry names. */
  default_app_access?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosConfig | null;
  windows?: ComputerUseWindowsConfig | null;
};
