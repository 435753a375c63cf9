// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AddConversationListenerParams } from "./AddConversationListenerParams.js";
import type { ArchiveConversationParams } from "./ArchiveConversationParams.js";
import type { CancelLoginChatGptParams } from "./CancelLoginChatGptParams.js";
import type { ExecOneOffCommandParams } from "./ExecOneOffCommandParams.js";
import type { FuzzyFileSearchParams } from "./FuzzyFileSearchParams.js";
import type { GetAuthStatusParams } from "./GetAuthStatusParams.js";
import type { GetConversationSummaryParams } from "./GetConversationSummaryParams.js";
import type { GitDiffToRemoteParams } from "./GitDiffToRemoteParams.js";
import type { InitializeParams } from "./InitializeParams.js";
import type { InterruptConversationParams } from "./InterruptConversationParams.js";
import type { ListConversationsParams } from "./ListConversationsParams.js";
import type { LoginApiKeyParams } from "./LoginApiKeyParams.js";
import type { NewConversationParams } from "./NewConversationParams.js";
import type { RemoveConversationListenerParams } from "./RemoveConversationListenerParams.js";
import type { RequestId } from "./RequestId.js";
import type { ResumeConversationParams } from "./ResumeConversationParams.js";
import type { SendUserMessageParams } from "./SendUserMessageParams.js";
import type { SendUserTurnParams } from "./SendUserTurnParams.js";
import type { SetDefaultModelParams } from "./SetDefaultModelParams.js";
import type { CancelLoginAccountParams } from "./v2/CancelLoginAccountParams.js";
import type { ConfigBatchWriteParams } from "./v2/ConfigBatchWriteParams.js";
import type { ConfigReadParams } from "./v2/ConfigReadParams.js";
import type { ConfigValueWriteParams } from "./v2/ConfigValueWriteParams.js";
import type { FeedbackUploadParams } from "./v2/FeedbackUploadParams.js";
import type { GetAccountParams } from "./v2/GetAccountParams.js";
import type { LoginAccountParams } from "./v2/LoginAccountParams.js";
import type { ModelListParams } from "./v2/ModelListParams.js";
import type { ReviewStartParams } from "./v2/ReviewStartParams.js";
import type { ThreadArchiveParams } from "./v2/ThreadArchiveParams.js";
import type { ThreadCompactParams } from "./v2/ThreadCompactParams.js";
import type { ThreadListParams } from "./v2/ThreadListParams.js";
import type { ThreadResumeParams } from "./v2/ThreadResumeParams.js";
import type { ThreadStartParams } from "./v2/ThreadStartParams.js";
import type { TurnInterruptParams } from "./v2/TurnInterruptParams.js";
import type { TurnStartParams } from "./v2/TurnStartParams.js";

/** Any request a client sends to the app-server. */
export type ClientRequest =
  | {
      /**
       * Opens the session: the client identifies itself; must be the first request.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "initialize";
      params: InitializeParams;
    }
  | {
      /**
       * Starts a new conversation with optional configuration overrides.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "newConversation";
      params: NewConversationParams;
    }
  | {
      /**
       * Returns the summary of a recorded conversation, found by rollout path or id.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "getConversationSummary";
      params: GetConversationSummaryParams;
    }
  | {
      /**
       * Lists recorded conversations, one page at a time.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "listConversations";
      params: ListConversationsParams;
    }
  | {
      /**
       * Reopens a recorded conversation and replays its events.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "resumeConversation";
      params: ResumeConversationParams;
    }
  | {
      /**
       * Moves a conversation's rollout file to the archive.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "archiveConversation";
      params: ArchiveConversationParams;
    }
  | {
      /**
       * Sends user input as a new turn using the conversation's current settings.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "sendUserMessage";
      params: SendUserMessageParams;
    }
  | {
      /**
       * Sends user input as a new turn with explicit turn settings.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "sendUserTurn";
      params: SendUserTurnParams;
    }
  | {
      /**
       * Stops the conversation's running turn and reports why it ended.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "interruptConversation";
      params: InterruptConversationParams;
    }
  | {
      /**
       * Subscribes the client to a conversation's `codex/event/*` notifications.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "addConversationListener";
      params: AddConversationListenerParams;
    }
  | {
      /**
       * Cancels a subscription made with `addConversationListener`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "removeConversationListener";
      params: RemoveConversationListenerParams;
    }
  | {
      /**
       * Computes the diff between a working tree and its remote commit.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "gitDiffToRemote";
      params: GitDiffToRemoteParams;
    }
  | {
      /**
       * Signs the server in with an OpenAI API key.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "loginApiKey";
      params: LoginApiKeyParams;
    }
  | {
      /**
       * Starts a browser-based ChatGPT sign-in and returns the URL to open.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "loginChatGpt";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Aborts a pending ChatGPT sign-in.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "cancelLoginChatGpt";
      params: CancelLoginChatGptParams;
    }
  | {
      /**
       * Signs the server out and removes the stored credentials.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "logoutChatGpt";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Reports how the server is signed in, optionally with the token.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "getAuthStatus";
      params: GetAuthStatusParams;
    }
  | {
      /**
       * Returns the settings saved in the user's config file.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "getUserSavedConfig";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Saves the default model and reasoning effort in the user's config file.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "setDefaultModel";
      params: SetDefaultModelParams;
    }
  | {
      /**
       * Returns the user agent string the server sends upstream.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "getUserAgent";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Returns the email of the signed-in ChatGPT account, if any.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "userInfo";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Fuzzy-matches file paths under the given directories.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "fuzzyFileSearch";
      params: FuzzyFileSearchParams;
    }
  | {
      /**
       * Runs a single command under the sandbox outside any conversation.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "execOneOffCommand";
      params: ExecOneOffCommandParams;
    }
  | {
      /**
       * Creates a new thread and subscribes the client to its notifications.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "thread/start";
      params: ThreadStartParams;
    }
  | {
      /**
       * Reopens a stored thread (by id, rollout path or inline history) with its past turns and subscribes the client to it.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "thread/resume";
      params: ThreadResumeParams;
    }
  | {
      /**
       * Moves a thread out of the active list into the archive.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "thread/archive";
      params: ThreadArchiveParams;
    }
  | {
      /**
       * Lists stored threads, newest first, one page at a time.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "thread/list";
      params: ThreadListParams;
    }
  | {
      /**
       * Asks the server to summarize a thread's history to free context window space.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "thread/compact";
      params: ThreadCompactParams;
    }
  | {
      /**
       * Sends user input to a thread and starts a new turn, optionally overriding settings for it and later turns.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "turn/start";
      params: TurnStartParams;
    }
  | {
      /**
       * Stops a running turn; it then completes with status `interrupted`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "turn/interrupt";
      params: TurnInterruptParams;
    }
  | {
      /**
       * Starts a code review turn over the chosen changes, inline or in a separate review thread.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "review/start";
      params: ReviewStartParams;
    }
  | {
      /**
       * Lists the models available to new threads and turns, one page at a time.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "model/list";
      params: ModelListParams;
    }
  | {
      /**
       * Signs in with an API key or starts the ChatGPT browser sign-in; the result arrives as `account/login/completed`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "account/login/start";
      params: LoginAccountParams;
    }
  | {
      /**
       * Abandons a pending ChatGPT sign-in.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "account/login/cancel";
      params: CancelLoginAccountParams;
    }
  | {
      /**
       * Signs out and forgets the stored credentials; takes no params.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "account/logout";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Fetches the account's current rate-limit usage from the backend.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "account/rateLimits/read";
      /** This method takes no params: leave the key out (null is tolerated). */
      params?: null;
    }
  | {
      /**
       * Uploads user feedback about a thread, optionally with the server logs.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "feedback/upload";
      params: FeedbackUploadParams;
    }
  | {
      /**
       * Returns the effective configuration, where each value came from and optionally every layer.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "config/read";
      params: ConfigReadParams;
    }
  | {
      /**
       * Writes one value into a config file.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "config/value/write";
      params: ConfigValueWriteParams;
    }
  | {
      /**
       * Applies several value edits to one config file at once.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "config/batchWrite";
      params: ConfigBatchWriteParams;
    }
  | {
      /**
       * Reports which account the server is signed in with and whether sign-in is needed.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "account/read";
      params: GetAccountParams;
    };
