// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Usage of one rate-limit window (v1 snake_case form; v2 uses camelCase fields). */
export type RateLimitWindow = {
  /** Share of the window already used, in percent. */
  used_percent: number;
  /** Length of the window in minutes. */
  window_minutes?: number | null;
  /** When the window resets, as Unix time in seconds. */
  resets_at?: number | null;
};
