/**
 * Every v1 (legacy conversation API) method, declared once: direction, params and result.
 * The `codex/event/<type>` notifications are not listed here; they are derived from `EventMsg`.
 */
import { clientNotification, clientRequest, serverNotification, serverRequest, type MethodSpec } from '../method.js';
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
import { ApplyPatchApprovalParams, ApplyPatchApprovalResponse, ExecCommandApprovalParams, ExecCommandApprovalResponse } from './approvals.js';
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

export const v1Methods: readonly MethodSpec[] = [
  // Client -> server requests (23), in catalog order.
  clientRequest('v1', 'initialize', InitializeParams, InitializeResponse, 'Opens the session: the client identifies itself; must be the first request.'),
  clientRequest('v1', 'newConversation', NewConversationParams, NewConversationResponse, 'Starts a new conversation with optional configuration overrides.'),
  clientRequest('v1', 'getConversationSummary', GetConversationSummaryParams, GetConversationSummaryResponse, 'Returns the summary of a recorded conversation, found by rollout path or id.'),
  clientRequest('v1', 'listConversations', ListConversationsParams, ListConversationsResponse, 'Lists recorded conversations, one page at a time.'),
  clientRequest('v1', 'resumeConversation', ResumeConversationParams, ResumeConversationResponse, 'Reopens a recorded conversation and replays its events.'),
  clientRequest('v1', 'archiveConversation', ArchiveConversationParams, ArchiveConversationResponse, 'Moves a conversation\'s rollout file to the archive.'),
  clientRequest('v1', 'sendUserMessage', SendUserMessageParams, SendUserMessageResponse, 'Sends user input as a new turn using the conversation\'s current settings.'),
  clientRequest('v1', 'sendUserTurn', SendUserTurnParams, SendUserTurnResponse, 'Sends user input as a new turn with explicit turn settings.'),
  clientRequest('v1', 'interruptConversation', InterruptConversationParams, InterruptConversationResponse, 'Stops the conversation\'s running turn and reports why it ended.'),
  clientRequest('v1', 'addConversationListener', AddConversationListenerParams, AddConversationSubscriptionResponse, 'Subscribes the client to a conversation\'s `codex/event/*` notifications.'),
  clientRequest('v1', 'removeConversationListener', RemoveConversationListenerParams, RemoveConversationSubscriptionResponse, 'Cancels a subscription made with `addConversationListener`.'),
  clientRequest('v1', 'gitDiffToRemote', GitDiffToRemoteParams, GitDiffToRemoteResponse, 'Computes the diff between a working tree and its remote commit.'),
  clientRequest('v1', 'loginApiKey', LoginApiKeyParams, LoginApiKeyResponse, 'Signs the server in with an OpenAI API key.'),
  clientRequest('v1', 'loginChatGpt', null, LoginChatGptResponse, 'Starts a browser-based ChatGPT sign-in and returns the URL to open.'),
  clientRequest('v1', 'cancelLoginChatGpt', CancelLoginChatGptParams, CancelLoginChatGptResponse, 'Aborts a pending ChatGPT sign-in.'),
  clientRequest('v1', 'logoutChatGpt', null, LogoutChatGptResponse, 'Signs the server out and removes the stored credentials.'),
  clientRequest('v1', 'getAuthStatus', GetAuthStatusParams, GetAuthStatusResponse, 'Reports how the server is signed in, optionally with the token.'),
  clientRequest('v1', 'getUserSavedConfig', null, GetUserSavedConfigResponse, 'Returns the settings saved in the user\'s config file.'),
  clientRequest('v1', 'setDefaultModel', SetDefaultModelParams, SetDefaultModelResponse, 'Saves the default model and reasoning effort in the user\'s config file.'),
  clientRequest('v1', 'getUserAgent', null, GetUserAgentResponse, 'Returns the user agent string the server sends upstream.'),
  clientRequest('v1', 'userInfo', null, UserInfoResponse, 'Returns the email of the signed-in ChatGPT account, if any.'),
  clientRequest('v1', 'fuzzyFileSearch', FuzzyFileSearchParams, FuzzyFileSearchResponse, 'Fuzzy-matches file paths under the given directories.'),
  clientRequest('v1', 'execOneOffCommand', ExecOneOffCommandParams, ExecOneOffCommandResponse, 'Runs a single command under the sandbox outside any conversation.'),

  // Server -> client requests (2).
  serverRequest('v1', 'applyPatchApproval', ApplyPatchApprovalParams, ApplyPatchApprovalResponse, 'Asks the client to approve or deny file changes the agent wants to apply.'),
  serverRequest('v1', 'execCommandApproval', ExecCommandApprovalParams, ExecCommandApprovalResponse, 'Asks the client to approve or deny a command the agent wants to run.'),

  // Server notifications (3).
  serverNotification('v1', 'authStatusChange', AuthStatusChangeNotification, 'Tells the client that the server\'s sign-in state changed.', { deprecated: 'use account/updated' }),
  serverNotification('v1', 'loginChatGptComplete', LoginChatGptCompleteNotification, 'Tells the client that a ChatGPT sign-in flow ended.', { deprecated: 'use account/login/completed' }),
  serverNotification('v1', 'sessionConfigured', SessionConfiguredNotification, 'Tells the client that a conversation\'s session is configured.'),

  // Client notification (1).
  clientNotification('v1', 'initialized', null, 'Sent by the client after it has processed the `initialize` response.'),
];
