// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ApplyPatchApprovalParams } from "./ApplyPatchApprovalParams.js";
import type { ExecCommandApprovalParams } from "./ExecCommandApprovalParams.js";
import type { RequestId } from "./RequestId.js";
import type { CommandExecutionRequestApprovalParams } from "./v2/CommandExecutionRequestApprovalParams.js";
import type { FileChangeRequestApprovalParams } from "./v2/FileChangeRequestApprovalParams.js";

/** Any request the app-server sends to the client (approvals). */
export type ServerRequest =
  | {
      /**
       * Asks the client to approve or deny file changes the agent wants to apply.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "applyPatchApproval";
      params: ApplyPatchApprovalParams;
    }
  | {
      /**
       * Asks the client to approve or deny a command the agent wants to run.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "execCommandApproval";
      params: ExecCommandApprovalParams;
    }
  | {
      /**
       * Asks the user whether a command the agent wants to run may run; sent only for turns started with `turn/start`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "item/commandExecution/requestApproval";
      params: CommandExecutionRequestApprovalParams;
    }
  | {
      /**
       * Asks the user whether the agent may apply a file change; sent only for turns started with `turn/start`.
       *
       * Optional JSON-RPC version marker; the app-server never sends it.
       */
      jsonrpc?: "2.0";
      id: RequestId;
      method: "item/fileChange/requestApproval";
      params: FileChangeRequestApprovalParams;
    };
