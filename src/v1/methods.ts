/**
 * Every v1 (legacy conversation API) method, declared once: direction, params and result, and
 * the releases it exists in. 0.171.0 keeps only the session handshake, fuzzy file search and the
 * two legacy approval requests. The `codex/event/<type>` notifications are not listed here; they
 * are derived from `EventMsg` (src/registry.ts).
 */
import { methodTable } from '../method.js';
import {
  CancelLoginChatGptParams,
  CancelLoginChatGptResponse,
  GetAuthStatusParams,
  GetAuthStatusResponse,
  GetUserAgentResponse,
  InitializeParams,
  InitializeResponse,
  LoginApiKeyParams,
  LoginApiKeyResponse,
  LoginChatGptResponse,
  LogoutChatGptResponse,
  UserInfoResponse,
} from './account.js';
import {
  ApplyPatchApprovalParams,
  ApplyPatchApprovalResponse,
  ExecCommandApprovalParams,
  ExecCommandApprovalResponse,
} from './approvals.js';
import {
  AddConversationListenerParams,
  AddConversationSubscriptionResponse,
  ArchiveConversationParams,
  ArchiveConversationResponse,
  GetConversationSummaryParams,
  GetConversationSummaryResponse,
  InterruptConversationParams,
  InterruptConversationResponse,
  ListConversationsParams,
  ListConversationsResponse,
  NewConversationParams,
  NewConversationResponse,
  RemoveConversationListenerParams,
  RemoveConversationSubscriptionResponse,
  ResumeConversationParams,
  ResumeConversationResponse,
  SendUserMessageParams,
  SendUserMessageResponse,
  SendUserTurnParams,
  SendUserTurnResponse,
} from './conversation.js';
import {
  ExecOneOffCommandParams,
  ExecOneOffCommandResponse,
  FuzzyFileSearchParams,
  FuzzyFileSearchResponse,
  GetUserSavedConfigResponse,
  GitDiffToRemoteParams,
  GitDiffToRemoteResponse,
  SetDefaultModelParams,
  SetDefaultModelResponse,
} from './misc.js';
import { AuthStatusChangeNotification, LoginChatGptCompleteNotification, SessionConfiguredNotification } from './notifications.js';

export const v1Methods = methodTable('v1', {
  clientRequests: {
    initialize: {
      params: InitializeParams,
      result: InitializeResponse,
      doc: 'Opens the session: the client identifies itself; must be the first request.',
    },
    newConversation: {
      params: NewConversationParams,
      result: NewConversationResponse,
      doc: 'Starts a new conversation with optional configuration overrides.',
      removed: '0.171.0',
    },
    getConversationSummary: {
      params: GetConversationSummaryParams,
      result: GetConversationSummaryResponse,
      doc: 'Returns the summary of a recorded conversation, found by rollout path or id.',
      removed: '0.171.0',
    },
    listConversations: {
      params: ListConversationsParams,
      result: ListConversationsResponse,
      doc: 'Lists recorded conversations, one page at a time.',
      removed: '0.171.0',
    },
    resumeConversation: {
      params: ResumeConversationParams,
      result: ResumeConversationResponse,
      doc: 'Reopens a recorded conversation and replays its events.',
      removed: '0.171.0',
    },
    archiveConversation: {
      params: ArchiveConversationParams,
      result: ArchiveConversationResponse,
      doc: "Moves a conversation's rollout file to the archive.",
      removed: '0.171.0',
    },
    sendUserMessage: {
      params: SendUserMessageParams,
      result: SendUserMessageResponse,
      doc: "Sends user input as a new turn using the conversation's current settings.",
      removed: '0.171.0',
    },
    sendUserTurn: {
      params: SendUserTurnParams,
      result: SendUserTurnResponse,
      doc: 'Sends user input as a new turn with explicit turn settings.',
      removed: '0.171.0',
    },
    interruptConversation: {
      params: InterruptConversationParams,
      result: InterruptConversationResponse,
      doc: "Stops the conversation's running turn and reports why it ended.",
      removed: '0.171.0',
    },
    addConversationListener: {
      params: AddConversationListenerParams,
      result: AddConversationSubscriptionResponse,
      doc: "Subscribes the client to a conversation's `codex/event/*` notifications.",
      removed: '0.171.0',
    },
    removeConversationListener: {
      params: RemoveConversationListenerParams,
      result: RemoveConversationSubscriptionResponse,
      doc: 'Cancels a subscription made with `addConversationListener`.',
      removed: '0.171.0',
    },
    gitDiffToRemote: {
      params: GitDiffToRemoteParams,
      result: GitDiffToRemoteResponse,
      doc: 'Computes the diff between a working tree and its remote commit.',
      removed: '0.171.0',
    },
    loginApiKey: {
      params: LoginApiKeyParams,
      result: LoginApiKeyResponse,
      doc: 'Signs the server in with an OpenAI API key.',
      removed: '0.171.0',
    },
    loginChatGpt: {
      params: null,
      result: LoginChatGptResponse,
      doc: 'Starts a browser-based ChatGPT sign-in and returns the URL to open.',
      removed: '0.171.0',
    },
    cancelLoginChatGpt: {
      params: CancelLoginChatGptParams,
      result: CancelLoginChatGptResponse,
      doc: 'Aborts a pending ChatGPT sign-in.',
      removed: '0.171.0',
    },
    logoutChatGpt: {
      params: null,
      result: LogoutChatGptResponse,
      doc: 'Signs the server out and removes the stored credentials.',
      removed: '0.171.0',
    },
    getAuthStatus: {
      params: GetAuthStatusParams,
      result: GetAuthStatusResponse,
      doc: 'Reports how the server is signed in, optionally with the token.',
      removed: '0.171.0',
    },
    getUserSavedConfig: {
      params: null,
      result: GetUserSavedConfigResponse,
      doc: "Returns the settings saved in the user's config file.",
      removed: '0.171.0',
    },
    setDefaultModel: {
      params: SetDefaultModelParams,
      result: SetDefaultModelResponse,
      doc: "Saves the default model and reasoning effort in the user's config file.",
      removed: '0.171.0',
    },
    getUserAgent: {
      params: null,
      result: GetUserAgentResponse,
      doc: 'Returns the user agent string the server sends upstream.',
      removed: '0.171.0',
    },
    userInfo: {
      params: null,
      result: UserInfoResponse,
      doc: 'Returns the email of the signed-in ChatGPT account, if any.',
      removed: '0.171.0',
    },
    fuzzyFileSearch: {
      params: FuzzyFileSearchParams,
      result: FuzzyFileSearchResponse,
      doc: 'Fuzzy-matches file paths under the given directories.',
    },
    execOneOffCommand: {
      params: ExecOneOffCommandParams,
      result: ExecOneOffCommandResponse,
      doc: 'Runs a single command under the sandbox outside any conversation.',
      removed: '0.171.0',
    },
  },
  serverRequests: {
    applyPatchApproval: {
      params: ApplyPatchApprovalParams,
      result: ApplyPatchApprovalResponse,
      doc: 'Asks the client to approve or deny file changes the agent wants to apply.',
    },
    execCommandApproval: {
      params: ExecCommandApprovalParams,
      result: ExecCommandApprovalResponse,
      doc: 'Asks the client to approve or deny a command the agent wants to run.',
    },
  },
  serverNotifications: {
    authStatusChange: {
      params: AuthStatusChangeNotification,
      doc: "Tells the client that the server's sign-in state changed.",
      deprecated: 'use account/updated',
      removed: '0.171.0',
    },
    loginChatGptComplete: {
      params: LoginChatGptCompleteNotification,
      doc: 'Tells the client that a ChatGPT sign-in flow ended.',
      deprecated: 'use account/login/completed',
      removed: '0.171.0',
    },
    sessionConfigured: {
      params: SessionConfiguredNotification,
      doc: "Tells the client that a conversation's session is configured.",
      removed: '0.171.0',
    },
  },
  clientNotifications: {
    initialized: { params: null, doc: 'Sent by the client after it has processed the `initialize` response.' },
  },
});
