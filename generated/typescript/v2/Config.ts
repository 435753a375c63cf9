// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ForcedLoginMethod } from "../ForcedLoginMethod.js";
import type { JsonValue } from "../JsonValue.js";
import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ReasoningSummary } from "../ReasoningSummary.js";
import type { Verbosity } from "../Verbosity.js";
import type { AnalyticsConfig } from "./AnalyticsConfig.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { AutoCompactTokenLimitScope } from "./AutoCompactTokenLimitScope.js";
import type { BrowserUseConfig } from "./BrowserUseConfig.js";
import type { ComputerUseConfig } from "./ComputerUseConfig.js";
import type { ForcedChatgptWorkspaceIds } from "./ForcedChatgptWorkspaceIds.js";
import type { SandboxMode } from "./SandboxMode.js";
import type { SandboxWorkspaceWrite } from "./SandboxWorkspaceWrite.js";
import type { ToolsV2 } from "./ToolsV2.js";
import type { WebSearchMode } from "./WebSearchMode.js";
import type { WebSearchProvider } from "./WebSearchProvider.js";

/** The effective configuration after merging every layer: the settings this library knows by name, plus any other key of the config file as it is written there. */
export type Config = {
  analytics?: AnalyticsConfig | null;
  /** When the agent asks before running commands. */
  approval_policy?: AskForApproval | null;
  /** [UNSTABLE] Who reviews approval requests by default. */
  approvals_reviewer?: ApprovalsReviewer | null;
  browser_use?: BrowserUseConfig | null;
  /** The client's preferred search provider; the model's own choice wins. */
  client_search_provider?: WebSearchProvider | null;
  /** Prompt the model is given to summarise the history when it is compacted. */
  compact_prompt?: string | null;
  computer_use?: ComputerUseConfig | null;
  /** Settings of the desktop app, kept as written. */
  desktop?: { [key: string]: JsonValue } | null;
  /** Extra developer instructions given to the model. */
  developer_instructions?: string | null;
  forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null;
  forced_login_method?: ForcedLoginMethod | null;
  instructions?: string | null;
  model?: string | null;
  /** Token count at which the history is compacted automatically. */
  model_auto_compact_token_limit?: number | null;
  model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null;
  /** Context window of the model, in tokens. */
  model_context_window?: number | null;
  /** Id of the model provider. */
  model_provider?: string | null;
  model_reasoning_effort?: ReasoningEffort | null;
  model_reasoning_summary?: ReasoningSummary | null;
  model_verbosity?: Verbosity | null;
  /** Model used for code reviews. */
  review_model?: string | null;
  sandbox_mode?: SandboxMode | null;
  /** Options of the workspace-write sandbox. */
  sandbox_workspace_write?: SandboxWorkspaceWrite | null;
  service_tier?: string | null;
  tools?: ToolsV2 | null;
  web_search?: WebSearchMode | null;
};
