// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AllowDenyRequirement } from "./AllowDenyRequirement.js";

/** What the browser tool may do on a site: visit it, download, upload, and use the full DevTools protocol. A null entry leaves the decision to the default. */
export type BrowserUseOriginPolicyConfig = {
  access?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  full_cdp_access?: AllowDenyRequirement | null;
  uploads?: AllowDenyRequirement | null;
};
