/**
 * Token usage and rate limits in the v1 (snake_case) form (catalog-v1 section 2d).
 * Re-exported by `core.ts`; import them from there.
 */
import { bool, def, double, int64, maybe, object, ref, str } from '../schema.js';

export const TokenUsage = def(
  'root',
  'TokenUsage',
  'Token counts for a span of model usage.',
  object({
    input_tokens: int64('Tokens sent to the model, including cached ones.'),
    cached_input_tokens: int64("Input tokens served from the provider's prompt cache."),
    output_tokens: int64('Tokens produced by the model, including reasoning.'),
    reasoning_output_tokens: int64('Output tokens spent on reasoning.'),
    total_tokens: int64('Sum of input and output tokens.'),
  }),
);

export const TokenUsageInfo = def(
  'root',
  'TokenUsageInfo',
  "Token usage of a conversation so far and of the latest model request, with the model's context window.",
  object({
    total_token_usage: ref(TokenUsage),
    last_token_usage: ref(TokenUsage),
    model_context_window: maybe(int64("Size of the model's context window in tokens, when known.")),
  }),
);

export const RateLimitWindow = def(
  'root',
  'RateLimitWindow',
  'Usage of one rate-limit window (v1 snake_case form; v2 uses camelCase fields).',
  object({
    used_percent: double('Share of the window already used, in percent.'),
    window_minutes: maybe(int64('Length of the window in minutes.')),
    resets_at: maybe(int64('When the window resets, as Unix time in seconds.')),
  }),
);

export const CreditsSnapshot = def(
  'root',
  'CreditsSnapshot',
  "State of the account's credits (v1 snake_case form).",
  object({
    has_credits: bool('Whether the account has any credits.'),
    unlimited: bool('Whether credits are unlimited.'),
    balance: maybe(str('Remaining balance, as a decimal string.')),
  }),
);

export const RateLimitSnapshot = def(
  'root',
  'RateLimitSnapshot',
  'Rate-limit state reported with token counts (v1 snake_case form). Each part is null when there is no data.',
  object({
    primary: maybe(ref(RateLimitWindow, 'The shorter rate-limit window.')),
    secondary: maybe(ref(RateLimitWindow, 'The longer rate-limit window.')),
    credits: maybe(ref(CreditsSnapshot)),
  }),
);
