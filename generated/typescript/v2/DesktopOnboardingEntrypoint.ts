// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where the desktop app should start its onboarding after a sign-in. */
export type DesktopOnboardingEntrypoint = "life_sciences";
