/**
 * v2 usage limits: `account/rateLimits/read` and the `account/rateLimits/updated` notification.
 * These are the camelCase v2 forms; v1 has snake_case types of the same names at the root.
 */
import { array, bool, def, int32, int64, map, maybe, object, optional, ref, since, str, stringEnum } from '../schema.js';
import { JsonValue } from '../core/common.js';
import { PlanType } from './account.js';

export const RateLimitWindow = def(
  'v2',
  'RateLimitWindow',
  'Usage of one rate-limit window. camelCase v2 form; the v1 `RateLimitWindow` is snake_case with a floating-point percentage.',
  object({
    usedPercent: int32('Share of the window already used, in percent.'),
    windowDurationMins: maybe(int64('Length of the window in minutes.')),
    resetsAt: maybe(int64('When the window resets, as Unix time in seconds.')),
  }),
);

export const CreditsSnapshot = def(
  'v2',
  'CreditsSnapshot',
  'Credit balance of the account, as reported by the backend alongside its rate limits.',
  object({
    hasCredits: bool('Whether the account has credits at all.'),
    unlimited: bool('Whether the credits are unlimited.'),
    balance: maybe(str('Remaining balance, sent as a decimal string.')),
  }),
);

export const SpendControlLimitSnapshot = def(
  'v2',
  'SpendControlLimitSnapshot',
  'A spending limit set on the account, with how much of it is used.',
  object({
    limit: str('The limit, as a decimal string.'),
    used: str('Amount spent so far, as a decimal string.'),
    remainingPercent: int32('Share of the limit still available, in percent.'),
    resetsAt: int64('When the limit resets, as Unix time in seconds.'),
  }),
  { since: '0.171.0' },
);

export const RateLimitReachedType = def(
  'v2',
  'RateLimitReachedType',
  'Which limit stopped the account: its own rate limit, or the credits or usage limit of its workspace, as seen by the workspace owner or by a member.',
  stringEnum([
    'rate_limit_reached',
    'workspace_owner_credits_depleted',
    'workspace_member_credits_depleted',
    'workspace_owner_usage_limit_reached',
    'workspace_member_usage_limit_reached',
  ]),
  { since: '0.171.0' },
);

export const RateLimitSnapshot = def(
  'v2',
  'RateLimitSnapshot',
  'Current rate-limit usage of the account: a primary (short) and a secondary (long) window, plus credits.',
  object({
    limitId: since('0.171.0', maybe(str('Id of the metered limit this snapshot is about, such as `codex`.'))),
    limitName: since('0.171.0', maybe(str('Display name of that limit.'))),
    normalModelSlug: since(
      '0.171.0',
      maybe(str('When the limit is an alias of a model, the model whose name and reasoning options describe it.')),
    ),
    primary: maybe(ref(RateLimitWindow)),
    secondary: maybe(ref(RateLimitWindow)),
    credits: maybe(ref(CreditsSnapshot)),
    individualLimit: since('0.171.0', maybe(ref(SpendControlLimitSnapshot, 'The spending limit of this user, when one is set.'))),
    spendControlReached: since('0.171.0', maybe(bool('Whether a spending limit has been reached; null when the backend did not say.'))),
    planType: since('0.171.0', maybe(ref(PlanType))),
    rateLimitReachedType: since('0.171.0', maybe(ref(RateLimitReachedType, 'Which limit was reached, when one was.'))),
  }),
);

export const RateLimitResetType = def(
  'v2',
  'RateLimitResetType',
  'What a reset credit resets: the Codex rate limits, or something this release does not know (`unknown`).',
  stringEnum(['codexRateLimits', 'unknown']),
  { since: '0.171.0' },
);

export const RateLimitResetCreditStatus = def(
  'v2',
  'RateLimitResetCreditStatus',
  'State of a reset credit: available, being redeemed, redeemed, or not known to this release.',
  stringEnum(['available', 'redeeming', 'redeemed', 'unknown']),
  { since: '0.171.0' },
);

export const RateLimitResetCredit = def(
  'v2',
  'RateLimitResetCredit',
  'A credit the account can redeem to reset its rate limits early.',
  object({
    id: str('Opaque id of the credit.'),
    resetType: ref(RateLimitResetType),
    status: ref(RateLimitResetCreditStatus),
    grantedAt: int64('When the credit was granted, as Unix time in seconds.'),
    expiresAt: maybe(int64('When the credit expires, as Unix time in seconds; null when it does not.')),
    title: maybe(str('Title to show for the credit.')),
    description: maybe(str('Text to show for the credit.')),
  }),
  { since: '0.171.0' },
);

export const RateLimitResetCreditsSummary = def(
  'v2',
  'RateLimitResetCreditsSummary',
  'The reset credits of the account.',
  object({
    availableCount: int64('How many credits are available.'),
    credits: maybe(
      array(
        ref(RateLimitResetCredit),
        'The available credits, when the details were fetched (possibly fewer than `availableCount`); null when only the count is known.',
      ),
    ),
  }),
  { since: '0.171.0' },
);

export const GetAccountRateLimitsParams = def(
  'v2',
  'GetAccountRateLimitsParams',
  'Params of `account/rateLimits/read`: what the asking client supports.',
  object({
    supportsLunaReserve: optional(bool('The client handles the automatic Luna Reserve fallback. Defaults to false.')),
    excludeResetCreditDetails: optional(
      bool('Leave out the reset-credit details (the count stays), as for a background poll. Defaults to false.'),
    ),
  }),
  { since: '0.171.0' },
);

export const GetAccountRateLimitsResponse = def(
  'v2',
  'GetAccountRateLimitsResponse',
  'Result of `account/rateLimits/read`.',
  object({
    rateLimits: ref(RateLimitSnapshot),
    rateLimitsByLimitId: since('0.171.0', maybe(map(ref(RateLimitSnapshot), 'A snapshot per metered limit, keyed by its `limitId`.'))),
    ordinaryUsageAllowed: since('0.171.0', maybe(bool('Whether the account may use its included usage now; null when unknown.'))),
    rateLimitResetCredits: since('0.171.0', maybe(ref(RateLimitResetCreditsSummary))),
    accountId: since('0.171.0', maybe(str('The account the figures are for, when the backend says.'))),
    rateLimitUpsell: since(
      '0.171.0',
      maybe(
        ref(
          JsonValue,
          'A banner the backend wants shown, passed on as the backend sent it (its keys are snake_case); absent or null when there is none.',
        ),
      ),
    ),
  }),
);

export const AccountRateLimitsUpdatedNotification = def(
  'v2',
  'AccountRateLimitsUpdatedNotification',
  'Params of `account/rateLimits/updated`: fresh rate-limit figures arrived from the backend.',
  object({
    rateLimits: ref(RateLimitSnapshot),
  }),
);
