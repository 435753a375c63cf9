// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Usage of one rate-limit window. camelCase v2 form; the v1 `RateLimitWindow` is snake_case with a floating-point percentage. */
export type RateLimitWindow = {
  /** Share of the window already used, in percent. */
  usedPercent: number;
  /** Length of the window in minutes. */
  windowDurationMins?: number | null;
  /** When the window resets, as Unix time in seconds. */
  resetsAt?: number | null;
};
