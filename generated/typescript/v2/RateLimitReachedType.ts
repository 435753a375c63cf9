// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which limit stopped the account: its own rate limit, or the credits or usage limit of its workspace, as seen by the workspace owner or by a member. */
export type RateLimitReachedType =
  | "rate_limit_reached"
  | "workspace_owner_credits_depleted"
  | "workspace_member_credits_depleted"
  | "workspace_owner_usage_limit_reached"
  | "workspace_member_usage_limit_reached";
