// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a reset credit resets: the Codex rate limits, or something this release does not know (`unknown`). */
export type RateLimitResetType = "codexRateLimits" | "unknown";
