// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AllowDenyRequirement } from "./AllowDenyRequirement.js";

/** Computer use on macOS: decisions by application bundle id. */
export type ComputerUseMacosConfig = {
  /** Decisions keyed by bundle id, such as `com.apple.Safari`. */
  bundle_ids?: { [key: string]: AllowDenyRequirement } | null;
};
