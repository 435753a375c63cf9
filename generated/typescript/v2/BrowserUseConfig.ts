// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { BrowserUseOriginPolicyConfig } from "./BrowserUseOriginPolicyConfig.js";

/** The `browser_use` table: what the browser tool may do. */
export type BrowserUseConfig = {
  /** Whether the tool may read the browser history. */
  allow_history_access?: boolean | null;
  /** The policy of sites without an entry in `origins`. */
  default_origin_policy?: BrowserUseOriginPolicyConfig | null;
  /** Policies by site origin. */
  origins?: { [key: string]: BrowserUseOriginPolicyConfig } | null;
};
