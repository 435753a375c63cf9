// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { DesktopOnboardingEntrypoint } from "./DesktopOnboardingEntrypoint.js";

/** Params of `account/login/completed`: a login attempt finished, successfully or not. */
export type AccountLoginCompletedNotification = {
  /** The attempt's `loginId`; null for API-key logins, which have none. */
  loginId?: string | null;
  success: boolean;
  /** Why the login failed, when it did. */
  error?: string | null;
  onboardingEntrypoint?: DesktopOnboardingEntrypoint | null;
};
