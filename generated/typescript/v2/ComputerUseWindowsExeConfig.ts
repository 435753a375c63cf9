// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AllowDenyRequirement } from "./AllowDenyRequirement.js";

/** A decision about one Windows program, identified by its publisher and product (and optionally its file name). */
export type ComputerUseWindowsExeConfig = {
  access: AllowDenyRequirement;
  /** Executable file name, when the entry is limited to one. */
  binary_name?: string | null;
  product_name: string;
  publisher_name: string;
};
