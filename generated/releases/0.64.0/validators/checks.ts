// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (fast checks, codegen/checks/).

function d_AddConversationListenerParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["experimentalRawEvents"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  return true;
}

function d_AddConversationSubscriptionResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["subscriptionId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentMessageContent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "Text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_AgentMessageContentDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["item_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_AgentMessageDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["delta"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentMessageEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentMessageItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["content"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_AgentMessageContent(x3)) return false;
  }
  return true;
}

function d_AgentReasoningDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["delta"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentReasoningEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["text"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentReasoningRawContentDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["delta"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentReasoningRawContentEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["text"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_AgentReasoningSectionBreakEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["item_id"];
  if (x0 !== undefined) {
    if (typeof x0 !== "string") return false;
  }
  const x1 = v["summary_index"];
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) return false;
  }
  return true;
}

function d_Annotations(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["audience"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!Array.isArray(x0)) return false;
      for (let i1 = 0; i1 < x0.length; i1++) {
        const x2 = x0[i1];
        if (typeof x2 !== "string") return false;
        if (!(x2 === "assistant" || x2 === "user")) return false;
      }
    }
  }
  const x3 = v["lastModified"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["priority"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "number" || !Number.isFinite(x4)) return false;
    }
  }
  return true;
}

function d_ApplyPatchApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["callId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["fileChanges"];
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  for (const k3 in x2) {
    const x4 = x2[k3];
    if (!d_FileChange(x4)) return false;
  }
  const x5 = v["reason"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["grantRoot"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  return true;
}

function d_ApplyPatchApprovalRequestEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["changes"];
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  for (const k3 in x2) {
    const x4 = x2[k3];
    if (!d_FileChange(x4)) return false;
  }
  const x5 = v["reason"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["grant_root"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  return true;
}

function d_ApplyPatchApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "approved" || x0 === "approved_for_session" || x0 === "denied" || x0 === "abort")) return false;
  return true;
}

function d_ArchiveConversationParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["rolloutPath"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_ArchiveConversationResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_AskForApproval(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "untrusted" || v === "on-failure" || v === "on-request" || v === "never")) return false;
  return true;
}

function d_AudioContent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (typeof x0 !== "string") return false;
  const x1 = v["data"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (typeof x2 !== "string") return false;
  const x3 = v["annotations"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_Annotations(x3)) return false;
    }
  }
  return true;
}

function d_AuthMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "apikey" || v === "chatgpt")) return false;
  return true;
}

function d_AuthStatusChangeNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["authMethod"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "apikey" || x0 === "chatgpt")) return false;
    }
  }
  return true;
}

function d_BackgroundEventEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_BlobResourceContents(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["blob"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_CallToolResult(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["content"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_ContentBlock(x2)) return false;
  }
  const x3 = v["isError"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "boolean") return false;
    }
  }
  const x4 = v["structuredContent"];
  if (x4 !== undefined) {
    if (!d_JsonValue(x4)) return false;
  }
  return true;
}

function d_CancelLoginChatGptParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["loginId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_CancelLoginChatGptResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_ClientInfo(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  const x1 = v["title"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["version"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_ClientNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "initialized") return false;
  const x2 = v["params"];
  if (x2 !== undefined) {
    if (x2 !== null) return false;
  }
  return true;
}

function d_ClientRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["method"]) {
    case "initialize":
      if (!h_6354c0a1(v)) return false;
      break;
    case "newConversation":
      if (!h_99b391ff(v)) return false;
      break;
    case "getConversationSummary":
      if (!h_c1eeb011(v)) return false;
      break;
    case "listConversations":
      if (!h_3206c622(v)) return false;
      break;
    case "resumeConversation":
      if (!h_8841b929(v)) return false;
      break;
    case "archiveConversation":
      if (!h_cdce1c55(v)) return false;
      break;
    case "sendUserMessage":
      if (!h_8a786ce4(v)) return false;
      break;
    case "sendUserTurn":
      if (!h_6c0058f0(v)) return false;
      break;
    case "interruptConversation":
      if (!h_e2bec7fc(v)) return false;
      break;
    case "addConversationListener":
      if (!h_88a64355(v)) return false;
      break;
    case "removeConversationListener":
      if (!h_2dbabc4a(v)) return false;
      break;
    case "gitDiffToRemote":
      if (!h_3a35108a(v)) return false;
      break;
    case "loginApiKey":
      if (!h_4ef3da3d(v)) return false;
      break;
    case "loginChatGpt":
      if (!h_184463fd(v)) return false;
      break;
    case "cancelLoginChatGpt":
      if (!h_2e9211ef(v)) return false;
      break;
    case "logoutChatGpt":
      if (!h_624a08e4(v)) return false;
      break;
    case "getAuthStatus":
      if (!h_264725c7(v)) return false;
      break;
    case "getUserSavedConfig":
      if (!h_506f88f3(v)) return false;
      break;
    case "setDefaultModel":
      if (!h_8dd65432(v)) return false;
      break;
    case "getUserAgent":
      if (!h_dd995740(v)) return false;
      break;
    case "userInfo":
      if (!h_f7836296(v)) return false;
      break;
    case "fuzzyFileSearch":
      if (!h_67babfad(v)) return false;
      break;
    case "execOneOffCommand":
      if (!h_6e84625e(v)) return false;
      break;
    case "thread/start":
      if (!h_7a7e5683(v)) return false;
      break;
    case "thread/resume":
      if (!h_584df16f(v)) return false;
      break;
    case "thread/archive":
      if (!h_86468fea(v)) return false;
      break;
    case "thread/list":
      if (!h_2a8934e9(v)) return false;
      break;
    case "thread/compact":
      if (!h_79b808e1(v)) return false;
      break;
    case "turn/start":
      if (!h_21fc4928(v)) return false;
      break;
    case "turn/interrupt":
      if (!h_442091df(v)) return false;
      break;
    case "review/start":
      if (!h_18462bff(v)) return false;
      break;
    case "model/list":
      if (!h_4328d209(v)) return false;
      break;
    case "account/login/start":
      if (!h_8c558e5f(v)) return false;
      break;
    case "account/login/cancel":
      if (!h_66a8d9f3(v)) return false;
      break;
    case "account/logout":
      if (!h_fe966b14(v)) return false;
      break;
    case "account/rateLimits/read":
      if (!h_7c3a8e8d(v)) return false;
      break;
    case "feedback/upload":
      if (!h_322bbc0a(v)) return false;
      break;
    case "config/read":
      if (!h_18196e3d(v)) return false;
      break;
    case "config/value/write":
      if (!h_58ed18ba(v)) return false;
      break;
    case "config/batchWrite":
      if (!h_9ad6b834(v)) return false;
      break;
    case "account/read":
      if (!h_c28cfd85(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_CodexErrorInfo(v: any): boolean {
  let n0 = 0;
  if (h_fb8c5740(v) && ++n0 > 1) return false;
  if (h_227f9f34(v) && ++n0 > 1) return false;
  if (h_4765dc1a(v) && ++n0 > 1) return false;
  if (h_10609064(v) && ++n0 > 1) return false;
  if (h_491b88de(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_CodexEventNotificationParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (x1 === undefined) return false;
  if (!d_EventMsg(x1, 0)) return false;
  const x2 = v["conversationId"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_ContentBlock(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "text":
      if (!h_8db8dbf0(v)) return false;
      break;
    case "image":
      if (!h_f518b251(v)) return false;
      break;
    case "audio":
      if (!h_1749987d(v)) return false;
      break;
    case "resource_link":
      if (!h_9124ac5b(v)) return false;
      break;
    case "resource":
      if (!h_afe98583(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ContentItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "input_text":
      if (!h_10118bb9(v)) return false;
      break;
    case "input_image":
      if (!h_d1ab22fe(v)) return false;
      break;
    case "output_text":
      if (!h_f196517d(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ContextCompactedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_ConversationGitInfo(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["sha"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["branch"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["origin_url"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_ConversationId(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_ConversationSummary(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  const x2 = v["preview"];
  if (typeof x2 !== "string") return false;
  const x3 = v["timestamp"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["modelProvider"];
  if (typeof x4 !== "string") return false;
  const x5 = v["cwd"];
  if (typeof x5 !== "string") return false;
  const x6 = v["cliVersion"];
  if (typeof x6 !== "string") return false;
  const x7 = v["source"];
  if (x7 === undefined) return false;
  if (!d_SessionSource(x7)) return false;
  const x8 = v["gitInfo"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!d_ConversationGitInfo(x8)) return false;
    }
  }
  return true;
}

function d_CreditsSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["has_credits"];
  if (typeof x0 !== "boolean") return false;
  const x1 = v["unlimited"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["balance"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_CustomPrompt(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  const x2 = v["content"];
  if (typeof x2 !== "string") return false;
  const x3 = v["description"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["argument_hint"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_DeprecationNoticeEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["summary"];
  if (typeof x0 !== "string") return false;
  const x1 = v["details"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_Duration(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["secs"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < 0) return false;
  const x1 = v["nanos"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  if (x1 > 4294967295) return false;
  return true;
}

function d_ElicitationRequestEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["server_name"];
  if (typeof x0 !== "string") return false;
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["message"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_EmbeddedResource(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (typeof x0 !== "string") return false;
  const x1 = v["resource"];
  if (x1 === undefined) return false;
  if (!d_EmbeddedResourceResource(x1)) return false;
  const x2 = v["annotations"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_Annotations(x2)) return false;
    }
  }
  return true;
}

function d_EmbeddedResourceResource(v: any): boolean {
  let n0 = 0;
  if (h_f5691683(v) && ++n0 > 1) return false;
  if (h_62736ba6(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_ErrorEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  const x1 = v["codex_error_info"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_CodexErrorInfo(x1)) return false;
    }
  }
  return true;
}

function d_EventMsg(v: any, d: number): boolean {
  if (d > 64) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "error":
      if (!h_5f16dabc(v, d)) return false;
      break;
    case "warning":
      if (!h_ead53a77(v, d)) return false;
      break;
    case "context_compacted":
      if (!h_c5d23656(v, d)) return false;
      break;
    case "task_started":
      if (!h_5c87c439(v, d)) return false;
      break;
    case "task_complete":
      if (!h_15460730(v, d)) return false;
      break;
    case "token_count":
      if (!h_17635807(v, d)) return false;
      break;
    case "agent_message":
      if (!h_66fff712(v, d)) return false;
      break;
    case "user_message":
      if (!h_89c03392(v, d)) return false;
      break;
    case "agent_message_delta":
      if (!h_9c63f093(v, d)) return false;
      break;
    case "agent_reasoning":
      if (!h_e826a7c8(v, d)) return false;
      break;
    case "agent_reasoning_delta":
      if (!h_d144c83b(v, d)) return false;
      break;
    case "agent_reasoning_raw_content":
      if (!h_9dfbbadc(v, d)) return false;
      break;
    case "agent_reasoning_raw_content_delta":
      if (!h_130f394c(v, d)) return false;
      break;
    case "agent_reasoning_section_break":
      if (!h_4c379784(v, d)) return false;
      break;
    case "session_configured":
      if (!h_51ab38c4(v, d)) return false;
      break;
    case "mcp_startup_update":
      if (!h_deb41069(v, d)) return false;
      break;
    case "mcp_startup_complete":
      if (!h_0a8335e2(v, d)) return false;
      break;
    case "mcp_tool_call_begin":
      if (!h_59e8f3a5(v, d)) return false;
      break;
    case "mcp_tool_call_end":
      if (!h_63b5abf7(v, d)) return false;
      break;
    case "web_search_begin":
      if (!h_2728f144(v, d)) return false;
      break;
    case "web_search_end":
      if (!h_b55bacff(v, d)) return false;
      break;
    case "exec_command_begin":
      if (!h_df9953a3(v, d)) return false;
      break;
    case "exec_command_output_delta":
      if (!h_d3445df9(v, d)) return false;
      break;
    case "exec_command_end":
      if (!h_9de0fbff(v, d)) return false;
      break;
    case "view_image_tool_call":
      if (!h_1c8d7b32(v, d)) return false;
      break;
    case "exec_approval_request":
      if (!h_b1a7158b(v, d)) return false;
      break;
    case "elicitation_request":
      if (!h_06e4c47a(v, d)) return false;
      break;
    case "apply_patch_approval_request":
      if (!h_5a7ed789(v, d)) return false;
      break;
    case "deprecation_notice":
      if (!h_44b70543(v, d)) return false;
      break;
    case "background_event":
      if (!h_3bc65d96(v, d)) return false;
      break;
    case "undo_started":
      if (!h_b4327932(v, d)) return false;
      break;
    case "undo_completed":
      if (!h_399796a3(v, d)) return false;
      break;
    case "stream_error":
      if (!h_9ce3b6a3(v, d)) return false;
      break;
    case "patch_apply_begin":
      if (!h_0bcea1e3(v, d)) return false;
      break;
    case "patch_apply_end":
      if (!h_7264a369(v, d)) return false;
      break;
    case "turn_diff":
      if (!h_c52f2983(v, d)) return false;
      break;
    case "get_history_entry_response":
      if (!h_2250bccb(v, d)) return false;
      break;
    case "mcp_list_tools_response":
      if (!h_5d3c0374(v, d)) return false;
      break;
    case "list_custom_prompts_response":
      if (!h_3e6b0c77(v, d)) return false;
      break;
    case "plan_update":
      if (!h_76c71a3a(v, d)) return false;
      break;
    case "turn_aborted":
      if (!h_394f9514(v, d)) return false;
      break;
    case "shutdown_complete":
      if (!h_71c60258(v, d)) return false;
      break;
    case "entered_review_mode":
      if (!h_01f91145(v, d)) return false;
      break;
    case "exited_review_mode":
      if (!h_9698ef5e(v, d)) return false;
      break;
    case "raw_response_item":
      if (!h_ec1ded07(v, d)) return false;
      break;
    case "item_started":
      if (!h_4578d1f5(v, d)) return false;
      break;
    case "item_completed":
      if (!h_3e34b7be(v, d)) return false;
      break;
    case "agent_message_content_delta":
      if (!h_1078cae9(v, d)) return false;
      break;
    case "reasoning_content_delta":
      if (!h_7b388872(v, d)) return false;
      break;
    case "reasoning_raw_content_delta":
      if (!h_b3f4a243(v, d)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ExecApprovalRequestEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["command"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (typeof x4 !== "string") return false;
  }
  const x5 = v["cwd"];
  if (typeof x5 !== "string") return false;
  const x6 = v["parsed_cmd"];
  if (!Array.isArray(x6)) return false;
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8 = x6[i7];
    if (!d_ParsedCommand(x8)) return false;
  }
  const x9 = v["reason"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["risk"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!d_SandboxCommandAssessment(x10)) return false;
    }
  }
  return true;
}

function d_ExecCommandApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["callId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["command"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (typeof x4 !== "string") return false;
  }
  const x5 = v["cwd"];
  if (typeof x5 !== "string") return false;
  const x6 = v["reason"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["risk"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_SandboxCommandAssessment(x7)) return false;
    }
  }
  const x8 = v["parsedCmd"];
  if (!Array.isArray(x8)) return false;
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10 = x8[i9];
    if (!d_ParsedCommand(x10)) return false;
  }
  return true;
}

function d_ExecCommandApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "approved" || x0 === "approved_for_session" || x0 === "denied" || x0 === "abort")) return false;
  return true;
}

function d_ExecCommandBeginEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["process_id"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["interaction_input"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["command"];
  if (!Array.isArray(x4)) return false;
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6 = x4[i5];
    if (typeof x6 !== "string") return false;
  }
  const x7 = v["cwd"];
  if (typeof x7 !== "string") return false;
  const x8 = v["parsed_cmd"];
  if (!Array.isArray(x8)) return false;
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10 = x8[i9];
    if (!d_ParsedCommand(x10)) return false;
  }
  const x11 = v["source"];
  if (x11 !== undefined) {
    if (typeof x11 !== "string") return false;
    if (!(x11 === "agent" || x11 === "user_shell" || x11 === "unified_exec_startup" || x11 === "unified_exec_interaction")) return false;
  }
  return true;
}

function d_ExecCommandEndEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["process_id"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["interaction_input"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["command"];
  if (!Array.isArray(x4)) return false;
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6 = x4[i5];
    if (typeof x6 !== "string") return false;
  }
  const x7 = v["cwd"];
  if (typeof x7 !== "string") return false;
  const x8 = v["parsed_cmd"];
  if (!Array.isArray(x8)) return false;
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10 = x8[i9];
    if (!d_ParsedCommand(x10)) return false;
  }
  const x11 = v["source"];
  if (x11 !== undefined) {
    if (typeof x11 !== "string") return false;
    if (!(x11 === "agent" || x11 === "user_shell" || x11 === "unified_exec_startup" || x11 === "unified_exec_interaction")) return false;
  }
  const x12 = v["stdout"];
  if (typeof x12 !== "string") return false;
  const x13 = v["stderr"];
  if (typeof x13 !== "string") return false;
  const x14 = v["aggregated_output"];
  if (x14 !== undefined) {
    if (typeof x14 !== "string") return false;
  }
  const x15 = v["exit_code"];
  if (!Number.isInteger(x15)) return false;
  if (x15 < -2147483648) return false;
  if (x15 > 2147483647) return false;
  const x16 = v["duration"];
  if (x16 === undefined) return false;
  if (!d_Duration(x16)) return false;
  const x17 = v["formatted_output"];
  if (typeof x17 !== "string") return false;
  return true;
}

function d_ExecCommandOutputDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["stream"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "stdout" || x1 === "stderr")) return false;
  const x2 = v["chunk"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_ExecCommandSource(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "agent" || v === "user_shell" || v === "unified_exec_startup" || v === "unified_exec_interaction")) return false;
  return true;
}

function d_ExecOneOffCommandParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["command"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["timeoutMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
      if (x3 < 0) return false;
    }
  }
  const x4 = v["cwd"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["sandboxPolicy"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_SandboxPolicy(x5)) return false;
    }
  }
  return true;
}

function d_ExecOneOffCommandResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["exitCode"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < -2147483648) return false;
  if (x0 > 2147483647) return false;
  const x1 = v["stdout"];
  if (typeof x1 !== "string") return false;
  const x2 = v["stderr"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_ExecOutputStream(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "stdout" || v === "stderr")) return false;
  return true;
}

function d_ExitedReviewModeEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["review_output"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_ReviewOutputEvent(x0)) return false;
    }
  }
  return true;
}

function d_FileChange(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "add":
      if (!h_370eea28(v)) return false;
      break;
    case "delete":
      if (!h_5c132034(v)) return false;
      break;
    case "update":
      if (!h_a6089c49(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ForcedLoginMethod(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "chatgpt" || v === "api")) return false;
  return true;
}

function d_FunctionCallOutputContentItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "input_text":
      if (!h_10118bb9(v)) return false;
      break;
    case "input_image":
      if (!h_d1ab22fe(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_FunctionCallOutputPayload(v: any): boolean {
  if (!(h_992f2c38(v) || h_82edf71e(v))) return false;
  return true;
}

function d_FuzzyFileSearchParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["query"];
  if (typeof x0 !== "string") return false;
  const x1 = v["roots"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  const x4 = v["cancellationToken"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_FuzzyFileSearchResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["files"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_FuzzyFileSearchResult(x2)) return false;
  }
  return true;
}

function d_FuzzyFileSearchResult(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["root"];
  if (typeof x0 !== "string") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  const x2 = v["file_name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["score"];
  if (!Number.isInteger(x3)) return false;
  if (x3 < 0) return false;
  if (x3 > 4294967295) return false;
  const x4 = v["indices"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (!Number.isInteger(x6)) return false;
        if (x6 < 0) return false;
        if (x6 > 4294967295) return false;
      }
    }
  }
  return true;
}

function d_GetAuthStatusParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["includeToken"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "boolean") return false;
    }
  }
  const x1 = v["refreshToken"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "boolean") return false;
    }
  }
  return true;
}

function d_GetAuthStatusResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["authMethod"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "apikey" || x0 === "chatgpt")) return false;
    }
  }
  const x1 = v["authToken"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["requiresOpenaiAuth"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "boolean") return false;
    }
  }
  return true;
}

function d_GetConversationSummaryParams(v: any): boolean {
  let n0 = 0;
  if (h_c8e7b968(v) && ++n0 > 1) return false;
  if (h_50f53603(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_GetConversationSummaryResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["summary"];
  if (x0 === undefined) return false;
  if (!d_ConversationSummary(x0)) return false;
  return true;
}

function d_GetHistoryEntryResponseEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["offset"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < 0) return false;
  const x1 = v["log_id"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  const x2 = v["entry"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_HistoryEntry(x2)) return false;
    }
  }
  return true;
}

function d_GetUserAgentResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["userAgent"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_GetUserSavedConfigResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["config"];
  if (x0 === undefined) return false;
  if (!d_UserSavedConfig(x0)) return false;
  return true;
}

function d_GhostCommit(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["parent"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["preexisting_untracked_files"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (typeof x4 !== "string") return false;
  }
  const x5 = v["preexisting_untracked_dirs"];
  if (!Array.isArray(x5)) return false;
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7 = x5[i6];
    if (typeof x7 !== "string") return false;
  }
  return true;
}

function d_GitDiffToRemoteParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["cwd"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_GitDiffToRemoteResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["sha"];
  if (typeof x0 !== "string") return false;
  const x1 = v["diff"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_GitSha(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_HistoryEntry(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversation_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["ts"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  const x2 = v["text"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_ImageContent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (typeof x0 !== "string") return false;
  const x1 = v["data"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (typeof x2 !== "string") return false;
  const x3 = v["annotations"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_Annotations(x3)) return false;
    }
  }
  return true;
}

function d_InitializeParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["clientInfo"];
  if (x0 === undefined) return false;
  if (!d_ClientInfo(x0)) return false;
  return true;
}

function d_InitializeResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["userAgent"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_InputItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "text":
      if (!h_e508e16f(v)) return false;
      break;
    case "image":
      if (!h_52eeb6b7(v)) return false;
      break;
    case "localImage":
      if (!h_4431367e(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_InterruptConversationParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_InterruptConversationResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["abortReason"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "interrupted" || x0 === "replaced" || x0 === "review_ended")) return false;
  return true;
}

function d_ItemCompletedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["item"];
  if (x2 === undefined) return false;
  if (!d_TurnItem(x2)) return false;
  return true;
}

function d_ItemStartedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["item"];
  if (x2 === undefined) return false;
  if (!d_TurnItem(x2)) return false;
  return true;
}

function d_JSONRPCError(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (x1 !== null) {
    if (!d_RequestId(x1)) return false;
  }
  const x2 = v["error"];
  if (x2 === undefined) return false;
  if (!d_JSONRPCErrorError(x2)) return false;
  return true;
}

function d_JSONRPCErrorError(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["code"];
  if (!Number.isInteger(x0)) return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_JSONRPCMessage(v: any): boolean {
  if (!(d_JSONRPCRequest(v) || d_JSONRPCNotification(v) || d_JSONRPCResponse(v) || d_JSONRPCError(v))) return false;
  return true;
}

function d_JSONRPCNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_JSONRPCRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_JSONRPCResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["result"];
  if (x2 === undefined) return false;
  return true;
}

function d_JsonValue(v: any): boolean {
  if (!(h_1f73d2bc(v) || h_a0818226(v) || h_7967e44f(v) || h_992f2c38(v) || h_8a990f26(v) || h_56866c53(v))) return false;
  return true;
}

function d_ListConversationsParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["pageSize"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!Number.isInteger(x0)) return false;
      if (x0 < 0) return false;
    }
  }
  const x1 = v["cursor"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["modelProviders"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (typeof x4 !== "string") return false;
      }
    }
  }
  return true;
}

function d_ListConversationsResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["items"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_ConversationSummary(x2)) return false;
  }
  const x3 = v["nextCursor"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_ListCustomPromptsResponseEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["custom_prompts"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_CustomPrompt(x2)) return false;
  }
  return true;
}

function d_LocalShellAction(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exec") return false;
  const x1 = v["command"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  const x4 = v["timeout_ms"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
      if (x4 < 0) return false;
    }
  }
  const x5 = v["working_directory"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["env"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
      for (const k7 in x6) {
        const x8 = x6[k7];
        if (typeof x8 !== "string") return false;
      }
    }
  }
  const x9 = v["user"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  return true;
}

function d_LocalShellExecAction(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["command"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["timeout_ms"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
      if (x3 < 0) return false;
    }
  }
  const x4 = v["working_directory"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["env"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
      for (const k6 in x5) {
        const x7 = x5[k6];
        if (typeof x7 !== "string") return false;
      }
    }
  }
  const x8 = v["user"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  return true;
}

function d_LocalShellStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "completed" || v === "in_progress" || v === "incomplete")) return false;
  return true;
}

function d_LoginApiKeyParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["apiKey"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_LoginApiKeyResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_LoginChatGptCompleteNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["loginId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["success"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["error"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_LoginChatGptResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["loginId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["authUrl"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_LogoutChatGptResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_McpAuthStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "unsupported" || v === "not_logged_in" || v === "bearer_token" || v === "o_auth")) return false;
  return true;
}

function d_McpInvocation(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["server"];
  if (typeof x0 !== "string") return false;
  const x1 = v["tool"];
  if (typeof x1 !== "string") return false;
  const x2 = v["arguments"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_JsonValue(x2)) return false;
    }
  }
  return true;
}

function d_McpListToolsResponseEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["tools"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  for (const k1 in x0) {
    const x2 = x0[k1];
    if (!d_Tool(x2)) return false;
  }
  const x3 = v["resources"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  for (const k4 in x3) {
    const x5 = x3[k4];
    if (!Array.isArray(x5)) return false;
    for (let i6 = 0; i6 < x5.length; i6++) {
      const x7 = x5[i6];
      if (!d_Resource(x7)) return false;
    }
  }
  const x8 = v["resource_templates"];
  if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
  for (const k9 in x8) {
    const x10 = x8[k9];
    if (!Array.isArray(x10)) return false;
    for (let i11 = 0; i11 < x10.length; i11++) {
      const x12 = x10[i11];
      if (!d_ResourceTemplate(x12)) return false;
    }
  }
  const x13 = v["auth_statuses"];
  if (typeof x13 !== "object" || x13 === null || Array.isArray(x13)) return false;
  for (const k14 in x13) {
    const x15 = x13[k14];
    if (typeof x15 !== "string") return false;
    if (!(x15 === "unsupported" || x15 === "not_logged_in" || x15 === "bearer_token" || x15 === "o_auth")) return false;
  }
  return true;
}

function d_McpStartupCompleteEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["ready"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["failed"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (!d_McpStartupFailure(x5)) return false;
  }
  const x6 = v["cancelled"];
  if (!Array.isArray(x6)) return false;
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8 = x6[i7];
    if (typeof x8 !== "string") return false;
  }
  return true;
}

function d_McpStartupFailure(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["server"];
  if (typeof x0 !== "string") return false;
  const x1 = v["error"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_McpStartupStatus(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["state"]) {
    case "starting":
      if (!h_9bff9df3(v)) return false;
      break;
    case "ready":
      if (!h_1d04d4db(v)) return false;
      break;
    case "failed":
      if (!h_d61fd679(v)) return false;
      break;
    case "cancelled":
      if (!h_ccac0c2d(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_McpStartupUpdateEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["server"];
  if (typeof x0 !== "string") return false;
  const x1 = v["status"];
  if (x1 === undefined) return false;
  if (!d_McpStartupStatus(x1)) return false;
  return true;
}

function d_McpToolCallBeginEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["invocation"];
  if (x1 === undefined) return false;
  if (!d_McpInvocation(x1)) return false;
  return true;
}

function d_McpToolCallEndEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["invocation"];
  if (x1 === undefined) return false;
  if (!d_McpInvocation(x1)) return false;
  const x2 = v["duration"];
  if (x2 === undefined) return false;
  if (!d_Duration(x2)) return false;
  const x3 = v["result"];
  if (x3 === undefined) return false;
  if (!d_ResultOfCallToolResultOrString(x3)) return false;
  return true;
}

function d_NewConversationParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["modelProvider"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["profile"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["cwd"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["approvalPolicy"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "untrusted" || x4 === "on-failure" || x4 === "on-request" || x4 === "never")) return false;
    }
  }
  const x5 = v["sandbox"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
      if (!(x5 === "read-only" || x5 === "workspace-write" || x5 === "danger-full-access")) return false;
    }
  }
  const x6 = v["config"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
      for (const k7 in x6) {
        const x8 = x6[k7];
        if (!d_JsonValue(x8)) return false;
      }
    }
  }
  const x9 = v["baseInstructions"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["developerInstructions"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["compactPrompt"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
    }
  }
  const x12 = v["includeApplyPatchTool"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "boolean") return false;
    }
  }
  return true;
}

function d_NewConversationResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["reasoningEffort"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "none" || x2 === "minimal" || x2 === "low" || x2 === "medium" || x2 === "high" || x2 === "xhigh")) return false;
    }
  }
  const x3 = v["rolloutPath"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_ParsedCommand(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "read":
      if (!h_7ae06d98(v)) return false;
      break;
    case "list_files":
      if (!h_6e32f7b8(v)) return false;
      break;
    case "search":
      if (!h_fb995d06(v)) return false;
      break;
    case "unknown":
      if (!h_ce07cdbb(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_PatchApplyBeginEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["auto_approved"];
  if (typeof x2 !== "boolean") return false;
  const x3 = v["changes"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  for (const k4 in x3) {
    const x5 = x3[k4];
    if (!d_FileChange(x5)) return false;
  }
  return true;
}

function d_PatchApplyEndEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["stdout"];
  if (typeof x2 !== "string") return false;
  const x3 = v["stderr"];
  if (typeof x3 !== "string") return false;
  const x4 = v["success"];
  if (typeof x4 !== "boolean") return false;
  const x5 = v["changes"];
  if (x5 !== undefined) {
    if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
    for (const k6 in x5) {
      const x7 = x5[k6];
      if (!d_FileChange(x7)) return false;
    }
  }
  return true;
}

function d_PlanItemArg(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["step"];
  if (typeof x0 !== "string") return false;
  const x1 = v["status"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "pending" || x1 === "in_progress" || x1 === "completed")) return false;
  return true;
}

function d_Profile(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["modelProvider"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["approvalPolicy"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "untrusted" || x2 === "on-failure" || x2 === "on-request" || x2 === "never")) return false;
    }
  }
  const x3 = v["modelReasoningEffort"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "none" || x3 === "minimal" || x3 === "low" || x3 === "medium" || x3 === "high" || x3 === "xhigh")) return false;
    }
  }
  const x4 = v["modelReasoningSummary"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "auto" || x4 === "concise" || x4 === "detailed" || x4 === "none")) return false;
    }
  }
  const x5 = v["modelVerbosity"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
      if (!(x5 === "low" || x5 === "medium" || x5 === "high")) return false;
    }
  }
  const x6 = v["chatgptBaseUrl"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  return true;
}

function d_RateLimitSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["primary"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_RateLimitWindow(x0)) return false;
    }
  }
  const x1 = v["secondary"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_RateLimitWindow(x1)) return false;
    }
  }
  const x2 = v["credits"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_CreditsSnapshot(x2)) return false;
    }
  }
  return true;
}

function d_RateLimitWindow(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["used_percent"];
  if (typeof x0 !== "number" || !Number.isFinite(x0)) return false;
  const x1 = v["window_minutes"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
    }
  }
  const x2 = v["resets_at"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  return true;
}

function d_RawResponseItemEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["item"];
  if (x0 === undefined) return false;
  if (!d_ResponseItem(x0)) return false;
  return true;
}

function d_ReasoningContentDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["item_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["summary_index"];
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) return false;
  }
  return true;
}

function d_ReasoningEffort(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "none" || v === "minimal" || v === "low" || v === "medium" || v === "high" || v === "xhigh")) return false;
  return true;
}

function d_ReasoningItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["summary_text"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  const x4 = v["raw_content"];
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) return false;
    for (let i5 = 0; i5 < x4.length; i5++) {
      const x6 = x4[i5];
      if (typeof x6 !== "string") return false;
    }
  }
  return true;
}

function d_ReasoningItemContent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "reasoning_text":
      if (!h_182572a7(v)) return false;
      break;
    case "text":
      if (!h_9f36b8f5(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ReasoningItemReasoningSummary(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "summary_text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_ReasoningRawContentDeltaEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["item_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["content_index"];
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) return false;
  }
  return true;
}

function d_ReasoningSummary(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "auto" || v === "concise" || v === "detailed" || v === "none")) return false;
  return true;
}

function d_RemoveConversationListenerParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["subscriptionId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_RemoveConversationSubscriptionResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_RequestId(v: any): boolean {
  if (!(h_992f2c38(v) || h_90af802b(v))) return false;
  return true;
}

function d_Resource(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["title"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["description"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["mimeType"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["size"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Number.isInteger(x5)) return false;
    }
  }
  const x6 = v["annotations"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_Annotations(x6)) return false;
    }
  }
  return true;
}

function d_ResourceLink(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (typeof x0 !== "string") return false;
  const x1 = v["uri"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["title"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["description"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["mimeType"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["size"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  const x7 = v["annotations"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_Annotations(x7)) return false;
    }
  }
  return true;
}

function d_ResourceTemplate(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uriTemplate"];
  if (typeof x0 !== "string") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["title"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["description"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["mimeType"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["annotations"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_Annotations(x5)) return false;
    }
  }
  return true;
}

function d_ResponseItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "message":
      if (!h_63ac52cd(v)) return false;
      break;
    case "reasoning":
      if (!h_4b408731(v)) return false;
      break;
    case "local_shell_call":
      if (!h_2e69901b(v)) return false;
      break;
    case "function_call":
      if (!h_c7ebb206(v)) return false;
      break;
    case "function_call_output":
      if (!h_d09ae705(v)) return false;
      break;
    case "custom_tool_call":
      if (!h_71d20249(v)) return false;
      break;
    case "custom_tool_call_output":
      if (!h_96dc31e0(v)) return false;
      break;
    case "web_search_call":
      if (!h_2e445b97(v)) return false;
      break;
    case "ghost_snapshot":
      if (!h_2c4d77da(v)) return false;
      break;
    case "compaction_summary":
      if (!h_4ffcc2f2(v)) return false;
      break;
    case "other":
      if (!h_82d4d3da(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ResultOfCallToolResultOrString(v: any): boolean {
  let n0 = 0;
  if (h_8ca7d387(v) && ++n0 > 1) return false;
  if (h_0bf6a2da(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_ResumeConversationParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["path"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["conversationId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["history"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (!d_ResponseItem(x4)) return false;
      }
    }
  }
  const x5 = v["overrides"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_NewConversationParams(x5)) return false;
    }
  }
  return true;
}

function d_ResumeConversationResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["initialMessages"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (!d_EventMsg(x4, 0)) return false;
      }
    }
  }
  const x5 = v["rolloutPath"];
  if (typeof x5 !== "string") return false;
  return true;
}

function d_ReviewCodeLocation(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["absolute_file_path"];
  if (typeof x0 !== "string") return false;
  const x1 = v["line_range"];
  if (x1 === undefined) return false;
  if (!d_ReviewLineRange(x1)) return false;
  return true;
}

function d_ReviewDecision(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "approved" || v === "approved_for_session" || v === "denied" || v === "abort")) return false;
  return true;
}

function d_ReviewFinding(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["title"];
  if (typeof x0 !== "string") return false;
  const x1 = v["body"];
  if (typeof x1 !== "string") return false;
  const x2 = v["confidence_score"];
  if (typeof x2 !== "number" || !Number.isFinite(x2)) return false;
  const x3 = v["priority"];
  if (!Number.isInteger(x3)) return false;
  if (x3 < -2147483648) return false;
  if (x3 > 2147483647) return false;
  const x4 = v["code_location"];
  if (x4 === undefined) return false;
  if (!d_ReviewCodeLocation(x4)) return false;
  return true;
}

function d_ReviewLineRange(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["start"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < 0) return false;
  if (x0 > 4294967295) return false;
  const x1 = v["end"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  if (x1 > 4294967295) return false;
  return true;
}

function d_ReviewOutputEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["findings"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_ReviewFinding(x2)) return false;
  }
  const x3 = v["overall_correctness"];
  if (typeof x3 !== "string") return false;
  const x4 = v["overall_explanation"];
  if (typeof x4 !== "string") return false;
  const x5 = v["overall_confidence_score"];
  if (typeof x5 !== "number" || !Number.isFinite(x5)) return false;
  return true;
}

function d_ReviewRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["prompt"];
  if (typeof x0 !== "string") return false;
  const x1 = v["user_facing_hint"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_Role(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "assistant" || v === "user")) return false;
  return true;
}

function d_SandboxCommandAssessment(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["description"];
  if (typeof x0 !== "string") return false;
  const x1 = v["risk_level"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "low" || x1 === "medium" || x1 === "high")) return false;
  return true;
}

function d_SandboxMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "read-only" || v === "workspace-write" || v === "danger-full-access")) return false;
  return true;
}

function d_SandboxPolicy(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "danger-full-access":
      if (!h_07b3f6e6(v)) return false;
      break;
    case "read-only":
      if (!h_4d40f0db(v)) return false;
      break;
    case "workspace-write":
      if (!h_2448c254(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_SandboxRiskLevel(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_SandboxSettings(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["writableRoots"];
  if (x0 !== undefined) {
    if (!Array.isArray(x0)) return false;
    for (let i1 = 0; i1 < x0.length; i1++) {
      const x2 = x0[i1];
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["networkAccess"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "boolean") return false;
    }
  }
  const x4 = v["excludeTmpdirEnvVar"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "boolean") return false;
    }
  }
  const x5 = v["excludeSlashTmp"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "boolean") return false;
    }
  }
  return true;
}

function d_SendUserMessageParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["items"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_InputItem(x3)) return false;
  }
  return true;
}

function d_SendUserMessageResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_SendUserTurnParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["items"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_InputItem(x3)) return false;
  }
  const x4 = v["cwd"];
  if (typeof x4 !== "string") return false;
  const x5 = v["approvalPolicy"];
  if (typeof x5 !== "string") return false;
  if (!(x5 === "untrusted" || x5 === "on-failure" || x5 === "on-request" || x5 === "never")) return false;
  const x6 = v["sandboxPolicy"];
  if (x6 === undefined) return false;
  if (!d_SandboxPolicy(x6)) return false;
  const x7 = v["model"];
  if (typeof x7 !== "string") return false;
  const x8 = v["effort"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
      if (!(x8 === "none" || x8 === "minimal" || x8 === "low" || x8 === "medium" || x8 === "high" || x8 === "xhigh")) return false;
    }
  }
  const x9 = v["summary"];
  if (typeof x9 !== "string") return false;
  if (!(x9 === "auto" || x9 === "concise" || x9 === "detailed" || x9 === "none")) return false;
  return true;
}

function d_SendUserTurnResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_ServerNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["method"]) {
    case "authStatusChange":
      if (!h_8443b716(v)) return false;
      break;
    case "loginChatGptComplete":
      if (!h_912072bf(v)) return false;
      break;
    case "sessionConfigured":
      if (!h_581cd172(v)) return false;
      break;
    case "error":
      if (!h_c09e17e5(v)) return false;
      break;
    case "thread/started":
      if (!h_86874d5d(v)) return false;
      break;
    case "thread/tokenUsage/updated":
      if (!h_b5a96378(v)) return false;
      break;
    case "turn/started":
      if (!h_78e0f1b9(v)) return false;
      break;
    case "turn/completed":
      if (!h_b3cb4f00(v)) return false;
      break;
    case "turn/diff/updated":
      if (!h_5b5b827d(v)) return false;
      break;
    case "turn/plan/updated":
      if (!h_545ebe6c(v)) return false;
      break;
    case "item/started":
      if (!h_841e47d6(v)) return false;
      break;
    case "item/completed":
      if (!h_e4bbf117(v)) return false;
      break;
    case "item/agentMessage/delta":
      if (!h_f7a1b0bd(v)) return false;
      break;
    case "item/commandExecution/outputDelta":
      if (!h_f7814521(v)) return false;
      break;
    case "item/fileChange/outputDelta":
      if (!h_a1606fba(v)) return false;
      break;
    case "item/mcpToolCall/progress":
      if (!h_0a0c1aee(v)) return false;
      break;
    case "account/updated":
      if (!h_7691c9c9(v)) return false;
      break;
    case "account/rateLimits/updated":
      if (!h_b2d3fa80(v)) return false;
      break;
    case "item/reasoning/summaryTextDelta":
      if (!h_3a0c2afe(v)) return false;
      break;
    case "item/reasoning/summaryPartAdded":
      if (!h_f2174da6(v)) return false;
      break;
    case "item/reasoning/textDelta":
      if (!h_f6b9e9a8(v)) return false;
      break;
    case "thread/compacted":
      if (!h_1c1efcfc(v)) return false;
      break;
    case "windows/worldWritableWarning":
      if (!h_daaaefdc(v)) return false;
      break;
    case "account/login/completed":
      if (!h_829b3268(v)) return false;
      break;
    case "codex/event/error":
      if (!h_7c49b7fc(v)) return false;
      break;
    case "codex/event/warning":
      if (!h_8fd4521d(v)) return false;
      break;
    case "codex/event/context_compacted":
      if (!h_106fe3f2(v)) return false;
      break;
    case "codex/event/task_started":
      if (!h_23654cde(v)) return false;
      break;
    case "codex/event/task_complete":
      if (!h_b9926b14(v)) return false;
      break;
    case "codex/event/token_count":
      if (!h_7f811eea(v)) return false;
      break;
    case "codex/event/agent_message":
      if (!h_4f685339(v)) return false;
      break;
    case "codex/event/user_message":
      if (!h_b239196c(v)) return false;
      break;
    case "codex/event/agent_message_delta":
      if (!h_eb1048e6(v)) return false;
      break;
    case "codex/event/agent_reasoning":
      if (!h_01374d57(v)) return false;
      break;
    case "codex/event/agent_reasoning_delta":
      if (!h_ea4f6547(v)) return false;
      break;
    case "codex/event/agent_reasoning_raw_content":
      if (!h_e8ca390b(v)) return false;
      break;
    case "codex/event/agent_reasoning_raw_content_delta":
      if (!h_36a0cb75(v)) return false;
      break;
    case "codex/event/agent_reasoning_section_break":
      if (!h_9c574a61(v)) return false;
      break;
    case "codex/event/session_configured":
      if (!h_1d7c0056(v)) return false;
      break;
    case "codex/event/mcp_startup_update":
      if (!h_467b8d95(v)) return false;
      break;
    case "codex/event/mcp_startup_complete":
      if (!h_c206f15f(v)) return false;
      break;
    case "codex/event/mcp_tool_call_begin":
      if (!h_a0c73e26(v)) return false;
      break;
    case "codex/event/mcp_tool_call_end":
      if (!h_0c85342f(v)) return false;
      break;
    case "codex/event/web_search_begin":
      if (!h_c4ece5cf(v)) return false;
      break;
    case "codex/event/web_search_end":
      if (!h_2e969337(v)) return false;
      break;
    case "codex/event/exec_command_begin":
      if (!h_9f37d8c7(v)) return false;
      break;
    case "codex/event/exec_command_output_delta":
      if (!h_dd83a15d(v)) return false;
      break;
    case "codex/event/exec_command_end":
      if (!h_bce15c6d(v)) return false;
      break;
    case "codex/event/view_image_tool_call":
      if (!h_c53b9319(v)) return false;
      break;
    case "codex/event/exec_approval_request":
      if (!h_80ba2c9b(v)) return false;
      break;
    case "codex/event/elicitation_request":
      if (!h_644f7857(v)) return false;
      break;
    case "codex/event/apply_patch_approval_request":
      if (!h_5f1ab8b9(v)) return false;
      break;
    case "codex/event/deprecation_notice":
      if (!h_a4b2ce9b(v)) return false;
      break;
    case "codex/event/background_event":
      if (!h_ca7b70cb(v)) return false;
      break;
    case "codex/event/undo_started":
      if (!h_9fa08d83(v)) return false;
      break;
    case "codex/event/undo_completed":
      if (!h_137a2e4a(v)) return false;
      break;
    case "codex/event/stream_error":
      if (!h_3f681421(v)) return false;
      break;
    case "codex/event/patch_apply_begin":
      if (!h_b9787609(v)) return false;
      break;
    case "codex/event/patch_apply_end":
      if (!h_cff889df(v)) return false;
      break;
    case "codex/event/turn_diff":
      if (!h_35369134(v)) return false;
      break;
    case "codex/event/get_history_entry_response":
      if (!h_63fcdef1(v)) return false;
      break;
    case "codex/event/mcp_list_tools_response":
      if (!h_a0e90e4a(v)) return false;
      break;
    case "codex/event/list_custom_prompts_response":
      if (!h_f2bb58c9(v)) return false;
      break;
    case "codex/event/plan_update":
      if (!h_bb91c9bb(v)) return false;
      break;
    case "codex/event/turn_aborted":
      if (!h_b05d8366(v)) return false;
      break;
    case "codex/event/shutdown_complete":
      if (!h_b6fa0023(v)) return false;
      break;
    case "codex/event/entered_review_mode":
      if (!h_06fe9c8e(v)) return false;
      break;
    case "codex/event/exited_review_mode":
      if (!h_e04e9810(v)) return false;
      break;
    case "codex/event/raw_response_item":
      if (!h_4b643b25(v)) return false;
      break;
    case "codex/event/item_started":
      if (!h_3ad29231(v)) return false;
      break;
    case "codex/event/item_completed":
      if (!h_9da76f70(v)) return false;
      break;
    case "codex/event/agent_message_content_delta":
      if (!h_6a13993c(v)) return false;
      break;
    case "codex/event/reasoning_content_delta":
      if (!h_e293397b(v)) return false;
      break;
    case "codex/event/reasoning_raw_content_delta":
      if (!h_573b2b3c(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_ServerRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["method"]) {
    case "applyPatchApproval":
      if (!h_b6a72423(v)) return false;
      break;
    case "execCommandApproval":
      if (!h_9be0841b(v)) return false;
      break;
    case "item/commandExecution/requestApproval":
      if (!h_1899dc41(v)) return false;
      break;
    case "item/fileChange/requestApproval":
      if (!h_9fbdd925(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_SessionConfiguredEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["session_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["model_provider_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["approval_policy"];
  if (typeof x3 !== "string") return false;
  if (!(x3 === "untrusted" || x3 === "on-failure" || x3 === "on-request" || x3 === "never")) return false;
  const x4 = v["sandbox_policy"];
  if (x4 === undefined) return false;
  if (!d_SandboxPolicy(x4)) return false;
  const x5 = v["cwd"];
  if (typeof x5 !== "string") return false;
  const x6 = v["reasoning_effort"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
      if (!(x6 === "none" || x6 === "minimal" || x6 === "low" || x6 === "medium" || x6 === "high" || x6 === "xhigh")) return false;
    }
  }
  const x7 = v["history_log_id"];
  if (!Number.isInteger(x7)) return false;
  if (x7 < 0) return false;
  const x8 = v["history_entry_count"];
  if (!Number.isInteger(x8)) return false;
  if (x8 < 0) return false;
  const x9 = v["initial_messages"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!Array.isArray(x9)) return false;
      for (let i10 = 0; i10 < x9.length; i10++) {
        const x11 = x9[i10];
        if (!d_EventMsg(x11, 0)) return false;
      }
    }
  }
  const x12 = v["rollout_path"];
  if (typeof x12 !== "string") return false;
  return true;
}

function d_SessionConfiguredNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["sessionId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["reasoningEffort"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "none" || x2 === "minimal" || x2 === "low" || x2 === "medium" || x2 === "high" || x2 === "xhigh")) return false;
    }
  }
  const x3 = v["historyLogId"];
  if (!Number.isInteger(x3)) return false;
  if (x3 < 0) return false;
  const x4 = v["historyEntryCount"];
  if (!Number.isInteger(x4)) return false;
  if (x4 < 0) return false;
  const x5 = v["initialMessages"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Array.isArray(x5)) return false;
      for (let i6 = 0; i6 < x5.length; i6++) {
        const x7 = x5[i6];
        if (!d_EventMsg(x7, 0)) return false;
      }
    }
  }
  const x8 = v["rolloutPath"];
  if (typeof x8 !== "string") return false;
  return true;
}

function d_SessionSource(v: any): boolean {
  let n0 = 0;
  if (h_f415b222(v) && ++n0 > 1) return false;
  if (h_18cabc58(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_SetDefaultModelParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["reasoningEffort"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
      if (!(x1 === "none" || x1 === "minimal" || x1 === "low" || x1 === "medium" || x1 === "high" || x1 === "xhigh")) return false;
    }
  }
  return true;
}

function d_SetDefaultModelResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_StepStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "pending" || v === "in_progress" || v === "completed")) return false;
  return true;
}

function d_StreamErrorEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  const x1 = v["codex_error_info"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_CodexErrorInfo(x1)) return false;
    }
  }
  return true;
}

function d_SubAgentSource(v: any): boolean {
  let n0 = 0;
  if (h_02dbc20d(v) && ++n0 > 1) return false;
  if (h_18e29af9(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_TaskCompleteEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["last_agent_message"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  return true;
}

function d_TaskStartedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model_context_window"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!Number.isInteger(x0)) return false;
    }
  }
  return true;
}

function d_TextContent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (typeof x0 !== "string") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["annotations"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_Annotations(x2)) return false;
    }
  }
  return true;
}

function d_TextResourceContents(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_TokenCountEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["info"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_TokenUsageInfo(x0)) return false;
    }
  }
  const x1 = v["rate_limits"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_RateLimitSnapshot(x1)) return false;
    }
  }
  return true;
}

function d_TokenUsage(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["input_tokens"];
  if (!Number.isInteger(x0)) return false;
  const x1 = v["cached_input_tokens"];
  if (!Number.isInteger(x1)) return false;
  const x2 = v["output_tokens"];
  if (!Number.isInteger(x2)) return false;
  const x3 = v["reasoning_output_tokens"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["total_tokens"];
  if (!Number.isInteger(x4)) return false;
  return true;
}

function d_TokenUsageInfo(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["total_token_usage"];
  if (x0 === undefined) return false;
  if (!d_TokenUsage(x0)) return false;
  const x1 = v["last_token_usage"];
  if (x1 === undefined) return false;
  if (!d_TokenUsage(x1)) return false;
  const x2 = v["model_context_window"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  return true;
}

function d_Tool(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  const x1 = v["title"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["description"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["inputSchema"];
  if (x3 === undefined) return false;
  if (!d_ToolInputSchema(x3)) return false;
  const x4 = v["outputSchema"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_ToolOutputSchema(x4)) return false;
    }
  }
  const x5 = v["annotations"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_ToolAnnotations(x5)) return false;
    }
  }
  return true;
}

function d_ToolAnnotations(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["title"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["destructiveHint"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "boolean") return false;
    }
  }
  const x2 = v["idempotentHint"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "boolean") return false;
    }
  }
  const x3 = v["openWorldHint"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "boolean") return false;
    }
  }
  const x4 = v["readOnlyHint"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "boolean") return false;
    }
  }
  return true;
}

function d_ToolInputSchema(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== undefined) {
    if (typeof x0 !== "string") return false;
  }
  const x1 = v["properties"];
  if (x1 !== undefined) {
    if (!d_JsonValue(x1)) return false;
  }
  const x2 = v["required"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (typeof x4 !== "string") return false;
      }
    }
  }
  return true;
}

function d_ToolOutputSchema(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== undefined) {
    if (typeof x0 !== "string") return false;
  }
  const x1 = v["properties"];
  if (x1 !== undefined) {
    if (!d_JsonValue(x1)) return false;
  }
  const x2 = v["required"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (typeof x4 !== "string") return false;
      }
    }
  }
  return true;
}

function d_Tools(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["webSearch"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "boolean") return false;
    }
  }
  const x1 = v["viewImage"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "boolean") return false;
    }
  }
  return true;
}

function d_TurnAbortReason(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "interrupted" || v === "replaced" || v === "review_ended")) return false;
  return true;
}

function d_TurnAbortedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["reason"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "interrupted" || x0 === "replaced" || x0 === "review_ended")) return false;
  return true;
}

function d_TurnDiffEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["unified_diff"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_TurnItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "UserMessage":
      if (!h_6855c750(v)) return false;
      break;
    case "AgentMessage":
      if (!h_a6910f1a(v)) return false;
      break;
    case "Reasoning":
      if (!h_908c5534(v)) return false;
      break;
    case "WebSearch":
      if (!h_4f663f3e(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_UndoCompletedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["success"];
  if (typeof x0 !== "boolean") return false;
  const x1 = v["message"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_UndoStartedEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  return true;
}

function d_UpdatePlanArgs(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["explanation"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["plan"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_PlanItemArg(x3)) return false;
  }
  return true;
}

function d_UserInfoResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["allegedUserEmail"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  return true;
}

function d_UserInput(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "text":
      if (!h_9f36b8f5(v)) return false;
      break;
    case "image":
      if (!h_94e83991(v)) return false;
      break;
    case "local_image":
      if (!h_65c716f6(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_UserMessageEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  const x1 = v["images"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Array.isArray(x1)) return false;
      for (let i2 = 0; i2 < x1.length; i2++) {
        const x3 = x1[i2];
        if (typeof x3 !== "string") return false;
      }
    }
  }
  return true;
}

function d_UserMessageItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["content"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_UserInput(x3)) return false;
  }
  return true;
}

function d_UserSavedConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["approvalPolicy"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "untrusted" || x0 === "on-failure" || x0 === "on-request" || x0 === "never")) return false;
    }
  }
  const x1 = v["sandboxMode"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
      if (!(x1 === "read-only" || x1 === "workspace-write" || x1 === "danger-full-access")) return false;
    }
  }
  const x2 = v["sandboxSettings"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_SandboxSettings(x2)) return false;
    }
  }
  const x3 = v["forcedChatgptWorkspaceId"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["forcedLoginMethod"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "chatgpt" || x4 === "api")) return false;
    }
  }
  const x5 = v["model"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["modelReasoningEffort"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
      if (!(x6 === "none" || x6 === "minimal" || x6 === "low" || x6 === "medium" || x6 === "high" || x6 === "xhigh")) return false;
    }
  }
  const x7 = v["modelReasoningSummary"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
      if (!(x7 === "auto" || x7 === "concise" || x7 === "detailed" || x7 === "none")) return false;
    }
  }
  const x8 = v["modelVerbosity"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
      if (!(x8 === "low" || x8 === "medium" || x8 === "high")) return false;
    }
  }
  const x9 = v["tools"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!d_Tools(x9)) return false;
    }
  }
  const x10 = v["profile"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["profiles"];
  if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) return false;
  for (const k12 in x11) {
    const x13 = x11[k12];
    if (!d_Profile(x13)) return false;
  }
  return true;
}

function d_Verbosity(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_ViewImageToolCallEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_WarningEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_WebSearchAction(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "search":
      if (!h_906a81f2(v)) return false;
      break;
    case "open_page":
      if (!h_d0b583a6(v)) return false;
      break;
    case "find_in_page":
      if (!h_f5d266e9(v)) return false;
      break;
    case "other":
      if (!h_82d4d3da(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_WebSearchBeginEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_WebSearchEndEvent(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["call_id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["query"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_WebSearchItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["query"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$Account(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "apiKey":
      if (!h_1405af2b(v)) return false;
      break;
    case "chatgpt":
      if (!h_f55c5988(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$AccountLoginCompletedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["loginId"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["success"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["error"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_v2$AccountRateLimitsUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["rateLimits"];
  if (x0 === undefined) return false;
  if (!d_v2$RateLimitSnapshot(x0)) return false;
  return true;
}

function d_v2$AccountUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["authMode"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "apikey" || x0 === "chatgpt")) return false;
    }
  }
  return true;
}

function d_v2$AgentMessageDeltaNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$ApprovalDecision(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "accept" || v === "decline" || v === "cancel")) return false;
  return true;
}

function d_v2$AskForApproval(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "unlessTrusted" || v === "onFailure" || v === "onRequest" || v === "never")) return false;
  return true;
}

function d_v2$CancelLoginAccountParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["loginId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$CancelLoginAccountResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$CodexErrorInfo(v: any): boolean {
  let n0 = 0;
  if (h_fad3f92d(v) && ++n0 > 1) return false;
  if (h_63995dd6(v) && ++n0 > 1) return false;
  if (h_7d1615fe(v) && ++n0 > 1) return false;
  if (h_2f076447(v) && ++n0 > 1) return false;
  if (h_895cf5e1(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$CommandAction(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "read":
      if (!h_4bdf920f(v)) return false;
      break;
    case "listFiles":
      if (!h_e96cae98(v)) return false;
      break;
    case "search":
      if (!h_3b1754d4(v)) return false;
      break;
    case "unknown":
      if (!h_37d24ee2(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$CommandExecutionOutputDeltaNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$CommandExecutionRequestAcceptSettings(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["forSession"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  return true;
}

function d_v2$CommandExecutionRequestApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["reason"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["risk"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_v2$SandboxCommandAssessment(x4)) return false;
    }
  }
  return true;
}

function d_v2$CommandExecutionRequestApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "accept" || x0 === "decline" || x0 === "cancel")) return false;
  const x1 = v["acceptSettings"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$CommandExecutionRequestAcceptSettings(x1)) return false;
    }
  }
  return true;
}

function d_v2$CommandExecutionStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed" || v === "declined")) return false;
  return true;
}

function d_v2$CommandRiskLevel(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_v2$ConfigBatchWriteParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["filePath"];
  if (typeof x0 !== "string") return false;
  const x1 = v["edits"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_v2$ConfigEdit(x3)) return false;
  }
  const x4 = v["expectedVersion"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ConfigEdit(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["keyPath"];
  if (typeof x0 !== "string") return false;
  const x1 = v["value"];
  if (x1 === undefined) return false;
  if (!d_JsonValue(x1)) return false;
  const x2 = v["mergeStrategy"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "replace" || x2 === "upsert")) return false;
  return true;
}

function d_v2$ConfigLayer(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "mdm" || x0 === "system" || x0 === "sessionFlags" || x0 === "user")) return false;
  const x1 = v["source"];
  if (typeof x1 !== "string") return false;
  const x2 = v["version"];
  if (typeof x2 !== "string") return false;
  const x3 = v["config"];
  if (x3 === undefined) return false;
  if (!d_JsonValue(x3)) return false;
  return true;
}

function d_v2$ConfigLayerMetadata(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "mdm" || x0 === "system" || x0 === "sessionFlags" || x0 === "user")) return false;
  const x1 = v["source"];
  if (typeof x1 !== "string") return false;
  const x2 = v["version"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$ConfigLayerName(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "mdm" || v === "system" || v === "sessionFlags" || v === "user")) return false;
  return true;
}

function d_v2$ConfigReadParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["includeLayers"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  return true;
}

function d_v2$ConfigReadResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["config"];
  if (x0 === undefined) return false;
  if (!d_JsonValue(x0)) return false;
  const x1 = v["origins"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  for (const k2 in x1) {
    const x3 = x1[k2];
    if (!d_v2$ConfigLayerMetadata(x3)) return false;
  }
  const x4 = v["layers"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (!d_v2$ConfigLayer(x6)) return false;
      }
    }
  }
  return true;
}

function d_v2$ConfigValueWriteParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["filePath"];
  if (typeof x0 !== "string") return false;
  const x1 = v["keyPath"];
  if (typeof x1 !== "string") return false;
  const x2 = v["value"];
  if (x2 === undefined) return false;
  if (!d_JsonValue(x2)) return false;
  const x3 = v["mergeStrategy"];
  if (typeof x3 !== "string") return false;
  if (!(x3 === "replace" || x3 === "upsert")) return false;
  const x4 = v["expectedVersion"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ConfigWriteResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "ok" || x0 === "okOverridden")) return false;
  const x1 = v["version"];
  if (typeof x1 !== "string") return false;
  const x2 = v["overriddenMetadata"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$OverriddenMetadata(x2)) return false;
    }
  }
  return true;
}

function d_v2$ContextCompactedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$CreditsSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["hasCredits"];
  if (typeof x0 !== "boolean") return false;
  const x1 = v["unlimited"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["balance"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ErrorNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["error"];
  if (x0 === undefined) return false;
  if (!d_v2$TurnError(x0)) return false;
  const x1 = v["threadId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turnId"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$FeedbackUploadParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["classification"];
  if (typeof x0 !== "string") return false;
  const x1 = v["reason"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["conversationId"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["includeLogs"];
  if (typeof x3 !== "boolean") return false;
  return true;
}

function d_v2$FeedbackUploadResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$FileChangeOutputDeltaNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$FileChangeRequestApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["reason"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["grantRoot"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_v2$FileChangeRequestApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "accept" || x0 === "decline" || x0 === "cancel")) return false;
  return true;
}

function d_v2$FileUpdateChange(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["path"];
  if (typeof x0 !== "string") return false;
  const x1 = v["kind"];
  if (x1 === undefined) return false;
  if (!d_v2$PatchChangeKind(x1)) return false;
  const x2 = v["diff"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$GetAccountParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["refreshToken"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  return true;
}

function d_v2$GetAccountRateLimitsResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["rateLimits"];
  if (x0 === undefined) return false;
  if (!d_v2$RateLimitSnapshot(x0)) return false;
  return true;
}

function d_v2$GetAccountResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["account"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_v2$Account(x0)) return false;
    }
  }
  const x1 = v["requiresOpenaiAuth"];
  if (typeof x1 !== "boolean") return false;
  return true;
}

function d_v2$GitInfo(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["sha"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["branch"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["originUrl"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ItemCompletedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["item"];
  if (x0 === undefined) return false;
  if (!d_v2$ThreadItem(x0)) return false;
  const x1 = v["threadId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turnId"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$ItemStartedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["item"];
  if (x0 === undefined) return false;
  if (!d_v2$ThreadItem(x0)) return false;
  const x1 = v["threadId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turnId"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$LoginAccountParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "apiKey":
      if (!h_30220150(v)) return false;
      break;
    case "chatgpt":
      if (!h_ea5a7266(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$LoginAccountResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "apiKey":
      if (!h_1405af2b(v)) return false;
      break;
    case "chatgpt":
      if (!h_b90c87b5(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$LogoutAccountResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$McpToolCallError(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$McpToolCallProgressNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["message"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$McpToolCallResult(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["content"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_ContentBlock(x2)) return false;
  }
  const x3 = v["structuredContent"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_JsonValue(x3)) return false;
    }
  }
  return true;
}

function d_v2$McpToolCallStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed")) return false;
  return true;
}

function d_v2$MergeStrategy(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "replace" || v === "upsert")) return false;
  return true;
}

function d_v2$Model(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["displayName"];
  if (typeof x2 !== "string") return false;
  const x3 = v["description"];
  if (typeof x3 !== "string") return false;
  const x4 = v["supportedReasoningEfforts"];
  if (!Array.isArray(x4)) return false;
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6 = x4[i5];
    if (!d_v2$ReasoningEffortOption(x6)) return false;
  }
  const x7 = v["defaultReasoningEffort"];
  if (typeof x7 !== "string") return false;
  if (!(x7 === "none" || x7 === "minimal" || x7 === "low" || x7 === "medium" || x7 === "high" || x7 === "xhigh")) return false;
  const x8 = v["isDefault"];
  if (typeof x8 !== "boolean") return false;
  return true;
}

function d_v2$ModelListParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["cursor"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["limit"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 4294967295) return false;
    }
  }
  return true;
}

function d_v2$ModelListResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["data"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_v2$Model(x2)) return false;
  }
  const x3 = v["nextCursor"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$OverriddenMetadata(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  const x1 = v["overridingLayer"];
  if (x1 === undefined) return false;
  if (!d_v2$ConfigLayerMetadata(x1)) return false;
  const x2 = v["effectiveValue"];
  if (x2 === undefined) return false;
  if (!d_JsonValue(x2)) return false;
  return true;
}

function d_v2$PatchApplyStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed" || v === "declined")) return false;
  return true;
}

function d_v2$PatchChangeKind(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "add":
      if (!h_b26ec53c(v)) return false;
      break;
    case "delete":
      if (!h_30f10106(v)) return false;
      break;
    case "update":
      if (!h_d50c37de(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$PlanType(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "free" || v === "plus" || v === "pro" || v === "team" || v === "business" || v === "enterprise" || v === "edu" || v === "unknown")) return false;
  return true;
}

function d_v2$RateLimitSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["primary"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_v2$RateLimitWindow(x0)) return false;
    }
  }
  const x1 = v["secondary"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$RateLimitWindow(x1)) return false;
    }
  }
  const x2 = v["credits"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$CreditsSnapshot(x2)) return false;
    }
  }
  return true;
}

function d_v2$RateLimitWindow(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["usedPercent"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < -2147483648) return false;
  if (x0 > 2147483647) return false;
  const x1 = v["windowDurationMins"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
    }
  }
  const x2 = v["resetsAt"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  return true;
}

function d_v2$ReasoningEffortOption(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["reasoningEffort"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "none" || x0 === "minimal" || x0 === "low" || x0 === "medium" || x0 === "high" || x0 === "xhigh")) return false;
  const x1 = v["description"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$ReasoningSummaryPartAddedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["summaryIndex"];
  if (!Number.isInteger(x3)) return false;
  return true;
}

function d_v2$ReasoningSummaryTextDeltaNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["summaryIndex"];
  if (!Number.isInteger(x4)) return false;
  return true;
}

function d_v2$ReasoningTextDeltaNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["itemId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["contentIndex"];
  if (!Number.isInteger(x4)) return false;
  return true;
}

function d_v2$ReviewDelivery(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inline" || v === "detached")) return false;
  return true;
}

function d_v2$ReviewStartParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["target"];
  if (x1 === undefined) return false;
  if (!d_v2$ReviewTarget(x1)) return false;
  const x2 = v["delivery"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "inline" || x2 === "detached")) return false;
    }
  }
  return true;
}

function d_v2$ReviewStartResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["turn"];
  if (x0 === undefined) return false;
  if (!d_v2$Turn(x0)) return false;
  const x1 = v["reviewThreadId"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$ReviewTarget(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "uncommittedChanges":
      if (!h_047e7ab6(v)) return false;
      break;
    case "baseBranch":
      if (!h_cb5a8ad4(v)) return false;
      break;
    case "commit":
      if (!h_1f3355c2(v)) return false;
      break;
    case "custom":
      if (!h_92a8142a(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$SandboxCommandAssessment(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["description"];
  if (typeof x0 !== "string") return false;
  const x1 = v["riskLevel"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "low" || x1 === "medium" || x1 === "high")) return false;
  return true;
}

function d_v2$SandboxMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "readOnly" || v === "workspaceWrite" || v === "dangerFullAccess")) return false;
  return true;
}

function d_v2$SandboxPolicy(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "dangerFullAccess":
      if (!h_d20e0e28(v)) return false;
      break;
    case "readOnly":
      if (!h_f2c7ca2b(v)) return false;
      break;
    case "workspaceWrite":
      if (!h_f689fc6d(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$SessionSource(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "cli" || v === "vscode" || v === "exec" || v === "appServer" || v === "unknown")) return false;
  return true;
}

function d_v2$Thread(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["preview"];
  if (typeof x1 !== "string") return false;
  const x2 = v["modelProvider"];
  if (typeof x2 !== "string") return false;
  const x3 = v["createdAt"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["path"];
  if (typeof x4 !== "string") return false;
  const x5 = v["cwd"];
  if (typeof x5 !== "string") return false;
  const x6 = v["cliVersion"];
  if (typeof x6 !== "string") return false;
  const x7 = v["source"];
  if (typeof x7 !== "string") return false;
  if (!(x7 === "cli" || x7 === "vscode" || x7 === "exec" || x7 === "appServer" || x7 === "unknown")) return false;
  const x8 = v["gitInfo"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!d_v2$GitInfo(x8)) return false;
    }
  }
  const x9 = v["turns"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (!d_v2$Turn(x11)) return false;
  }
  return true;
}

function d_v2$ThreadArchiveParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$ThreadArchiveResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$ThreadCompactParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$ThreadCompactResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$ThreadItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "userMessage":
      if (!h_e6fc8962(v)) return false;
      break;
    case "agentMessage":
      if (!h_0053c67a(v)) return false;
      break;
    case "reasoning":
      if (!h_3b01eae5(v)) return false;
      break;
    case "commandExecution":
      if (!h_8ec3a73e(v)) return false;
      break;
    case "fileChange":
      if (!h_fd42094c(v)) return false;
      break;
    case "mcpToolCall":
      if (!h_23896f09(v)) return false;
      break;
    case "webSearch":
      if (!h_cf7ca2cd(v)) return false;
      break;
    case "todoList":
      if (!h_426213a8(v)) return false;
      break;
    case "imageView":
      if (!h_4b8d3f2b(v)) return false;
      break;
    case "enteredReviewMode":
      if (!h_386e3311(v)) return false;
      break;
    case "exitedReviewMode":
      if (!h_1c0eb153(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$ThreadListParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["cursor"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["limit"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 4294967295) return false;
    }
  }
  const x2 = v["modelProviders"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (typeof x4 !== "string") return false;
      }
    }
  }
  return true;
}

function d_v2$ThreadListResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["data"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_v2$Thread(x2)) return false;
  }
  const x3 = v["nextCursor"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ThreadResumeParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["history"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Array.isArray(x1)) return false;
      for (let i2 = 0; i2 < x1.length; i2++) {
        const x3 = x1[i2];
        if (!d_ResponseItem(x3)) return false;
      }
    }
  }
  const x4 = v["path"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["model"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["modelProvider"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["cwd"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  const x8 = v["approvalPolicy"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
      if (!(x8 === "unlessTrusted" || x8 === "onFailure" || x8 === "onRequest" || x8 === "never")) return false;
    }
  }
  const x9 = v["sandbox"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
      if (!(x9 === "readOnly" || x9 === "workspaceWrite" || x9 === "dangerFullAccess")) return false;
    }
  }
  const x10 = v["config"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "object" || x10 === null || Array.isArray(x10)) return false;
      for (const k11 in x10) {
        const x12 = x10[k11];
        if (!d_JsonValue(x12)) return false;
      }
    }
  }
  const x13 = v["baseInstructions"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["developerInstructions"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (typeof x14 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ThreadResumeResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread"];
  if (x0 === undefined) return false;
  if (!d_v2$Thread(x0)) return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["modelProvider"];
  if (typeof x2 !== "string") return false;
  const x3 = v["cwd"];
  if (typeof x3 !== "string") return false;
  const x4 = v["approvalPolicy"];
  if (typeof x4 !== "string") return false;
  if (!(x4 === "unlessTrusted" || x4 === "onFailure" || x4 === "onRequest" || x4 === "never")) return false;
  const x5 = v["sandbox"];
  if (x5 === undefined) return false;
  if (!d_v2$SandboxPolicy(x5)) return false;
  const x6 = v["reasoningEffort"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
      if (!(x6 === "none" || x6 === "minimal" || x6 === "low" || x6 === "medium" || x6 === "high" || x6 === "xhigh")) return false;
    }
  }
  return true;
}

function d_v2$ThreadStartParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["modelProvider"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["cwd"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["approvalPolicy"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "unlessTrusted" || x3 === "onFailure" || x3 === "onRequest" || x3 === "never")) return false;
    }
  }
  const x4 = v["sandbox"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "readOnly" || x4 === "workspaceWrite" || x4 === "dangerFullAccess")) return false;
    }
  }
  const x5 = v["config"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
      for (const k6 in x5) {
        const x7 = x5[k6];
        if (!d_JsonValue(x7)) return false;
      }
    }
  }
  const x8 = v["baseInstructions"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  const x9 = v["developerInstructions"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ThreadStartResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread"];
  if (x0 === undefined) return false;
  if (!d_v2$Thread(x0)) return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["modelProvider"];
  if (typeof x2 !== "string") return false;
  const x3 = v["cwd"];
  if (typeof x3 !== "string") return false;
  const x4 = v["approvalPolicy"];
  if (typeof x4 !== "string") return false;
  if (!(x4 === "unlessTrusted" || x4 === "onFailure" || x4 === "onRequest" || x4 === "never")) return false;
  const x5 = v["sandbox"];
  if (x5 === undefined) return false;
  if (!d_v2$SandboxPolicy(x5)) return false;
  const x6 = v["reasoningEffort"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
      if (!(x6 === "none" || x6 === "minimal" || x6 === "low" || x6 === "medium" || x6 === "high" || x6 === "xhigh")) return false;
    }
  }
  return true;
}

function d_v2$ThreadStartedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread"];
  if (x0 === undefined) return false;
  if (!d_v2$Thread(x0)) return false;
  return true;
}

function d_v2$ThreadTokenUsage(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["total"];
  if (x0 === undefined) return false;
  if (!d_v2$TokenUsageBreakdown(x0)) return false;
  const x1 = v["last"];
  if (x1 === undefined) return false;
  if (!d_v2$TokenUsageBreakdown(x1)) return false;
  const x2 = v["modelContextWindow"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  return true;
}

function d_v2$ThreadTokenUsageUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["tokenUsage"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadTokenUsage(x2)) return false;
  return true;
}

function d_v2$TodoItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["completed"];
  if (typeof x2 !== "boolean") return false;
  return true;
}

function d_v2$TokenUsageBreakdown(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["totalTokens"];
  if (!Number.isInteger(x0)) return false;
  const x1 = v["inputTokens"];
  if (!Number.isInteger(x1)) return false;
  const x2 = v["cachedInputTokens"];
  if (!Number.isInteger(x2)) return false;
  const x3 = v["outputTokens"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["reasoningOutputTokens"];
  if (!Number.isInteger(x4)) return false;
  return true;
}

function d_v2$Turn(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["status"]) {
    case "completed":
      if (!h_29eb136f(v)) return false;
      break;
    case "interrupted":
      if (!h_81d64dc2(v)) return false;
      break;
    case "failed":
      if (!h_9d6a96f4(v)) return false;
      break;
    case "inProgress":
      if (!h_b41469e2(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$TurnCompletedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn"];
  if (x1 === undefined) return false;
  if (!d_v2$Turn(x1)) return false;
  return true;
}

function d_v2$TurnDiffUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["diff"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$TurnError(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  const x1 = v["codexErrorInfo"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$CodexErrorInfo(x1)) return false;
    }
  }
  return true;
}

function d_v2$TurnInterruptParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$TurnInterruptResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$TurnPlanStep(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["step"];
  if (typeof x0 !== "string") return false;
  const x1 = v["status"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "pending" || x1 === "inProgress" || x1 === "completed")) return false;
  return true;
}

function d_v2$TurnPlanStepStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "pending" || v === "inProgress" || v === "completed")) return false;
  return true;
}

function d_v2$TurnPlanUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["turnId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["explanation"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["plan"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$TurnPlanStep(x4)) return false;
  }
  return true;
}

function d_v2$TurnStartParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["input"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_v2$UserInput(x3)) return false;
  }
  const x4 = v["cwd"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["approvalPolicy"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
      if (!(x5 === "unlessTrusted" || x5 === "onFailure" || x5 === "onRequest" || x5 === "never")) return false;
    }
  }
  const x6 = v["sandboxPolicy"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$SandboxPolicy(x6)) return false;
    }
  }
  const x7 = v["model"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  const x8 = v["effort"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
      if (!(x8 === "none" || x8 === "minimal" || x8 === "low" || x8 === "medium" || x8 === "high" || x8 === "xhigh")) return false;
    }
  }
  const x9 = v["summary"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
      if (!(x9 === "auto" || x9 === "concise" || x9 === "detailed" || x9 === "none")) return false;
    }
  }
  return true;
}

function d_v2$TurnStartResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["turn"];
  if (x0 === undefined) return false;
  if (!d_v2$Turn(x0)) return false;
  return true;
}

function d_v2$TurnStartedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turn"];
  if (x1 === undefined) return false;
  if (!d_v2$Turn(x1)) return false;
  return true;
}

function d_v2$UserInput(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "text":
      if (!h_9f36b8f5(v)) return false;
      break;
    case "image":
      if (!h_0c2b86d0(v)) return false;
      break;
    case "localImage":
      if (!h_54ebbc00(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$WindowsWorldWritableWarningNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["samplePaths"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["extraCount"];
  if (!Number.isInteger(x3)) return false;
  if (x3 < 0) return false;
  const x4 = v["failedScan"];
  if (typeof x4 !== "boolean") return false;
  return true;
}

function d_v2$WriteStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "ok" || v === "okOverridden")) return false;
  return true;
}

function h_6354c0a1(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "initialize") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_InitializeParams(x3)) return false;
  return true;
}

function h_99b391ff(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "newConversation") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_NewConversationParams(x3)) return false;
  return true;
}

function h_c1eeb011(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "getConversationSummary") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_GetConversationSummaryParams(x3)) return false;
  return true;
}

function h_3206c622(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "listConversations") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ListConversationsParams(x3)) return false;
  return true;
}

function h_8841b929(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "resumeConversation") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ResumeConversationParams(x3)) return false;
  return true;
}

function h_cdce1c55(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "archiveConversation") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ArchiveConversationParams(x3)) return false;
  return true;
}

function h_8a786ce4(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "sendUserMessage") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_SendUserMessageParams(x3)) return false;
  return true;
}

function h_6c0058f0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "sendUserTurn") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_SendUserTurnParams(x3)) return false;
  return true;
}

function h_e2bec7fc(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "interruptConversation") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_InterruptConversationParams(x3)) return false;
  return true;
}

function h_88a64355(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "addConversationListener") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_AddConversationListenerParams(x3)) return false;
  return true;
}

function h_2dbabc4a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "removeConversationListener") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_RemoveConversationListenerParams(x3)) return false;
  return true;
}

function h_3a35108a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "gitDiffToRemote") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_GitDiffToRemoteParams(x3)) return false;
  return true;
}

function h_4ef3da3d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "loginApiKey") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_LoginApiKeyParams(x3)) return false;
  return true;
}

function h_184463fd(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "loginChatGpt") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_2e9211ef(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "cancelLoginChatGpt") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_CancelLoginChatGptParams(x3)) return false;
  return true;
}

function h_624a08e4(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "logoutChatGpt") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_264725c7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "getAuthStatus") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_GetAuthStatusParams(x3)) return false;
  return true;
}

function h_506f88f3(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "getUserSavedConfig") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_8dd65432(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "setDefaultModel") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_SetDefaultModelParams(x3)) return false;
  return true;
}

function h_dd995740(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "getUserAgent") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_f7836296(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "userInfo") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_67babfad(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "fuzzyFileSearch") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_FuzzyFileSearchParams(x3)) return false;
  return true;
}

function h_6e84625e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "execOneOffCommand") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ExecOneOffCommandParams(x3)) return false;
  return true;
}

function h_7a7e5683(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "thread/start") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ThreadStartParams(x3)) return false;
  return true;
}

function h_584df16f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "thread/resume") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ThreadResumeParams(x3)) return false;
  return true;
}

function h_86468fea(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "thread/archive") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ThreadArchiveParams(x3)) return false;
  return true;
}

function h_2a8934e9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "thread/list") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ThreadListParams(x3)) return false;
  return true;
}

function h_79b808e1(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "thread/compact") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ThreadCompactParams(x3)) return false;
  return true;
}

function h_21fc4928(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "turn/start") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$TurnStartParams(x3)) return false;
  return true;
}

function h_442091df(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "turn/interrupt") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$TurnInterruptParams(x3)) return false;
  return true;
}

function h_18462bff(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "review/start") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ReviewStartParams(x3)) return false;
  return true;
}

function h_4328d209(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "model/list") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ModelListParams(x3)) return false;
  return true;
}

function h_8c558e5f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "account/login/start") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$LoginAccountParams(x3)) return false;
  return true;
}

function h_66a8d9f3(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "account/login/cancel") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$CancelLoginAccountParams(x3)) return false;
  return true;
}

function h_fe966b14(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "account/logout") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_7c3a8e8d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "account/rateLimits/read") return false;
  const x3 = v["params"];
  if (x3 !== undefined) {
    if (x3 !== null) return false;
  }
  return true;
}

function h_322bbc0a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "feedback/upload") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$FeedbackUploadParams(x3)) return false;
  return true;
}

function h_18196e3d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "config/read") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ConfigReadParams(x3)) return false;
  return true;
}

function h_58ed18ba(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "config/value/write") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ConfigValueWriteParams(x3)) return false;
  return true;
}

function h_9ad6b834(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "config/batchWrite") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$ConfigBatchWriteParams(x3)) return false;
  return true;
}

function h_c28cfd85(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "account/read") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$GetAccountParams(x3)) return false;
  return true;
}

function h_fb8c5740(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "context_window_exceeded" || v === "usage_limit_exceeded" || v === "internal_server_error" || v === "unauthorized" || v === "bad_request" || v === "sandbox_error" || v === "other")) return false;
  return true;
}

function h_227f9f34(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["http_connection_failed"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["http_status_code"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "http_connection_failed")) return false;
  }
  return true;
}

function h_4765dc1a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["response_stream_connection_failed"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["http_status_code"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "response_stream_connection_failed")) return false;
  }
  return true;
}

function h_10609064(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["response_stream_disconnected"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["http_status_code"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "response_stream_disconnected")) return false;
  }
  return true;
}

function h_491b88de(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["response_too_many_failed_attempts"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["http_status_code"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "response_too_many_failed_attempts")) return false;
  }
  return true;
}

function h_8db8dbf0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["annotations"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_Annotations(x2)) return false;
    }
  }
  return true;
}

function h_f518b251(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "image") return false;
  const x1 = v["data"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (typeof x2 !== "string") return false;
  const x3 = v["annotations"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_Annotations(x3)) return false;
    }
  }
  return true;
}

function h_1749987d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "audio") return false;
  const x1 = v["data"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (typeof x2 !== "string") return false;
  const x3 = v["annotations"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_Annotations(x3)) return false;
    }
  }
  return true;
}

function h_9124ac5b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "resource_link") return false;
  const x1 = v["uri"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["title"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["description"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["mimeType"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["size"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  const x7 = v["annotations"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_Annotations(x7)) return false;
    }
  }
  return true;
}

function h_afe98583(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "resource") return false;
  const x1 = v["resource"];
  if (x1 === undefined) return false;
  if (!d_EmbeddedResourceResource(x1)) return false;
  const x2 = v["annotations"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_Annotations(x2)) return false;
    }
  }
  return true;
}

function h_10118bb9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "input_text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_d1ab22fe(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "input_image") return false;
  const x1 = v["image_url"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_f196517d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "output_text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_f5691683(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  for (const k3 in v) {
    if (!(k3 === "uri" || k3 === "text" || k3 === "mimeType")) return false;
  }
  return true;
}

function h_62736ba6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["uri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["blob"];
  if (typeof x1 !== "string") return false;
  const x2 = v["mimeType"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  for (const k3 in v) {
    if (!(k3 === "uri" || k3 === "blob" || k3 === "mimeType")) return false;
  }
  return true;
}

function h_5f16dabc(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "error") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  const x2 = v["codex_error_info"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_CodexErrorInfo(x2)) return false;
    }
  }
  return true;
}

function h_ead53a77(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "warning") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_c5d23656(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "context_compacted") return false;
  return true;
}

function h_5c87c439(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "task_started") return false;
  const x1 = v["model_context_window"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
    }
  }
  return true;
}

function h_15460730(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "task_complete") return false;
  const x1 = v["last_agent_message"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_17635807(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "token_count") return false;
  const x1 = v["info"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_TokenUsageInfo(x1)) return false;
    }
  }
  const x2 = v["rate_limits"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_RateLimitSnapshot(x2)) return false;
    }
  }
  return true;
}

function h_66fff712(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_message") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_89c03392(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "user_message") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  const x2 = v["images"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Array.isArray(x2)) return false;
      for (let i3 = 0; i3 < x2.length; i3++) {
        const x4 = x2[i3];
        if (typeof x4 !== "string") return false;
      }
    }
  }
  return true;
}

function h_9c63f093(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_message_delta") return false;
  const x1 = v["delta"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_e826a7c8(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_reasoning") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_d144c83b(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_reasoning_delta") return false;
  const x1 = v["delta"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_9dfbbadc(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_reasoning_raw_content") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_130f394c(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_reasoning_raw_content_delta") return false;
  const x1 = v["delta"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_4c379784(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_reasoning_section_break") return false;
  const x1 = v["item_id"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["summary_index"];
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) return false;
  }
  return true;
}

function h_51ab38c4(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "session_configured") return false;
  const x1 = v["session_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["model"];
  if (typeof x2 !== "string") return false;
  const x3 = v["model_provider_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["approval_policy"];
  if (typeof x4 !== "string") return false;
  if (!(x4 === "untrusted" || x4 === "on-failure" || x4 === "on-request" || x4 === "never")) return false;
  const x5 = v["sandbox_policy"];
  if (x5 === undefined) return false;
  if (!d_SandboxPolicy(x5)) return false;
  const x6 = v["cwd"];
  if (typeof x6 !== "string") return false;
  const x7 = v["reasoning_effort"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
      if (!(x7 === "none" || x7 === "minimal" || x7 === "low" || x7 === "medium" || x7 === "high" || x7 === "xhigh")) return false;
    }
  }
  const x8 = v["history_log_id"];
  if (!Number.isInteger(x8)) return false;
  if (x8 < 0) return false;
  const x9 = v["history_entry_count"];
  if (!Number.isInteger(x9)) return false;
  if (x9 < 0) return false;
  const x10 = v["initial_messages"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!Array.isArray(x10)) return false;
      for (let i11 = 0; i11 < x10.length; i11++) {
        const x12 = x10[i11];
        if (!d_EventMsg(x12, d + 1)) return false;
      }
    }
  }
  const x13 = v["rollout_path"];
  if (typeof x13 !== "string") return false;
  return true;
}

function h_deb41069(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcp_startup_update") return false;
  const x1 = v["server"];
  if (typeof x1 !== "string") return false;
  const x2 = v["status"];
  if (x2 === undefined) return false;
  if (!d_McpStartupStatus(x2)) return false;
  return true;
}

function h_0a8335e2(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcp_startup_complete") return false;
  const x1 = v["ready"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  const x4 = v["failed"];
  if (!Array.isArray(x4)) return false;
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6 = x4[i5];
    if (!d_McpStartupFailure(x6)) return false;
  }
  const x7 = v["cancelled"];
  if (!Array.isArray(x7)) return false;
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9 = x7[i8];
    if (typeof x9 !== "string") return false;
  }
  return true;
}

function h_59e8f3a5(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcp_tool_call_begin") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["invocation"];
  if (x2 === undefined) return false;
  if (!d_McpInvocation(x2)) return false;
  return true;
}

function h_63b5abf7(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcp_tool_call_end") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["invocation"];
  if (x2 === undefined) return false;
  if (!d_McpInvocation(x2)) return false;
  const x3 = v["duration"];
  if (x3 === undefined) return false;
  if (!d_Duration(x3)) return false;
  const x4 = v["result"];
  if (x4 === undefined) return false;
  if (!d_ResultOfCallToolResultOrString(x4)) return false;
  return true;
}

function h_2728f144(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "web_search_begin") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_b55bacff(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "web_search_end") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_df9953a3(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exec_command_begin") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["process_id"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["interaction_input"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["command"];
  if (!Array.isArray(x5)) return false;
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7 = x5[i6];
    if (typeof x7 !== "string") return false;
  }
  const x8 = v["cwd"];
  if (typeof x8 !== "string") return false;
  const x9 = v["parsed_cmd"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (!d_ParsedCommand(x11)) return false;
  }
  const x12 = v["source"];
  if (x12 !== undefined) {
    if (typeof x12 !== "string") return false;
    if (!(x12 === "agent" || x12 === "user_shell" || x12 === "unified_exec_startup" || x12 === "unified_exec_interaction")) return false;
  }
  return true;
}

function h_d3445df9(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exec_command_output_delta") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["stream"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "stdout" || x2 === "stderr")) return false;
  const x3 = v["chunk"];
  if (typeof x3 !== "string") return false;
  return true;
}

function h_9de0fbff(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exec_command_end") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["process_id"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["interaction_input"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["command"];
  if (!Array.isArray(x5)) return false;
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7 = x5[i6];
    if (typeof x7 !== "string") return false;
  }
  const x8 = v["cwd"];
  if (typeof x8 !== "string") return false;
  const x9 = v["parsed_cmd"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (!d_ParsedCommand(x11)) return false;
  }
  const x12 = v["source"];
  if (x12 !== undefined) {
    if (typeof x12 !== "string") return false;
    if (!(x12 === "agent" || x12 === "user_shell" || x12 === "unified_exec_startup" || x12 === "unified_exec_interaction")) return false;
  }
  const x13 = v["stdout"];
  if (typeof x13 !== "string") return false;
  const x14 = v["stderr"];
  if (typeof x14 !== "string") return false;
  const x15 = v["aggregated_output"];
  if (x15 !== undefined) {
    if (typeof x15 !== "string") return false;
  }
  const x16 = v["exit_code"];
  if (!Number.isInteger(x16)) return false;
  if (x16 < -2147483648) return false;
  if (x16 > 2147483647) return false;
  const x17 = v["duration"];
  if (x17 === undefined) return false;
  if (!d_Duration(x17)) return false;
  const x18 = v["formatted_output"];
  if (typeof x18 !== "string") return false;
  return true;
}

function h_1c8d7b32(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "view_image_tool_call") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_b1a7158b(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exec_approval_request") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["command"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (typeof x5 !== "string") return false;
  }
  const x6 = v["cwd"];
  if (typeof x6 !== "string") return false;
  const x7 = v["parsed_cmd"];
  if (!Array.isArray(x7)) return false;
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9 = x7[i8];
    if (!d_ParsedCommand(x9)) return false;
  }
  const x10 = v["reason"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["risk"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!d_SandboxCommandAssessment(x11)) return false;
    }
  }
  return true;
}

function h_06e4c47a(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "elicitation_request") return false;
  const x1 = v["server_name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["id"];
  if (x2 === undefined) return false;
  if (!d_RequestId(x2)) return false;
  const x3 = v["message"];
  if (typeof x3 !== "string") return false;
  return true;
}

function h_5a7ed789(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "apply_patch_approval_request") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["changes"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  for (const k4 in x3) {
    const x5 = x3[k4];
    if (!d_FileChange(x5)) return false;
  }
  const x6 = v["reason"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["grant_root"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  return true;
}

function h_44b70543(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "deprecation_notice") return false;
  const x1 = v["summary"];
  if (typeof x1 !== "string") return false;
  const x2 = v["details"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_3bc65d96(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "background_event") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_b4327932(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "undo_started") return false;
  const x1 = v["message"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_399796a3(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "undo_completed") return false;
  const x1 = v["success"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["message"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_9ce3b6a3(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "stream_error") return false;
  const x1 = v["message"];
  if (typeof x1 !== "string") return false;
  const x2 = v["codex_error_info"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_CodexErrorInfo(x2)) return false;
    }
  }
  return true;
}

function h_0bcea1e3(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "patch_apply_begin") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["auto_approved"];
  if (typeof x3 !== "boolean") return false;
  const x4 = v["changes"];
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  for (const k5 in x4) {
    const x6 = x4[k5];
    if (!d_FileChange(x6)) return false;
  }
  return true;
}

function h_7264a369(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "patch_apply_end") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["stdout"];
  if (typeof x3 !== "string") return false;
  const x4 = v["stderr"];
  if (typeof x4 !== "string") return false;
  const x5 = v["success"];
  if (typeof x5 !== "boolean") return false;
  const x6 = v["changes"];
  if (x6 !== undefined) {
    if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
    for (const k7 in x6) {
      const x8 = x6[k7];
      if (!d_FileChange(x8)) return false;
    }
  }
  return true;
}

function h_c52f2983(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "turn_diff") return false;
  const x1 = v["unified_diff"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_2250bccb(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "get_history_entry_response") return false;
  const x1 = v["offset"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  const x2 = v["log_id"];
  if (!Number.isInteger(x2)) return false;
  if (x2 < 0) return false;
  const x3 = v["entry"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_HistoryEntry(x3)) return false;
    }
  }
  return true;
}

function h_5d3c0374(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcp_list_tools_response") return false;
  const x1 = v["tools"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  for (const k2 in x1) {
    const x3 = x1[k2];
    if (!d_Tool(x3)) return false;
  }
  const x4 = v["resources"];
  if (typeof x4 !== "object" || x4 === null || Array.isArray(x4)) return false;
  for (const k5 in x4) {
    const x6 = x4[k5];
    if (!Array.isArray(x6)) return false;
    for (let i7 = 0; i7 < x6.length; i7++) {
      const x8 = x6[i7];
      if (!d_Resource(x8)) return false;
    }
  }
  const x9 = v["resource_templates"];
  if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) return false;
  for (const k10 in x9) {
    const x11 = x9[k10];
    if (!Array.isArray(x11)) return false;
    for (let i12 = 0; i12 < x11.length; i12++) {
      const x13 = x11[i12];
      if (!d_ResourceTemplate(x13)) return false;
    }
  }
  const x14 = v["auth_statuses"];
  if (typeof x14 !== "object" || x14 === null || Array.isArray(x14)) return false;
  for (const k15 in x14) {
    const x16 = x14[k15];
    if (typeof x16 !== "string") return false;
    if (!(x16 === "unsupported" || x16 === "not_logged_in" || x16 === "bearer_token" || x16 === "o_auth")) return false;
  }
  return true;
}

function h_3e6b0c77(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "list_custom_prompts_response") return false;
  const x1 = v["custom_prompts"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_CustomPrompt(x3)) return false;
  }
  return true;
}

function h_76c71a3a(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "plan_update") return false;
  const x1 = v["explanation"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["plan"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_PlanItemArg(x4)) return false;
  }
  return true;
}

function h_394f9514(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "turn_aborted") return false;
  const x1 = v["reason"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "interrupted" || x1 === "replaced" || x1 === "review_ended")) return false;
  return true;
}

function h_71c60258(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "shutdown_complete") return false;
  return true;
}

function h_01f91145(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "entered_review_mode") return false;
  const x1 = v["prompt"];
  if (typeof x1 !== "string") return false;
  const x2 = v["user_facing_hint"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_9698ef5e(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exited_review_mode") return false;
  const x1 = v["review_output"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_ReviewOutputEvent(x1)) return false;
    }
  }
  return true;
}

function h_ec1ded07(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "raw_response_item") return false;
  const x1 = v["item"];
  if (x1 === undefined) return false;
  if (!d_ResponseItem(x1)) return false;
  return true;
}

function h_4578d1f5(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "item_started") return false;
  const x1 = v["thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["item"];
  if (x3 === undefined) return false;
  if (!d_TurnItem(x3)) return false;
  return true;
}

function h_3e34b7be(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "item_completed") return false;
  const x1 = v["thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["item"];
  if (x3 === undefined) return false;
  if (!d_TurnItem(x3)) return false;
  return true;
}

function h_1078cae9(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agent_message_content_delta") return false;
  const x1 = v["thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["item_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["delta"];
  if (typeof x4 !== "string") return false;
  return true;
}

function h_7b388872(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "reasoning_content_delta") return false;
  const x1 = v["thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["item_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["delta"];
  if (typeof x4 !== "string") return false;
  const x5 = v["summary_index"];
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) return false;
  }
  return true;
}

function h_b3f4a243(v: any, d: number): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "reasoning_raw_content_delta") return false;
  const x1 = v["thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turn_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["item_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["delta"];
  if (typeof x4 !== "string") return false;
  const x5 = v["content_index"];
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) return false;
  }
  return true;
}

function h_370eea28(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "add") return false;
  const x1 = v["content"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_5c132034(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "delete") return false;
  const x1 = v["content"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_a6089c49(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "update") return false;
  const x1 = v["unified_diff"];
  if (typeof x1 !== "string") return false;
  const x2 = v["move_path"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_992f2c38(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function h_82edf71e(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i0 = 0; i0 < v.length; i0++) {
    const x1 = v[i0];
    if (!d_FunctionCallOutputContentItem(x1)) return false;
  }
  return true;
}

function h_c8e7b968(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["rolloutPath"];
  if (typeof x0 !== "string") return false;
  for (const k1 in v) {
    if (!(k1 === "rolloutPath")) return false;
  }
  return true;
}

function h_50f53603(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  for (const k1 in v) {
    if (!(k1 === "conversationId")) return false;
  }
  return true;
}

function h_e508e16f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "text") return false;
  const x1 = v["data"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["text"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_52eeb6b7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "image") return false;
  const x1 = v["data"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["image_url"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_4431367e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "localImage") return false;
  const x1 = v["data"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["path"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_1f73d2bc(v: any): boolean {
  if (v !== null) return false;
  return true;
}

function h_a0818226(v: any): boolean {
  if (typeof v !== "boolean") return false;
  return true;
}

function h_7967e44f(v: any): boolean {
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  return true;
}

function h_8a990f26(v: any): boolean {
  if (!Array.isArray(v)) return false;
  return true;
}

function h_56866c53(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function h_9bff9df3(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["state"];
  if (x0 !== "starting") return false;
  return true;
}

function h_1d04d4db(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["state"];
  if (x0 !== "ready") return false;
  return true;
}

function h_d61fd679(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["state"];
  if (x0 !== "failed") return false;
  const x1 = v["error"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_ccac0c2d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["state"];
  if (x0 !== "cancelled") return false;
  return true;
}

function h_7ae06d98(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "read") return false;
  const x1 = v["cmd"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["path"];
  if (typeof x3 !== "string") return false;
  return true;
}

function h_6e32f7b8(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "list_files") return false;
  const x1 = v["cmd"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_fb995d06(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "search") return false;
  const x1 = v["cmd"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["path"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function h_ce07cdbb(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "unknown") return false;
  const x1 = v["cmd"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_182572a7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "reasoning_text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_9f36b8f5(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_90af802b(v: any): boolean {
  if (!Number.isInteger(v)) return false;
  if (v < -9007199254740991) return false;
  if (v > 9007199254740991) return false;
  return true;
}

function h_63ac52cd(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "message") return false;
  const x1 = v["role"];
  if (typeof x1 !== "string") return false;
  const x2 = v["content"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_ContentItem(x4)) return false;
  }
  const x5 = v["id"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  return true;
}

function h_4b408731(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "reasoning") return false;
  const x1 = v["summary"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (!d_ReasoningItemReasoningSummary(x3)) return false;
  }
  const x4 = v["content"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (!d_ReasoningItemContent(x6)) return false;
      }
    }
  }
  const x7 = v["encrypted_content"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  const x8 = v["id"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  return true;
}

function h_2e69901b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "local_shell_call") return false;
  const x1 = v["call_id"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["status"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "completed" || x2 === "in_progress" || x2 === "incomplete")) return false;
  const x3 = v["action"];
  if (x3 === undefined) return false;
  if (!d_LocalShellAction(x3)) return false;
  const x4 = v["id"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function h_c7ebb206(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "function_call") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["arguments"];
  if (typeof x2 !== "string") return false;
  const x3 = v["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["id"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function h_d09ae705(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "function_call_output") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["output"];
  if (x2 === undefined) return false;
  if (!d_FunctionCallOutputPayload(x2)) return false;
  return true;
}

function h_71d20249(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "custom_tool_call") return false;
  const x1 = v["status"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["call_id"];
  if (typeof x2 !== "string") return false;
  const x3 = v["name"];
  if (typeof x3 !== "string") return false;
  const x4 = v["input"];
  if (typeof x4 !== "string") return false;
  const x5 = v["id"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  return true;
}

function h_96dc31e0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "custom_tool_call_output") return false;
  const x1 = v["call_id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["output"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_2e445b97(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "web_search_call") return false;
  const x1 = v["status"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["action"];
  if (x2 === undefined) return false;
  if (!d_WebSearchAction(x2)) return false;
  const x3 = v["id"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function h_2c4d77da(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "ghost_snapshot") return false;
  const x1 = v["ghost_commit"];
  if (x1 === undefined) return false;
  if (!d_GhostCommit(x1)) return false;
  return true;
}

function h_4ffcc2f2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "compaction_summary") return false;
  const x1 = v["encrypted_content"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_82d4d3da(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "other") return false;
  return true;
}

function h_8ca7d387(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["Ok"];
  if (x0 === undefined) return false;
  if (!d_CallToolResult(x0)) return false;
  for (const k1 in v) {
    if (!(k1 === "Ok")) return false;
  }
  return true;
}

function h_0bf6a2da(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["Err"];
  if (typeof x0 !== "string") return false;
  for (const k1 in v) {
    if (!(k1 === "Err")) return false;
  }
  return true;
}

function h_07b3f6e6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "danger-full-access") return false;
  return true;
}

function h_4d40f0db(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "read-only") return false;
  return true;
}

function h_2448c254(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "workspace-write") return false;
  const x1 = v["writable_roots"];
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) return false;
    for (let i2 = 0; i2 < x1.length; i2++) {
      const x3 = x1[i2];
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["network_access"];
  if (x4 !== undefined) {
    if (typeof x4 !== "boolean") return false;
  }
  const x5 = v["exclude_tmpdir_env_var"];
  if (x5 !== undefined) {
    if (typeof x5 !== "boolean") return false;
  }
  const x6 = v["exclude_slash_tmp"];
  if (x6 !== undefined) {
    if (typeof x6 !== "boolean") return false;
  }
  return true;
}

function h_8443b716(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "authStatusChange") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_AuthStatusChangeNotification(x2)) return false;
  return true;
}

function h_912072bf(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "loginChatGptComplete") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_LoginChatGptCompleteNotification(x2)) return false;
  return true;
}

function h_581cd172(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "sessionConfigured") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_SessionConfiguredNotification(x2)) return false;
  return true;
}

function h_c09e17e5(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "error") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ErrorNotification(x2)) return false;
  return true;
}

function h_86874d5d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadStartedNotification(x2)) return false;
  return true;
}

function h_b5a96378(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/tokenUsage/updated") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadTokenUsageUpdatedNotification(x2)) return false;
  return true;
}

function h_78e0f1b9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "turn/started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$TurnStartedNotification(x2)) return false;
  return true;
}

function h_b3cb4f00(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "turn/completed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$TurnCompletedNotification(x2)) return false;
  return true;
}

function h_5b5b827d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "turn/diff/updated") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$TurnDiffUpdatedNotification(x2)) return false;
  return true;
}

function h_545ebe6c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "turn/plan/updated") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$TurnPlanUpdatedNotification(x2)) return false;
  return true;
}

function h_841e47d6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ItemStartedNotification(x2)) return false;
  return true;
}

function h_e4bbf117(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/completed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ItemCompletedNotification(x2)) return false;
  return true;
}

function h_f7a1b0bd(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/agentMessage/delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$AgentMessageDeltaNotification(x2)) return false;
  return true;
}

function h_f7814521(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/commandExecution/outputDelta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$CommandExecutionOutputDeltaNotification(x2)) return false;
  return true;
}

function h_a1606fba(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/fileChange/outputDelta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$FileChangeOutputDeltaNotification(x2)) return false;
  return true;
}

function h_0a0c1aee(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/mcpToolCall/progress") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$McpToolCallProgressNotification(x2)) return false;
  return true;
}

function h_7691c9c9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "account/updated") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$AccountUpdatedNotification(x2)) return false;
  return true;
}

function h_b2d3fa80(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "account/rateLimits/updated") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$AccountRateLimitsUpdatedNotification(x2)) return false;
  return true;
}

function h_3a0c2afe(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/reasoning/summaryTextDelta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ReasoningSummaryTextDeltaNotification(x2)) return false;
  return true;
}

function h_f2174da6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/reasoning/summaryPartAdded") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ReasoningSummaryPartAddedNotification(x2)) return false;
  return true;
}

function h_f6b9e9a8(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "item/reasoning/textDelta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ReasoningTextDeltaNotification(x2)) return false;
  return true;
}

function h_1c1efcfc(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/compacted") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ContextCompactedNotification(x2)) return false;
  return true;
}

function h_daaaefdc(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "windows/worldWritableWarning") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$WindowsWorldWritableWarningNotification(x2)) return false;
  return true;
}

function h_829b3268(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "account/login/completed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$AccountLoginCompletedNotification(x2)) return false;
  return true;
}

function h_7c49b7fc(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/error") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "error") return false;
  return true;
}

function h_8fd4521d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/warning") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "warning") return false;
  return true;
}

function h_106fe3f2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/context_compacted") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "context_compacted") return false;
  return true;
}

function h_23654cde(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/task_started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "task_started") return false;
  return true;
}

function h_b9926b14(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/task_complete") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "task_complete") return false;
  return true;
}

function h_7f811eea(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/token_count") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "token_count") return false;
  return true;
}

function h_4f685339(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_message") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_message") return false;
  return true;
}

function h_b239196c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/user_message") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "user_message") return false;
  return true;
}

function h_eb1048e6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_message_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_message_delta") return false;
  return true;
}

function h_01374d57(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_reasoning") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_reasoning") return false;
  return true;
}

function h_ea4f6547(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_reasoning_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_reasoning_delta") return false;
  return true;
}

function h_e8ca390b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_reasoning_raw_content") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_reasoning_raw_content") return false;
  return true;
}

function h_36a0cb75(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_reasoning_raw_content_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_reasoning_raw_content_delta") return false;
  return true;
}

function h_9c574a61(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_reasoning_section_break") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_reasoning_section_break") return false;
  return true;
}

function h_1d7c0056(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/session_configured") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "session_configured") return false;
  return true;
}

function h_467b8d95(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/mcp_startup_update") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "mcp_startup_update") return false;
  return true;
}

function h_c206f15f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/mcp_startup_complete") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "mcp_startup_complete") return false;
  return true;
}

function h_a0c73e26(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/mcp_tool_call_begin") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "mcp_tool_call_begin") return false;
  return true;
}

function h_0c85342f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/mcp_tool_call_end") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "mcp_tool_call_end") return false;
  return true;
}

function h_c4ece5cf(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/web_search_begin") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "web_search_begin") return false;
  return true;
}

function h_2e969337(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/web_search_end") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "web_search_end") return false;
  return true;
}

function h_9f37d8c7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/exec_command_begin") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "exec_command_begin") return false;
  return true;
}

function h_dd83a15d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/exec_command_output_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "exec_command_output_delta") return false;
  return true;
}

function h_bce15c6d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/exec_command_end") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "exec_command_end") return false;
  return true;
}

function h_c53b9319(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/view_image_tool_call") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "view_image_tool_call") return false;
  return true;
}

function h_80ba2c9b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/exec_approval_request") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "exec_approval_request") return false;
  return true;
}

function h_644f7857(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/elicitation_request") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "elicitation_request") return false;
  return true;
}

function h_5f1ab8b9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/apply_patch_approval_request") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "apply_patch_approval_request") return false;
  return true;
}

function h_a4b2ce9b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/deprecation_notice") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "deprecation_notice") return false;
  return true;
}

function h_ca7b70cb(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/background_event") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "background_event") return false;
  return true;
}

function h_9fa08d83(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/undo_started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "undo_started") return false;
  return true;
}

function h_137a2e4a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/undo_completed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "undo_completed") return false;
  return true;
}

function h_3f681421(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/stream_error") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "stream_error") return false;
  return true;
}

function h_b9787609(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/patch_apply_begin") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "patch_apply_begin") return false;
  return true;
}

function h_cff889df(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/patch_apply_end") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "patch_apply_end") return false;
  return true;
}

function h_35369134(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/turn_diff") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "turn_diff") return false;
  return true;
}

function h_63fcdef1(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/get_history_entry_response") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "get_history_entry_response") return false;
  return true;
}

function h_a0e90e4a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/mcp_list_tools_response") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "mcp_list_tools_response") return false;
  return true;
}

function h_f2bb58c9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/list_custom_prompts_response") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "list_custom_prompts_response") return false;
  return true;
}

function h_bb91c9bb(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/plan_update") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "plan_update") return false;
  return true;
}

function h_b05d8366(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/turn_aborted") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "turn_aborted") return false;
  return true;
}

function h_b6fa0023(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/shutdown_complete") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "shutdown_complete") return false;
  return true;
}

function h_06fe9c8e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/entered_review_mode") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "entered_review_mode") return false;
  return true;
}

function h_e04e9810(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/exited_review_mode") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "exited_review_mode") return false;
  return true;
}

function h_4b643b25(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/raw_response_item") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "raw_response_item") return false;
  return true;
}

function h_3ad29231(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/item_started") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "item_started") return false;
  return true;
}

function h_9da76f70(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/item_completed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "item_completed") return false;
  return true;
}

function h_6a13993c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/agent_message_content_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "agent_message_content_delta") return false;
  return true;
}

function h_e293397b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/reasoning_content_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "reasoning_content_delta") return false;
  return true;
}

function h_573b2b3c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "codex/event/reasoning_raw_content_delta") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_CodexEventNotificationParams(x2)) return false;
  if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
  const x3 = x2["msg"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  const x4 = x3["type"];
  if (x4 !== "reasoning_raw_content_delta") return false;
  return true;
}

function h_b6a72423(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "applyPatchApproval") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ApplyPatchApprovalParams(x3)) return false;
  return true;
}

function h_9be0841b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "execCommandApproval") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_ExecCommandApprovalParams(x3)) return false;
  return true;
}

function h_1899dc41(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "item/commandExecution/requestApproval") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$CommandExecutionRequestApprovalParams(x3)) return false;
  return true;
}

function h_9fbdd925(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  const x2 = v["method"];
  if (x2 !== "item/fileChange/requestApproval") return false;
  const x3 = v["params"];
  if (x3 === undefined) return false;
  if (!d_v2$FileChangeRequestApprovalParams(x3)) return false;
  return true;
}

function h_f415b222(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "cli" || v === "vscode" || v === "exec" || v === "mcp" || v === "unknown")) return false;
  return true;
}

function h_18cabc58(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["subagent"];
  if (x0 === undefined) return false;
  if (!d_SubAgentSource(x0)) return false;
  for (const k1 in v) {
    if (!(k1 === "subagent")) return false;
  }
  return true;
}

function h_02dbc20d(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "review" || v === "compact")) return false;
  return true;
}

function h_18e29af9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["other"];
  if (typeof x0 !== "string") return false;
  for (const k1 in v) {
    if (!(k1 === "other")) return false;
  }
  return true;
}

function h_6855c750(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "UserMessage") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["content"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_UserInput(x4)) return false;
  }
  return true;
}

function h_a6910f1a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "AgentMessage") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["content"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_AgentMessageContent(x4)) return false;
  }
  return true;
}

function h_908c5534(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "Reasoning") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["summary_text"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (typeof x4 !== "string") return false;
  }
  const x5 = v["raw_content"];
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) return false;
    for (let i6 = 0; i6 < x5.length; i6++) {
      const x7 = x5[i6];
      if (typeof x7 !== "string") return false;
    }
  }
  return true;
}

function h_4f663f3e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "WebSearch") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_94e83991(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "image") return false;
  const x1 = v["image_url"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_65c716f6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "local_image") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_906a81f2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "search") return false;
  const x1 = v["query"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_d0b583a6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "open_page") return false;
  const x1 = v["url"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_f5d266e9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "find_in_page") return false;
  const x1 = v["url"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["pattern"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_1405af2b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "apiKey") return false;
  return true;
}

function h_f55c5988(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgpt") return false;
  const x1 = v["email"];
  if (typeof x1 !== "string") return false;
  const x2 = v["planType"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "free" || x2 === "plus" || x2 === "pro" || x2 === "team" || x2 === "business" || x2 === "enterprise" || x2 === "edu" || x2 === "unknown")) return false;
  return true;
}

function h_fad3f92d(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "contextWindowExceeded" || v === "usageLimitExceeded" || v === "internalServerError" || v === "unauthorized" || v === "badRequest" || v === "sandboxError" || v === "other")) return false;
  return true;
}

function h_63995dd6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["httpConnectionFailed"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["httpStatusCode"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "httpConnectionFailed")) return false;
  }
  return true;
}

function h_7d1615fe(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["responseStreamConnectionFailed"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["httpStatusCode"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "responseStreamConnectionFailed")) return false;
  }
  return true;
}

function h_2f076447(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["responseStreamDisconnected"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["httpStatusCode"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "responseStreamDisconnected")) return false;
  }
  return true;
}

function h_895cf5e1(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["responseTooManyFailedAttempts"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["httpStatusCode"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Number.isInteger(x1)) return false;
      if (x1 < 0) return false;
      if (x1 > 65535) return false;
    }
  }
  for (const k2 in v) {
    if (!(k2 === "responseTooManyFailedAttempts")) return false;
  }
  return true;
}

function h_4bdf920f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "read") return false;
  const x1 = v["command"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["path"];
  if (typeof x3 !== "string") return false;
  return true;
}

function h_e96cae98(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "listFiles") return false;
  const x1 = v["command"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_3b1754d4(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "search") return false;
  const x1 = v["command"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["path"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function h_37d24ee2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "unknown") return false;
  const x1 = v["command"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_30220150(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "apiKey") return false;
  const x1 = v["apiKey"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_ea5a7266(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgpt") return false;
  return true;
}

function h_b90c87b5(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgpt") return false;
  const x1 = v["loginId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["authUrl"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_b26ec53c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "add") return false;
  return true;
}

function h_30f10106(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "delete") return false;
  return true;
}

function h_d50c37de(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "update") return false;
  const x1 = v["move_path"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_047e7ab6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "uncommittedChanges") return false;
  return true;
}

function h_cb5a8ad4(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "baseBranch") return false;
  const x1 = v["branch"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_1f3355c2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "commit") return false;
  const x1 = v["sha"];
  if (typeof x1 !== "string") return false;
  const x2 = v["title"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_92a8142a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "custom") return false;
  const x1 = v["instructions"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_d20e0e28(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "dangerFullAccess") return false;
  return true;
}

function h_f2c7ca2b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "readOnly") return false;
  return true;
}

function h_f689fc6d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "workspaceWrite") return false;
  const x1 = v["writableRoots"];
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) return false;
    for (let i2 = 0; i2 < x1.length; i2++) {
      const x3 = x1[i2];
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["networkAccess"];
  if (x4 !== undefined) {
    if (typeof x4 !== "boolean") return false;
  }
  const x5 = v["excludeTmpdirEnvVar"];
  if (x5 !== undefined) {
    if (typeof x5 !== "boolean") return false;
  }
  const x6 = v["excludeSlashTmp"];
  if (x6 !== undefined) {
    if (typeof x6 !== "boolean") return false;
  }
  return true;
}

function h_e6fc8962(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "userMessage") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["content"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$UserInput(x4)) return false;
  }
  return true;
}

function h_0053c67a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agentMessage") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["text"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_3b01eae5(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "reasoning") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["summary"];
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) return false;
    for (let i3 = 0; i3 < x2.length; i3++) {
      const x4 = x2[i3];
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["content"];
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) return false;
    for (let i6 = 0; i6 < x5.length; i6++) {
      const x7 = x5[i6];
      if (typeof x7 !== "string") return false;
    }
  }
  return true;
}

function h_8ec3a73e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "commandExecution") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["command"];
  if (typeof x2 !== "string") return false;
  const x3 = v["cwd"];
  if (typeof x3 !== "string") return false;
  const x4 = v["processId"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["status"];
  if (typeof x5 !== "string") return false;
  if (!(x5 === "inProgress" || x5 === "completed" || x5 === "failed" || x5 === "declined")) return false;
  const x6 = v["commandActions"];
  if (!Array.isArray(x6)) return false;
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8 = x6[i7];
    if (!d_v2$CommandAction(x8)) return false;
  }
  const x9 = v["aggregatedOutput"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["exitCode"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!Number.isInteger(x10)) return false;
      if (x10 < -2147483648) return false;
      if (x10 > 2147483647) return false;
    }
  }
  const x11 = v["durationMs"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!Number.isInteger(x11)) return false;
    }
  }
  return true;
}

function h_fd42094c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "fileChange") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["changes"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$FileUpdateChange(x4)) return false;
  }
  const x5 = v["status"];
  if (typeof x5 !== "string") return false;
  if (!(x5 === "inProgress" || x5 === "completed" || x5 === "failed" || x5 === "declined")) return false;
  return true;
}

function h_23896f09(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mcpToolCall") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["server"];
  if (typeof x2 !== "string") return false;
  const x3 = v["tool"];
  if (typeof x3 !== "string") return false;
  const x4 = v["status"];
  if (typeof x4 !== "string") return false;
  if (!(x4 === "inProgress" || x4 === "completed" || x4 === "failed")) return false;
  const x5 = v["arguments"];
  if (x5 === undefined) return false;
  if (!d_JsonValue(x5)) return false;
  const x6 = v["result"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$McpToolCallResult(x6)) return false;
    }
  }
  const x7 = v["error"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_v2$McpToolCallError(x7)) return false;
    }
  }
  return true;
}

function h_cf7ca2cd(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "webSearch") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_426213a8(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "todoList") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$TodoItem(x4)) return false;
  }
  return true;
}

function h_4b8d3f2b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "imageView") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_386e3311(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "enteredReviewMode") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["review"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_1c0eb153(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exitedReviewMode") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["review"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_29eb136f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (x0 !== "completed") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$ThreadItem(x4)) return false;
  }
  return true;
}

function h_81d64dc2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (x0 !== "interrupted") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$ThreadItem(x4)) return false;
  }
  return true;
}

function h_9d6a96f4(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (x0 !== "failed") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$ThreadItem(x4)) return false;
  }
  const x5 = v["error"];
  if (x5 === undefined) return false;
  if (!d_v2$TurnError(x5)) return false;
  return true;
}

function h_b41469e2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (x0 !== "inProgress") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$ThreadItem(x4)) return false;
  }
  return true;
}

function h_0c2b86d0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "image") return false;
  const x1 = v["url"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_54ebbc00(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "localImage") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  return true;
}

function e_agent_message(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_message") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_message_content_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_message_content_delta") return false;
  const x3 = x1["thread_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["item_id"];
  if (typeof x5 !== "string") return false;
  const x6 = x1["delta"];
  if (typeof x6 !== "string") return false;
  const x7 = v["conversationId"];
  if (typeof x7 !== "string") return false;
  return true;
}

function e_agent_message_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_message_delta") return false;
  const x3 = x1["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_reasoning(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_reasoning") return false;
  const x3 = x1["text"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_reasoning_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_reasoning_delta") return false;
  const x3 = x1["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_reasoning_raw_content(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_reasoning_raw_content") return false;
  const x3 = x1["text"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_reasoning_raw_content_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_reasoning_raw_content_delta") return false;
  const x3 = x1["delta"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_agent_reasoning_section_break(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "agent_reasoning_section_break") return false;
  const x3 = x1["item_id"];
  if (x3 !== undefined) {
    if (typeof x3 !== "string") return false;
  }
  const x4 = x1["summary_index"];
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) return false;
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_apply_patch_approval_request(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "apply_patch_approval_request") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (x4 !== undefined) {
    if (typeof x4 !== "string") return false;
  }
  const x5 = x1["changes"];
  if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
  for (const k6 in x5) {
    const x7 = x5[k6];
    if (!d_FileChange(x7)) return false;
  }
  const x8 = x1["reason"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  const x9 = x1["grant_root"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["conversationId"];
  if (typeof x10 !== "string") return false;
  return true;
}

function e_background_event(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "background_event") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_context_compacted(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "context_compacted") return false;
  const x3 = v["conversationId"];
  if (typeof x3 !== "string") return false;
  return true;
}

function e_deprecation_notice(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "deprecation_notice") return false;
  const x3 = x1["summary"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["details"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_elicitation_request(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "elicitation_request") return false;
  const x3 = x1["server_name"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["id"];
  if (x4 === undefined) return false;
  if (!d_RequestId(x4)) return false;
  const x5 = x1["message"];
  if (typeof x5 !== "string") return false;
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_entered_review_mode(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "entered_review_mode") return false;
  const x3 = x1["prompt"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["user_facing_hint"];
  if (typeof x4 !== "string") return false;
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_error(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "error") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["codex_error_info"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_CodexErrorInfo(x4)) return false;
    }
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_exec_approval_request(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "exec_approval_request") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (x4 !== undefined) {
    if (typeof x4 !== "string") return false;
  }
  const x5 = x1["command"];
  if (!Array.isArray(x5)) return false;
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7 = x5[i6];
    if (typeof x7 !== "string") return false;
  }
  const x8 = x1["cwd"];
  if (typeof x8 !== "string") return false;
  const x9 = x1["parsed_cmd"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (!d_ParsedCommand(x11)) return false;
  }
  const x12 = x1["reason"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
    }
  }
  const x13 = x1["risk"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (!d_SandboxCommandAssessment(x13)) return false;
    }
  }
  const x14 = v["conversationId"];
  if (typeof x14 !== "string") return false;
  return true;
}

function e_exec_command_begin(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "exec_command_begin") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["process_id"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = x1["interaction_input"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = x1["command"];
  if (!Array.isArray(x7)) return false;
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9 = x7[i8];
    if (typeof x9 !== "string") return false;
  }
  const x10 = x1["cwd"];
  if (typeof x10 !== "string") return false;
  const x11 = x1["parsed_cmd"];
  if (!Array.isArray(x11)) return false;
  for (let i12 = 0; i12 < x11.length; i12++) {
    const x13 = x11[i12];
    if (!d_ParsedCommand(x13)) return false;
  }
  const x14 = x1["source"];
  if (x14 !== undefined) {
    if (typeof x14 !== "string") return false;
    if (!(x14 === "agent" || x14 === "user_shell" || x14 === "unified_exec_startup" || x14 === "unified_exec_interaction")) return false;
  }
  const x15 = v["conversationId"];
  if (typeof x15 !== "string") return false;
  return true;
}

function e_exec_command_end(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "exec_command_end") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["process_id"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = x1["interaction_input"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = x1["command"];
  if (!Array.isArray(x7)) return false;
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9 = x7[i8];
    if (typeof x9 !== "string") return false;
  }
  const x10 = x1["cwd"];
  if (typeof x10 !== "string") return false;
  const x11 = x1["parsed_cmd"];
  if (!Array.isArray(x11)) return false;
  for (let i12 = 0; i12 < x11.length; i12++) {
    const x13 = x11[i12];
    if (!d_ParsedCommand(x13)) return false;
  }
  const x14 = x1["source"];
  if (x14 !== undefined) {
    if (typeof x14 !== "string") return false;
    if (!(x14 === "agent" || x14 === "user_shell" || x14 === "unified_exec_startup" || x14 === "unified_exec_interaction")) return false;
  }
  const x15 = x1["stdout"];
  if (typeof x15 !== "string") return false;
  const x16 = x1["stderr"];
  if (typeof x16 !== "string") return false;
  const x17 = x1["aggregated_output"];
  if (x17 !== undefined) {
    if (typeof x17 !== "string") return false;
  }
  const x18 = x1["exit_code"];
  if (!Number.isInteger(x18)) return false;
  if (x18 < -2147483648) return false;
  if (x18 > 2147483647) return false;
  const x19 = x1["duration"];
  if (x19 === undefined) return false;
  if (!d_Duration(x19)) return false;
  const x20 = x1["formatted_output"];
  if (typeof x20 !== "string") return false;
  const x21 = v["conversationId"];
  if (typeof x21 !== "string") return false;
  return true;
}

function e_exec_command_output_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "exec_command_output_delta") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["stream"];
  if (typeof x4 !== "string") return false;
  if (!(x4 === "stdout" || x4 === "stderr")) return false;
  const x5 = x1["chunk"];
  if (typeof x5 !== "string") return false;
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_exited_review_mode(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "exited_review_mode") return false;
  const x3 = x1["review_output"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_ReviewOutputEvent(x3)) return false;
    }
  }
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_get_history_entry_response(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "get_history_entry_response") return false;
  const x3 = x1["offset"];
  if (!Number.isInteger(x3)) return false;
  if (x3 < 0) return false;
  const x4 = x1["log_id"];
  if (!Number.isInteger(x4)) return false;
  if (x4 < 0) return false;
  const x5 = x1["entry"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_HistoryEntry(x5)) return false;
    }
  }
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_item_completed(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "item_completed") return false;
  const x3 = x1["thread_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["item"];
  if (x5 === undefined) return false;
  if (!d_TurnItem(x5)) return false;
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_item_started(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "item_started") return false;
  const x3 = x1["thread_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["item"];
  if (x5 === undefined) return false;
  if (!d_TurnItem(x5)) return false;
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_list_custom_prompts_response(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "list_custom_prompts_response") return false;
  const x3 = x1["custom_prompts"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (!d_CustomPrompt(x5)) return false;
  }
  const x6 = v["conversationId"];
  if (typeof x6 !== "string") return false;
  return true;
}

function e_mcp_list_tools_response(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "mcp_list_tools_response") return false;
  const x3 = x1["tools"];
  if (typeof x3 !== "object" || x3 === null || Array.isArray(x3)) return false;
  for (const k4 in x3) {
    const x5 = x3[k4];
    if (!d_Tool(x5)) return false;
  }
  const x6 = x1["resources"];
  if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
  for (const k7 in x6) {
    const x8 = x6[k7];
    if (!Array.isArray(x8)) return false;
    for (let i9 = 0; i9 < x8.length; i9++) {
      const x10 = x8[i9];
      if (!d_Resource(x10)) return false;
    }
  }
  const x11 = x1["resource_templates"];
  if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) return false;
  for (const k12 in x11) {
    const x13 = x11[k12];
    if (!Array.isArray(x13)) return false;
    for (let i14 = 0; i14 < x13.length; i14++) {
      const x15 = x13[i14];
      if (!d_ResourceTemplate(x15)) return false;
    }
  }
  const x16 = x1["auth_statuses"];
  if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) return false;
  for (const k17 in x16) {
    const x18 = x16[k17];
    if (typeof x18 !== "string") return false;
    if (!(x18 === "unsupported" || x18 === "not_logged_in" || x18 === "bearer_token" || x18 === "o_auth")) return false;
  }
  const x19 = v["conversationId"];
  if (typeof x19 !== "string") return false;
  return true;
}

function e_mcp_startup_complete(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "mcp_startup_complete") return false;
  const x3 = x1["ready"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (typeof x5 !== "string") return false;
  }
  const x6 = x1["failed"];
  if (!Array.isArray(x6)) return false;
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8 = x6[i7];
    if (!d_McpStartupFailure(x8)) return false;
  }
  const x9 = x1["cancelled"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (typeof x11 !== "string") return false;
  }
  const x12 = v["conversationId"];
  if (typeof x12 !== "string") return false;
  return true;
}

function e_mcp_startup_update(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "mcp_startup_update") return false;
  const x3 = x1["server"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["status"];
  if (x4 === undefined) return false;
  if (!d_McpStartupStatus(x4)) return false;
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_mcp_tool_call_begin(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "mcp_tool_call_begin") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["invocation"];
  if (x4 === undefined) return false;
  if (!d_McpInvocation(x4)) return false;
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_mcp_tool_call_end(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "mcp_tool_call_end") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["invocation"];
  if (x4 === undefined) return false;
  if (!d_McpInvocation(x4)) return false;
  const x5 = x1["duration"];
  if (x5 === undefined) return false;
  if (!d_Duration(x5)) return false;
  const x6 = x1["result"];
  if (x6 === undefined) return false;
  if (!d_ResultOfCallToolResultOrString(x6)) return false;
  const x7 = v["conversationId"];
  if (typeof x7 !== "string") return false;
  return true;
}

function e_patch_apply_begin(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "patch_apply_begin") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (x4 !== undefined) {
    if (typeof x4 !== "string") return false;
  }
  const x5 = x1["auto_approved"];
  if (typeof x5 !== "boolean") return false;
  const x6 = x1["changes"];
  if (typeof x6 !== "object" || x6 === null || Array.isArray(x6)) return false;
  for (const k7 in x6) {
    const x8 = x6[k7];
    if (!d_FileChange(x8)) return false;
  }
  const x9 = v["conversationId"];
  if (typeof x9 !== "string") return false;
  return true;
}

function e_patch_apply_end(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "patch_apply_end") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (x4 !== undefined) {
    if (typeof x4 !== "string") return false;
  }
  const x5 = x1["stdout"];
  if (typeof x5 !== "string") return false;
  const x6 = x1["stderr"];
  if (typeof x6 !== "string") return false;
  const x7 = x1["success"];
  if (typeof x7 !== "boolean") return false;
  const x8 = x1["changes"];
  if (x8 !== undefined) {
    if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
    for (const k9 in x8) {
      const x10 = x8[k9];
      if (!d_FileChange(x10)) return false;
    }
  }
  const x11 = v["conversationId"];
  if (typeof x11 !== "string") return false;
  return true;
}

function e_plan_update(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "plan_update") return false;
  const x3 = x1["explanation"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = x1["plan"];
  if (!Array.isArray(x4)) return false;
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6 = x4[i5];
    if (!d_PlanItemArg(x6)) return false;
  }
  const x7 = v["conversationId"];
  if (typeof x7 !== "string") return false;
  return true;
}

function e_raw_response_item(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "raw_response_item") return false;
  const x3 = x1["item"];
  if (x3 === undefined) return false;
  if (!d_ResponseItem(x3)) return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_reasoning_content_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "reasoning_content_delta") return false;
  const x3 = x1["thread_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["item_id"];
  if (typeof x5 !== "string") return false;
  const x6 = x1["delta"];
  if (typeof x6 !== "string") return false;
  const x7 = x1["summary_index"];
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) return false;
  }
  const x8 = v["conversationId"];
  if (typeof x8 !== "string") return false;
  return true;
}

function e_reasoning_raw_content_delta(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "reasoning_raw_content_delta") return false;
  const x3 = x1["thread_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["turn_id"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["item_id"];
  if (typeof x5 !== "string") return false;
  const x6 = x1["delta"];
  if (typeof x6 !== "string") return false;
  const x7 = x1["content_index"];
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) return false;
  }
  const x8 = v["conversationId"];
  if (typeof x8 !== "string") return false;
  return true;
}

function e_session_configured(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "session_configured") return false;
  const x3 = x1["session_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["model"];
  if (typeof x4 !== "string") return false;
  const x5 = x1["model_provider_id"];
  if (typeof x5 !== "string") return false;
  const x6 = x1["approval_policy"];
  if (typeof x6 !== "string") return false;
  if (!(x6 === "untrusted" || x6 === "on-failure" || x6 === "on-request" || x6 === "never")) return false;
  const x7 = x1["sandbox_policy"];
  if (x7 === undefined) return false;
  if (!d_SandboxPolicy(x7)) return false;
  const x8 = x1["cwd"];
  if (typeof x8 !== "string") return false;
  const x9 = x1["reasoning_effort"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
      if (!(x9 === "none" || x9 === "minimal" || x9 === "low" || x9 === "medium" || x9 === "high" || x9 === "xhigh")) return false;
    }
  }
  const x10 = x1["history_log_id"];
  if (!Number.isInteger(x10)) return false;
  if (x10 < 0) return false;
  const x11 = x1["history_entry_count"];
  if (!Number.isInteger(x11)) return false;
  if (x11 < 0) return false;
  const x12 = x1["initial_messages"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (!Array.isArray(x12)) return false;
      for (let i13 = 0; i13 < x12.length; i13++) {
        const x14 = x12[i13];
        if (!d_EventMsg(x14, 0)) return false;
      }
    }
  }
  const x15 = x1["rollout_path"];
  if (typeof x15 !== "string") return false;
  const x16 = v["conversationId"];
  if (typeof x16 !== "string") return false;
  return true;
}

function e_shutdown_complete(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "shutdown_complete") return false;
  const x3 = v["conversationId"];
  if (typeof x3 !== "string") return false;
  return true;
}

function e_stream_error(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "stream_error") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["codex_error_info"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_CodexErrorInfo(x4)) return false;
    }
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_task_complete(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "task_complete") return false;
  const x3 = x1["last_agent_message"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_task_started(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "task_started") return false;
  const x3 = x1["model_context_window"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_token_count(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "token_count") return false;
  const x3 = x1["info"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_TokenUsageInfo(x3)) return false;
    }
  }
  const x4 = x1["rate_limits"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_RateLimitSnapshot(x4)) return false;
    }
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_turn_aborted(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "turn_aborted") return false;
  const x3 = x1["reason"];
  if (typeof x3 !== "string") return false;
  if (!(x3 === "interrupted" || x3 === "replaced" || x3 === "review_ended")) return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_turn_diff(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "turn_diff") return false;
  const x3 = x1["unified_diff"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_undo_completed(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "undo_completed") return false;
  const x3 = x1["success"];
  if (typeof x3 !== "boolean") return false;
  const x4 = x1["message"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_undo_started(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "undo_started") return false;
  const x3 = x1["message"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_user_message(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "user_message") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["images"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (typeof x6 !== "string") return false;
      }
    }
  }
  const x7 = v["conversationId"];
  if (typeof x7 !== "string") return false;
  return true;
}

function e_view_image_tool_call(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "view_image_tool_call") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["path"];
  if (typeof x4 !== "string") return false;
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function e_warning(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "warning") return false;
  const x3 = x1["message"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_web_search_begin(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "web_search_begin") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = v["conversationId"];
  if (typeof x4 !== "string") return false;
  return true;
}

function e_web_search_end(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["msg"];
  if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
  const x2 = x1["type"];
  if (x2 !== "web_search_end") return false;
  const x3 = x1["call_id"];
  if (typeof x3 !== "string") return false;
  const x4 = x1["query"];
  if (typeof x4 !== "string") return false;
  const x5 = v["conversationId"];
  if (typeof x5 !== "string") return false;
  return true;
}

function env_ClientRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  return true;
}

function env_ClientNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  return true;
}

function env_ServerRequest(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["id"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  return true;
}

function env_ServerNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  return true;
}

function route_clientToServer(m: string, p: any): number {
  switch (m.length) {
    case 8:
      if (m === "userInfo") return p === undefined || p === null ? 20 : -2;
      return -1;
    case 10:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "initialize") return p !== undefined && d_InitializeParams(p) ? 0 : -2; return -1;
        case 109: if (m === "model/list") return p !== undefined && d_v2$ModelListParams(p) ? 37 : -2; return -1;
        case 116: if (m === "turn/start") return p !== undefined && d_v2$TurnStartParams(p) ? 34 : -2; return -1;
      }
      return -1;
    case 11:
      switch (m.charCodeAt(0)) {
        case 99: if (m === "config/read") return p !== undefined && d_v2$ConfigReadParams(p) ? 43 : -2; return -1;
        case 105: if (m === "initialized") return p === undefined || p === null ? 28 : -2; return -1;
        case 108: if (m === "loginApiKey") return p !== undefined && d_LoginApiKeyParams(p) ? 12 : -2; return -1;
        case 116: if (m === "thread/list") return p !== undefined && d_v2$ThreadListParams(p) ? 32 : -2; return -1;
      }
      return -1;
    case 12:
      switch (m.charCodeAt(0)) {
        case 97: if (m === "account/read") return p !== undefined && d_v2$GetAccountParams(p) ? 46 : -2; return -1;
        case 103: if (m === "getUserAgent") return p === undefined || p === null ? 19 : -2; return -1;
        case 108: if (m === "loginChatGpt") return p === undefined || p === null ? 13 : -2; return -1;
        case 114: if (m === "review/start") return p !== undefined && d_v2$ReviewStartParams(p) ? 36 : -2; return -1;
        case 115: if (m === "sendUserTurn") return p !== undefined && d_SendUserTurnParams(p) ? 7 : -2; return -1;
        case 116: if (m === "thread/start") return p !== undefined && d_v2$ThreadStartParams(p) ? 29 : -2; return -1;
      }
      return -1;
    case 13:
      switch (m.charCodeAt(0)) {
        case 103: if (m === "getAuthStatus") return p !== undefined && d_GetAuthStatusParams(p) ? 16 : -2; return -1;
        case 108: if (m === "logoutChatGpt") return p === undefined || p === null ? 15 : -2; return -1;
        case 116: if (m === "thread/resume") return p !== undefined && d_v2$ThreadResumeParams(p) ? 30 : -2; return -1;
      }
      return -1;
    case 14:
      switch (m.charCodeAt(7)) {
        case 47: if (m === "account/logout") return p === undefined || p === null ? 40 : -2; return -1;
        case 97: if (m === "thread/archive") return p !== undefined && d_v2$ThreadArchiveParams(p) ? 31 : -2; return -1;
        case 99: if (m === "thread/compact") return p !== undefined && d_v2$ThreadCompactParams(p) ? 33 : -2; return -1;
        case 116: if (m === "turn/interrupt") return p !== undefined && d_v2$TurnInterruptParams(p) ? 35 : -2; return -1;
      }
      return -1;
    case 15:
      switch (m.charCodeAt(4)) {
        case 85: if (m === "sendUserMessage") return p !== undefined && d_SendUserMessageParams(p) ? 6 : -2; return -1;
        case 98: if (m === "feedback/upload") return p !== undefined && d_v2$FeedbackUploadParams(p) ? 42 : -2; return -1;
        case 101: if (m === "setDefaultModel") return p !== undefined && d_SetDefaultModelParams(p) ? 18 : -2; return -1;
        case 105: if (m === "gitDiffToRemote") return p !== undefined && d_GitDiffToRemoteParams(p) ? 11 : -2; return -1;
        case 111: if (m === "newConversation") return p !== undefined && d_NewConversationParams(p) ? 1 : -2; return -1;
        case 121: if (m === "fuzzyFileSearch") return p !== undefined && d_FuzzyFileSearchParams(p) ? 21 : -2; return -1;
      }
      return -1;
    case 17:
      switch (m.charCodeAt(0)) {
        case 99: if (m === "config/batchWrite") return p !== undefined && d_v2$ConfigBatchWriteParams(p) ? 45 : -2; return -1;
        case 101: if (m === "execOneOffCommand") return p !== undefined && d_ExecOneOffCommandParams(p) ? 22 : -2; return -1;
        case 108: if (m === "listConversations") return p !== undefined && d_ListConversationsParams(p) ? 3 : -2; return -1;
      }
      return -1;
    case 18:
      switch (m.charCodeAt(3)) {
        case 85: if (m === "getUserSavedConfig") return p === undefined || p === null ? 17 : -2; return -1;
        case 99: if (m === "cancelLoginChatGpt") return p !== undefined && d_CancelLoginChatGptParams(p) ? 14 : -2; return -1;
        case 102: if (m === "config/value/write") return p !== undefined && d_v2$ConfigValueWriteParams(p) ? 44 : -2; return -1;
        case 117: if (m === "resumeConversation") return p !== undefined && d_ResumeConversationParams(p) ? 4 : -2; return -1;
      }
      return -1;
    case 19:
      switch (m.charCodeAt(1)) {
        case 99: if (m === "account/login/start") return p !== undefined && d_v2$LoginAccountParams(p) ? 38 : -2; return -1;
        case 114: if (m === "archiveConversation") return p !== undefined && d_ArchiveConversationParams(p) ? 5 : -2; return -1;
      }
      return -1;
    case 20:
      if (m === "account/login/cancel") return p !== undefined && d_v2$CancelLoginAccountParams(p) ? 39 : -2;
      return -1;
    case 21:
      if (m === "interruptConversation") return p !== undefined && d_InterruptConversationParams(p) ? 8 : -2;
      return -1;
    case 22:
      if (m === "getConversationSummary") return p !== undefined && d_GetConversationSummaryParams(p) ? 2 : -2;
      return -1;
    case 23:
      switch (m.charCodeAt(1)) {
        case 99: if (m === "account/rateLimits/read") return p === undefined || p === null ? 41 : -2; return -1;
        case 100: if (m === "addConversationListener") return p !== undefined && d_AddConversationListenerParams(p) ? 9 : -2; return -1;
      }
      return -1;
    case 26:
      if (m === "removeConversationListener") return p !== undefined && d_RemoveConversationListenerParams(p) ? 10 : -2;
      return -1;
  }
  return -1;
}

function route_serverToClient(m: string, p: any): number {
  if (m === "item/agentMessage/delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["threadId"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["turnId"];
    if (typeof x1 !== "string") return -2;
    const x2 = p["itemId"];
    if (typeof x2 !== "string") return -2;
    const x3 = p["delta"];
    if (typeof x3 !== "string") return -2;
    return 58;
  }
  if (m === "item/commandExecution/outputDelta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["threadId"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["turnId"];
    if (typeof x1 !== "string") return -2;
    const x2 = p["itemId"];
    if (typeof x2 !== "string") return -2;
    const x3 = p["delta"];
    if (typeof x3 !== "string") return -2;
    return 59;
  }
  if (m === "item/fileChange/outputDelta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["threadId"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["turnId"];
    if (typeof x1 !== "string") return -2;
    const x2 = p["itemId"];
    if (typeof x2 !== "string") return -2;
    const x3 = p["delta"];
    if (typeof x3 !== "string") return -2;
    return 60;
  }
  if (m === "item/reasoning/summaryTextDelta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["threadId"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["turnId"];
    if (typeof x1 !== "string") return -2;
    const x2 = p["itemId"];
    if (typeof x2 !== "string") return -2;
    const x3 = p["delta"];
    if (typeof x3 !== "string") return -2;
    const x4 = p["summaryIndex"];
    if (!Number.isInteger(x4)) return -2;
    return 64;
  }
  if (m === "item/reasoning/textDelta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["threadId"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["turnId"];
    if (typeof x1 !== "string") return -2;
    const x2 = p["itemId"];
    if (typeof x2 !== "string") return -2;
    const x3 = p["delta"];
    if (typeof x3 !== "string") return -2;
    const x4 = p["contentIndex"];
    if (!Number.isInteger(x4)) return -2;
    return 66;
  }
  if (m === "codex/event/agent_message_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "agent_message_delta") return -2;
    const x3 = x1["delta"];
    if (typeof x3 !== "string") return -2;
    const x4 = p["conversationId"];
    if (typeof x4 !== "string") return -2;
    return 78;
  }
  if (m === "codex/event/agent_reasoning_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "agent_reasoning_delta") return -2;
    const x3 = x1["delta"];
    if (typeof x3 !== "string") return -2;
    const x4 = p["conversationId"];
    if (typeof x4 !== "string") return -2;
    return 80;
  }
  if (m === "codex/event/agent_reasoning_raw_content_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "agent_reasoning_raw_content_delta") return -2;
    const x3 = x1["delta"];
    if (typeof x3 !== "string") return -2;
    const x4 = p["conversationId"];
    if (typeof x4 !== "string") return -2;
    return 82;
  }
  if (m === "codex/event/exec_command_output_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "exec_command_output_delta") return -2;
    const x3 = x1["call_id"];
    if (typeof x3 !== "string") return -2;
    const x4 = x1["stream"];
    if (typeof x4 !== "string") return -2;
    if (!(x4 === "stdout" || x4 === "stderr")) return -2;
    const x5 = x1["chunk"];
    if (typeof x5 !== "string") return -2;
    const x6 = p["conversationId"];
    if (typeof x6 !== "string") return -2;
    return 92;
  }
  if (m === "codex/event/agent_message_content_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "agent_message_content_delta") return -2;
    const x3 = x1["thread_id"];
    if (typeof x3 !== "string") return -2;
    const x4 = x1["turn_id"];
    if (typeof x4 !== "string") return -2;
    const x5 = x1["item_id"];
    if (typeof x5 !== "string") return -2;
    const x6 = x1["delta"];
    if (typeof x6 !== "string") return -2;
    const x7 = p["conversationId"];
    if (typeof x7 !== "string") return -2;
    return 117;
  }
  if (m === "codex/event/reasoning_content_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "reasoning_content_delta") return -2;
    const x3 = x1["thread_id"];
    if (typeof x3 !== "string") return -2;
    const x4 = x1["turn_id"];
    if (typeof x4 !== "string") return -2;
    const x5 = x1["item_id"];
    if (typeof x5 !== "string") return -2;
    const x6 = x1["delta"];
    if (typeof x6 !== "string") return -2;
    const x7 = x1["summary_index"];
    if (x7 !== undefined) {
      if (!Number.isInteger(x7)) return -2;
    }
    const x8 = p["conversationId"];
    if (typeof x8 !== "string") return -2;
    return 118;
  }
  if (m === "codex/event/reasoning_raw_content_delta") {
    if (typeof p !== "object" || p === null || Array.isArray(p)) return -2;
    const x0 = p["id"];
    if (typeof x0 !== "string") return -2;
    const x1 = p["msg"];
    if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return -2;
    const x2 = x1["type"];
    if (x2 !== "reasoning_raw_content_delta") return -2;
    const x3 = x1["thread_id"];
    if (typeof x3 !== "string") return -2;
    const x4 = x1["turn_id"];
    if (typeof x4 !== "string") return -2;
    const x5 = x1["item_id"];
    if (typeof x5 !== "string") return -2;
    const x6 = x1["delta"];
    if (typeof x6 !== "string") return -2;
    const x7 = x1["content_index"];
    if (x7 !== undefined) {
      if (!Number.isInteger(x7)) return -2;
    }
    const x8 = p["conversationId"];
    if (typeof x8 !== "string") return -2;
    return 119;
  }
  switch (m.length) {
    case 5:
      if (m === "error") return p !== undefined && d_v2$ErrorNotification(p) ? 49 : -2;
      return -1;
    case 12:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "item/started") return p !== undefined && d_v2$ItemStartedNotification(p) ? 56 : -2; return -1;
        case 116: if (m === "turn/started") return p !== undefined && d_v2$TurnStartedNotification(p) ? 52 : -2; return -1;
      }
      return -1;
    case 14:
      switch (m.charCodeAt(1)) {
        case 104: if (m === "thread/started") return p !== undefined && d_v2$ThreadStartedNotification(p) ? 50 : -2; return -1;
        case 116: if (m === "item/completed") return p !== undefined && d_v2$ItemCompletedNotification(p) ? 57 : -2; return -1;
        case 117: if (m === "turn/completed") return p !== undefined && d_v2$TurnCompletedNotification(p) ? 53 : -2; return -1;
      }
      return -1;
    case 15:
      if (m === "account/updated") return p !== undefined && d_v2$AccountUpdatedNotification(p) ? 62 : -2;
      return -1;
    case 16:
      switch (m.charCodeAt(0)) {
        case 97: if (m === "authStatusChange") return p !== undefined && d_AuthStatusChangeNotification(p) ? 25 : -2; return -1;
        case 116: if (m === "thread/compacted") return p !== undefined && d_v2$ContextCompactedNotification(p) ? 67 : -2; return -1;
      }
      return -1;
    case 17:
      switch (m.charCodeAt(5)) {
        case 47: if (m === "codex/event/error") return p !== undefined && e_error(p) ? 70 : -2; return -1;
        case 100: if (m === "turn/diff/updated") return p !== undefined && d_v2$TurnDiffUpdatedNotification(p) ? 54 : -2; return -1;
        case 111: if (m === "sessionConfigured") return p !== undefined && d_SessionConfiguredNotification(p) ? 27 : -2; return -1;
        case 112: if (m === "turn/plan/updated") return p !== undefined && d_v2$TurnPlanUpdatedNotification(p) ? 55 : -2; return -1;
      }
      return -1;
    case 18:
      if (m === "applyPatchApproval") return p !== undefined && d_ApplyPatchApprovalParams(p) ? 23 : -2;
      return -1;
    case 19:
      switch (m.charCodeAt(0)) {
        case 99: if (m === "codex/event/warning") return p !== undefined && e_warning(p) ? 71 : -2; return -1;
        case 101: if (m === "execCommandApproval") return p !== undefined && d_ExecCommandApprovalParams(p) ? 24 : -2; return -1;
      }
      return -1;
    case 20:
      if (m === "loginChatGptComplete") return p !== undefined && d_LoginChatGptCompleteNotification(p) ? 26 : -2;
      return -1;
    case 21:
      if (m === "codex/event/turn_diff") return p !== undefined && e_turn_diff(p) ? 105 : -2;
      return -1;
    case 23:
      switch (m.charCodeAt(12)) {
        case 110: if (m === "account/login/completed") return p !== undefined && d_v2$AccountLoginCompletedNotification(p) ? 69 : -2; return -1;
        case 112: if (m === "codex/event/plan_update") return p !== undefined && e_plan_update(p) ? 109 : -2; return -1;
        case 116: if (m === "codex/event/token_count") return p !== undefined && e_token_count(p) ? 75 : -2; return -1;
      }
      return -1;
    case 24:
      switch (m.charCodeAt(15)) {
        case 101: if (m === "codex/event/stream_error") return p !== undefined && e_stream_error(p) ? 102 : -2; return -1;
        case 107: if (m === "codex/event/task_started") return p !== undefined && e_task_started(p) ? 73 : -2; return -1;
        case 109: if (m === "codex/event/item_started") return p !== undefined && e_item_started(p) ? 115 : -2; return -1;
        case 110: if (m === "codex/event/turn_aborted") return p !== undefined && e_turn_aborted(p) ? 110 : -2; return -1;
        case 111: if (m === "codex/event/undo_started") return p !== undefined && e_undo_started(p) ? 100 : -2; return -1;
        case 114: if (m === "codex/event/user_message") return p !== undefined && e_user_message(p) ? 77 : -2; return -1;
      }
      return -1;
    case 25:
      switch (m.charCodeAt(12)) {
        case 67: if (m === "item/mcpToolCall/progress") return p !== undefined && d_v2$McpToolCallProgressNotification(p) ? 61 : -2; return -1;
        case 85: if (m === "thread/tokenUsage/updated") return p !== undefined && d_v2$ThreadTokenUsageUpdatedNotification(p) ? 51 : -2; return -1;
        case 97: if (m === "codex/event/agent_message") return p !== undefined && e_agent_message(p) ? 76 : -2; return -1;
        case 116: if (m === "codex/event/task_complete") return p !== undefined && e_task_complete(p) ? 74 : -2; return -1;
      }
      return -1;
    case 26:
      switch (m.charCodeAt(12)) {
        case 76: if (m === "account/rateLimits/updated") return p !== undefined && d_v2$AccountRateLimitsUpdatedNotification(p) ? 63 : -2; return -1;
        case 105: if (m === "codex/event/item_completed") return p !== undefined && e_item_completed(p) ? 116 : -2; return -1;
        case 117: if (m === "codex/event/undo_completed") return p !== undefined && e_undo_completed(p) ? 101 : -2; return -1;
        case 119: if (m === "codex/event/web_search_end") return p !== undefined && e_web_search_end(p) ? 90 : -2; return -1;
      }
      return -1;
    case 27:
      switch (m.charCodeAt(12)) {
        case 97: if (m === "codex/event/agent_reasoning") return p !== undefined && e_agent_reasoning(p) ? 79 : -2; return -1;
        case 112: if (m === "codex/event/patch_apply_end") return p !== undefined && e_patch_apply_end(p) ? 104 : -2; return -1;
      }
      return -1;
    case 28:
      switch (m.charCodeAt(12)) {
        case 98: if (m === "codex/event/background_event") return p !== undefined && e_background_event(p) ? 99 : -2; return -1;
        case 100: if (m === "windows/worldWritableWarning") return p !== undefined && d_v2$WindowsWorldWritableWarningNotification(p) ? 68 : -2; return -1;
        case 101: if (m === "codex/event/exec_command_end") return p !== undefined && e_exec_command_end(p) ? 93 : -2; return -1;
        case 119: if (m === "codex/event/web_search_begin") return p !== undefined && e_web_search_begin(p) ? 89 : -2; return -1;
      }
      return -1;
    case 29:
      switch (m.charCodeAt(12)) {
        case 99: if (m === "codex/event/context_compacted") return p !== undefined && e_context_compacted(p) ? 72 : -2; return -1;
        case 109: if (m === "codex/event/mcp_tool_call_end") return p !== undefined && e_mcp_tool_call_end(p) ? 88 : -2; return -1;
        case 112: if (m === "codex/event/patch_apply_begin") return p !== undefined && e_patch_apply_begin(p) ? 103 : -2; return -1;
        case 114: if (m === "codex/event/raw_response_item") return p !== undefined && e_raw_response_item(p) ? 114 : -2; return -1;
        case 115: if (m === "codex/event/shutdown_complete") return p !== undefined && e_shutdown_complete(p) ? 111 : -2; return -1;
      }
      return -1;
    case 30:
      switch (m.charCodeAt(15)) {
        case 95: if (m === "codex/event/mcp_startup_update") return p !== undefined && e_mcp_startup_update(p) ? 85 : -2; return -1;
        case 99: if (m === "codex/event/exec_command_begin") return p !== undefined && e_exec_command_begin(p) ? 91 : -2; return -1;
        case 114: if (m === "codex/event/deprecation_notice") return p !== undefined && e_deprecation_notice(p) ? 98 : -2; return -1;
        case 115: if (m === "codex/event/session_configured") return p !== undefined && e_session_configured(p) ? 84 : -2; return -1;
        case 116: if (m === "codex/event/exited_review_mode") return p !== undefined && e_exited_review_mode(p) ? 113 : -2; return -1;
      }
      return -1;
    case 31:
      switch (m.charCodeAt(14)) {
        case 47: if (m === "item/reasoning/summaryPartAdded") return p !== undefined && d_v2$ReasoningSummaryPartAddedNotification(p) ? 65 : -2; return -1;
        case 101: if (m === "item/fileChange/requestApproval") return p !== undefined && d_v2$FileChangeRequestApprovalParams(p) ? 48 : -2; return -1;
        case 105: if (m === "codex/event/elicitation_request") return p !== undefined && e_elicitation_request(p) ? 96 : -2; return -1;
        case 112: if (m === "codex/event/mcp_tool_call_begin") return p !== undefined && e_mcp_tool_call_begin(p) ? 87 : -2; return -1;
        case 116: if (m === "codex/event/entered_review_mode") return p !== undefined && e_entered_review_mode(p) ? 112 : -2; return -1;
      }
      return -1;
    case 32:
      switch (m.charCodeAt(12)) {
        case 109: if (m === "codex/event/mcp_startup_complete") return p !== undefined && e_mcp_startup_complete(p) ? 86 : -2; return -1;
        case 118: if (m === "codex/event/view_image_tool_call") return p !== undefined && e_view_image_tool_call(p) ? 94 : -2; return -1;
      }
      return -1;
    case 33:
      if (m === "codex/event/exec_approval_request") return p !== undefined && e_exec_approval_request(p) ? 95 : -2;
      return -1;
    case 35:
      if (m === "codex/event/mcp_list_tools_response") return p !== undefined && e_mcp_list_tools_response(p) ? 107 : -2;
      return -1;
    case 37:
      if (m === "item/commandExecution/requestApproval") return p !== undefined && d_v2$CommandExecutionRequestApprovalParams(p) ? 47 : -2;
      return -1;
    case 38:
      if (m === "codex/event/get_history_entry_response") return p !== undefined && e_get_history_entry_response(p) ? 106 : -2;
      return -1;
    case 39:
      if (m === "codex/event/agent_reasoning_raw_content") return p !== undefined && e_agent_reasoning_raw_content(p) ? 81 : -2;
      return -1;
    case 40:
      switch (m.charCodeAt(12)) {
        case 97: if (m === "codex/event/apply_patch_approval_request") return p !== undefined && e_apply_patch_approval_request(p) ? 97 : -2; return -1;
        case 108: if (m === "codex/event/list_custom_prompts_response") return p !== undefined && e_list_custom_prompts_response(p) ? 108 : -2; return -1;
      }
      return -1;
    case 41:
      if (m === "codex/event/agent_reasoning_section_break") return p !== undefined && e_agent_reasoning_section_break(p) ? 83 : -2;
      return -1;
  }
  return -1;
}

const layout0 = /^\{"method":"item\/agentMessage\/delta","params":\{"threadId":"([^"\\\u0000-\u001f]*)","turnId":"([^"\\\u0000-\u001f]*)","itemId":"([^"\\\u0000-\u001f]*)","delta":"([^"\\\u0000-\u001f]*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout0e = /^\{"method":"item\/agentMessage\/delta","params":\{"threadId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","turnId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","itemId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","delta":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout1 = /^\{"method":"item\/commandExecution\/outputDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*)","turnId":"([^"\\\u0000-\u001f]*)","itemId":"([^"\\\u0000-\u001f]*)","delta":"([^"\\\u0000-\u001f]*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout1e = /^\{"method":"item\/commandExecution\/outputDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","turnId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","itemId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","delta":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout2 = /^\{"method":"item\/fileChange\/outputDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*)","turnId":"([^"\\\u0000-\u001f]*)","itemId":"([^"\\\u0000-\u001f]*)","delta":"([^"\\\u0000-\u001f]*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout2e = /^\{"method":"item\/fileChange\/outputDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","turnId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","itemId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","delta":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)"\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout3 = /^\{"method":"item\/reasoning\/summaryTextDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*)","turnId":"([^"\\\u0000-\u001f]*)","itemId":"([^"\\\u0000-\u001f]*)","delta":"([^"\\\u0000-\u001f]*)","summaryIndex":(-?(?:0|[1-9][0-9]{0,14}))\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout3e = /^\{"method":"item\/reasoning\/summaryTextDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","turnId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","itemId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","delta":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","summaryIndex":(-?(?:0|[1-9][0-9]{0,14}))\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout4 = /^\{"method":"item\/reasoning\/textDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*)","turnId":"([^"\\\u0000-\u001f]*)","itemId":"([^"\\\u0000-\u001f]*)","delta":"([^"\\\u0000-\u001f]*)","contentIndex":(-?(?:0|[1-9][0-9]{0,14}))\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;
const layout4e = /^\{"method":"item\/reasoning\/textDelta","params":\{"threadId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","turnId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","itemId":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","delta":"([^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\u0000-\u001f]*)*)","contentIndex":(-?(?:0|[1-9][0-9]{0,14}))\}(?:,"emittedAtMs":(-?(?:0|[1-9][0-9]{0,14})))?\}$/;

/** A string member as the text spells it: unescaped, or through JSON.parse when it has an escape. */
function unescaped(s: string): string {
  return s.indexOf("\\") === -1 ? s : (JSON.parse('"' + s + '"') as string);
}

/** What JSON.parse returns for a streaming notification in the server's layout; undefined for any other text. */
export function read(text: string): unknown {
  if (text.length > 4096) return undefined;
  let m: RegExpExecArray | null;
  switch (text.charCodeAt(16)) {
    case 97: {
      const plain = text.indexOf("\\") === -1;
      if ((m = (plain ? layout0 : layout0e).exec(text)) !== null) {
        const params = plain ? { threadId: m[1]!, turnId: m[2]!, itemId: m[3]!, delta: m[4]! } : { threadId: unescaped(m[1]!), turnId: unescaped(m[2]!), itemId: unescaped(m[3]!), delta: unescaped(m[4]!) };
        const e = m[5];
        return e === undefined ? { method: "item/agentMessage/delta", params } : { method: "item/agentMessage/delta", params, emittedAtMs: +e };
      }
      return undefined;
    }
    case 99: {
      const plain = text.indexOf("\\") === -1;
      if ((m = (plain ? layout1 : layout1e).exec(text)) !== null) {
        const params = plain ? { threadId: m[1]!, turnId: m[2]!, itemId: m[3]!, delta: m[4]! } : { threadId: unescaped(m[1]!), turnId: unescaped(m[2]!), itemId: unescaped(m[3]!), delta: unescaped(m[4]!) };
        const e = m[5];
        return e === undefined ? { method: "item/commandExecution/outputDelta", params } : { method: "item/commandExecution/outputDelta", params, emittedAtMs: +e };
      }
      return undefined;
    }
    case 102: {
      const plain = text.indexOf("\\") === -1;
      if ((m = (plain ? layout2 : layout2e).exec(text)) !== null) {
        const params = plain ? { threadId: m[1]!, turnId: m[2]!, itemId: m[3]!, delta: m[4]! } : { threadId: unescaped(m[1]!), turnId: unescaped(m[2]!), itemId: unescaped(m[3]!), delta: unescaped(m[4]!) };
        const e = m[5];
        return e === undefined ? { method: "item/fileChange/outputDelta", params } : { method: "item/fileChange/outputDelta", params, emittedAtMs: +e };
      }
      return undefined;
    }
    case 114: {
      const plain = text.indexOf("\\") === -1;
      if ((m = (plain ? layout3 : layout3e).exec(text)) !== null) {
        const params = plain ? { threadId: m[1]!, turnId: m[2]!, itemId: m[3]!, delta: m[4]!, summaryIndex: +m[5]! } : { threadId: unescaped(m[1]!), turnId: unescaped(m[2]!), itemId: unescaped(m[3]!), delta: unescaped(m[4]!), summaryIndex: +m[5]! };
        const e = m[6];
        return e === undefined ? { method: "item/reasoning/summaryTextDelta", params } : { method: "item/reasoning/summaryTextDelta", params, emittedAtMs: +e };
      }
      if ((m = (plain ? layout4 : layout4e).exec(text)) !== null) {
        const params = plain ? { threadId: m[1]!, turnId: m[2]!, itemId: m[3]!, delta: m[4]!, contentIndex: +m[5]! } : { threadId: unescaped(m[1]!), turnId: unescaped(m[2]!), itemId: unescaped(m[3]!), delta: unescaped(m[4]!), contentIndex: +m[5]! };
        const e = m[6];
        return e === undefined ? { method: "item/reasoning/textDelta", params } : { method: "item/reasoning/textDelta", params, emittedAtMs: +e };
      }
      return undefined;
    }
  }
  return undefined;
}

/** Definition key or check id -> boolean check (true: the value matches the schema). */
export const checks: Readonly<Record<string, (value: unknown) => boolean>> = Object.freeze({
  "AddConversationListenerParams": d_AddConversationListenerParams,
  "AddConversationSubscriptionResponse": d_AddConversationSubscriptionResponse,
  "AgentMessageContent": d_AgentMessageContent,
  "AgentMessageContentDeltaEvent": d_AgentMessageContentDeltaEvent,
  "AgentMessageDeltaEvent": d_AgentMessageDeltaEvent,
  "AgentMessageEvent": d_AgentMessageEvent,
  "AgentMessageItem": d_AgentMessageItem,
  "AgentReasoningDeltaEvent": d_AgentReasoningDeltaEvent,
  "AgentReasoningEvent": d_AgentReasoningEvent,
  "AgentReasoningRawContentDeltaEvent": d_AgentReasoningRawContentDeltaEvent,
  "AgentReasoningRawContentEvent": d_AgentReasoningRawContentEvent,
  "AgentReasoningSectionBreakEvent": d_AgentReasoningSectionBreakEvent,
  "Annotations": d_Annotations,
  "ApplyPatchApprovalParams": d_ApplyPatchApprovalParams,
  "ApplyPatchApprovalRequestEvent": d_ApplyPatchApprovalRequestEvent,
  "ApplyPatchApprovalResponse": d_ApplyPatchApprovalResponse,
  "ArchiveConversationParams": d_ArchiveConversationParams,
  "ArchiveConversationResponse": d_ArchiveConversationResponse,
  "AskForApproval": d_AskForApproval,
  "AudioContent": d_AudioContent,
  "AuthMode": d_AuthMode,
  "AuthStatusChangeNotification": d_AuthStatusChangeNotification,
  "BackgroundEventEvent": d_BackgroundEventEvent,
  "BlobResourceContents": d_BlobResourceContents,
  "CallToolResult": d_CallToolResult,
  "CancelLoginChatGptParams": d_CancelLoginChatGptParams,
  "CancelLoginChatGptResponse": d_CancelLoginChatGptResponse,
  "ClientInfo": d_ClientInfo,
  "ClientNotification": d_ClientNotification,
  "ClientRequest": d_ClientRequest,
  "CodexErrorInfo": d_CodexErrorInfo,
  "CodexEventNotificationParams": d_CodexEventNotificationParams,
  "ContentBlock": d_ContentBlock,
  "ContentItem": d_ContentItem,
  "ContextCompactedEvent": d_ContextCompactedEvent,
  "ConversationGitInfo": d_ConversationGitInfo,
  "ConversationId": d_ConversationId,
  "ConversationSummary": d_ConversationSummary,
  "CreditsSnapshot": d_CreditsSnapshot,
  "CustomPrompt": d_CustomPrompt,
  "DeprecationNoticeEvent": d_DeprecationNoticeEvent,
  "Duration": d_Duration,
  "ElicitationRequestEvent": d_ElicitationRequestEvent,
  "EmbeddedResource": d_EmbeddedResource,
  "EmbeddedResourceResource": d_EmbeddedResourceResource,
  "ErrorEvent": d_ErrorEvent,
  "EventMsg": (v: unknown) => d_EventMsg(v, 0),
  "ExecApprovalRequestEvent": d_ExecApprovalRequestEvent,
  "ExecCommandApprovalParams": d_ExecCommandApprovalParams,
  "ExecCommandApprovalResponse": d_ExecCommandApprovalResponse,
  "ExecCommandBeginEvent": d_ExecCommandBeginEvent,
  "ExecCommandEndEvent": d_ExecCommandEndEvent,
  "ExecCommandOutputDeltaEvent": d_ExecCommandOutputDeltaEvent,
  "ExecCommandSource": d_ExecCommandSource,
  "ExecOneOffCommandParams": d_ExecOneOffCommandParams,
  "ExecOneOffCommandResponse": d_ExecOneOffCommandResponse,
  "ExecOutputStream": d_ExecOutputStream,
  "ExitedReviewModeEvent": d_ExitedReviewModeEvent,
  "FileChange": d_FileChange,
  "ForcedLoginMethod": d_ForcedLoginMethod,
  "FunctionCallOutputContentItem": d_FunctionCallOutputContentItem,
  "FunctionCallOutputPayload": d_FunctionCallOutputPayload,
  "FuzzyFileSearchParams": d_FuzzyFileSearchParams,
  "FuzzyFileSearchResponse": d_FuzzyFileSearchResponse,
  "FuzzyFileSearchResult": d_FuzzyFileSearchResult,
  "GetAuthStatusParams": d_GetAuthStatusParams,
  "GetAuthStatusResponse": d_GetAuthStatusResponse,
  "GetConversationSummaryParams": d_GetConversationSummaryParams,
  "GetConversationSummaryResponse": d_GetConversationSummaryResponse,
  "GetHistoryEntryResponseEvent": d_GetHistoryEntryResponseEvent,
  "GetUserAgentResponse": d_GetUserAgentResponse,
  "GetUserSavedConfigResponse": d_GetUserSavedConfigResponse,
  "GhostCommit": d_GhostCommit,
  "GitDiffToRemoteParams": d_GitDiffToRemoteParams,
  "GitDiffToRemoteResponse": d_GitDiffToRemoteResponse,
  "GitSha": d_GitSha,
  "HistoryEntry": d_HistoryEntry,
  "ImageContent": d_ImageContent,
  "InitializeParams": d_InitializeParams,
  "InitializeResponse": d_InitializeResponse,
  "InputItem": d_InputItem,
  "InterruptConversationParams": d_InterruptConversationParams,
  "InterruptConversationResponse": d_InterruptConversationResponse,
  "ItemCompletedEvent": d_ItemCompletedEvent,
  "ItemStartedEvent": d_ItemStartedEvent,
  "JSONRPCError": d_JSONRPCError,
  "JSONRPCErrorError": d_JSONRPCErrorError,
  "JSONRPCMessage": d_JSONRPCMessage,
  "JSONRPCNotification": d_JSONRPCNotification,
  "JSONRPCRequest": d_JSONRPCRequest,
  "JSONRPCResponse": d_JSONRPCResponse,
  "JsonValue": d_JsonValue,
  "ListConversationsParams": d_ListConversationsParams,
  "ListConversationsResponse": d_ListConversationsResponse,
  "ListCustomPromptsResponseEvent": d_ListCustomPromptsResponseEvent,
  "LocalShellAction": d_LocalShellAction,
  "LocalShellExecAction": d_LocalShellExecAction,
  "LocalShellStatus": d_LocalShellStatus,
  "LoginApiKeyParams": d_LoginApiKeyParams,
  "LoginApiKeyResponse": d_LoginApiKeyResponse,
  "LoginChatGptCompleteNotification": d_LoginChatGptCompleteNotification,
  "LoginChatGptResponse": d_LoginChatGptResponse,
  "LogoutChatGptResponse": d_LogoutChatGptResponse,
  "McpAuthStatus": d_McpAuthStatus,
  "McpInvocation": d_McpInvocation,
  "McpListToolsResponseEvent": d_McpListToolsResponseEvent,
  "McpStartupCompleteEvent": d_McpStartupCompleteEvent,
  "McpStartupFailure": d_McpStartupFailure,
  "McpStartupStatus": d_McpStartupStatus,
  "McpStartupUpdateEvent": d_McpStartupUpdateEvent,
  "McpToolCallBeginEvent": d_McpToolCallBeginEvent,
  "McpToolCallEndEvent": d_McpToolCallEndEvent,
  "NewConversationParams": d_NewConversationParams,
  "NewConversationResponse": d_NewConversationResponse,
  "ParsedCommand": d_ParsedCommand,
  "PatchApplyBeginEvent": d_PatchApplyBeginEvent,
  "PatchApplyEndEvent": d_PatchApplyEndEvent,
  "PlanItemArg": d_PlanItemArg,
  "Profile": d_Profile,
  "RateLimitSnapshot": d_RateLimitSnapshot,
  "RateLimitWindow": d_RateLimitWindow,
  "RawResponseItemEvent": d_RawResponseItemEvent,
  "ReasoningContentDeltaEvent": d_ReasoningContentDeltaEvent,
  "ReasoningEffort": d_ReasoningEffort,
  "ReasoningItem": d_ReasoningItem,
  "ReasoningItemContent": d_ReasoningItemContent,
  "ReasoningItemReasoningSummary": d_ReasoningItemReasoningSummary,
  "ReasoningRawContentDeltaEvent": d_ReasoningRawContentDeltaEvent,
  "ReasoningSummary": d_ReasoningSummary,
  "RemoveConversationListenerParams": d_RemoveConversationListenerParams,
  "RemoveConversationSubscriptionResponse": d_RemoveConversationSubscriptionResponse,
  "RequestId": d_RequestId,
  "Resource": d_Resource,
  "ResourceLink": d_ResourceLink,
  "ResourceTemplate": d_ResourceTemplate,
  "ResponseItem": d_ResponseItem,
  "ResultOfCallToolResultOrString": d_ResultOfCallToolResultOrString,
  "ResumeConversationParams": d_ResumeConversationParams,
  "ResumeConversationResponse": d_ResumeConversationResponse,
  "ReviewCodeLocation": d_ReviewCodeLocation,
  "ReviewDecision": d_ReviewDecision,
  "ReviewFinding": d_ReviewFinding,
  "ReviewLineRange": d_ReviewLineRange,
  "ReviewOutputEvent": d_ReviewOutputEvent,
  "ReviewRequest": d_ReviewRequest,
  "Role": d_Role,
  "SandboxCommandAssessment": d_SandboxCommandAssessment,
  "SandboxMode": d_SandboxMode,
  "SandboxPolicy": d_SandboxPolicy,
  "SandboxRiskLevel": d_SandboxRiskLevel,
  "SandboxSettings": d_SandboxSettings,
  "SendUserMessageParams": d_SendUserMessageParams,
  "SendUserMessageResponse": d_SendUserMessageResponse,
  "SendUserTurnParams": d_SendUserTurnParams,
  "SendUserTurnResponse": d_SendUserTurnResponse,
  "ServerNotification": d_ServerNotification,
  "ServerRequest": d_ServerRequest,
  "SessionConfiguredEvent": d_SessionConfiguredEvent,
  "SessionConfiguredNotification": d_SessionConfiguredNotification,
  "SessionSource": d_SessionSource,
  "SetDefaultModelParams": d_SetDefaultModelParams,
  "SetDefaultModelResponse": d_SetDefaultModelResponse,
  "StepStatus": d_StepStatus,
  "StreamErrorEvent": d_StreamErrorEvent,
  "SubAgentSource": d_SubAgentSource,
  "TaskCompleteEvent": d_TaskCompleteEvent,
  "TaskStartedEvent": d_TaskStartedEvent,
  "TextContent": d_TextContent,
  "TextResourceContents": d_TextResourceContents,
  "TokenCountEvent": d_TokenCountEvent,
  "TokenUsage": d_TokenUsage,
  "TokenUsageInfo": d_TokenUsageInfo,
  "Tool": d_Tool,
  "ToolAnnotations": d_ToolAnnotations,
  "ToolInputSchema": d_ToolInputSchema,
  "ToolOutputSchema": d_ToolOutputSchema,
  "Tools": d_Tools,
  "TurnAbortReason": d_TurnAbortReason,
  "TurnAbortedEvent": d_TurnAbortedEvent,
  "TurnDiffEvent": d_TurnDiffEvent,
  "TurnItem": d_TurnItem,
  "UndoCompletedEvent": d_UndoCompletedEvent,
  "UndoStartedEvent": d_UndoStartedEvent,
  "UpdatePlanArgs": d_UpdatePlanArgs,
  "UserInfoResponse": d_UserInfoResponse,
  "UserInput": d_UserInput,
  "UserMessageEvent": d_UserMessageEvent,
  "UserMessageItem": d_UserMessageItem,
  "UserSavedConfig": d_UserSavedConfig,
  "Verbosity": d_Verbosity,
  "ViewImageToolCallEvent": d_ViewImageToolCallEvent,
  "WarningEvent": d_WarningEvent,
  "WebSearchAction": d_WebSearchAction,
  "WebSearchBeginEvent": d_WebSearchBeginEvent,
  "WebSearchEndEvent": d_WebSearchEndEvent,
  "WebSearchItem": d_WebSearchItem,
  "v2/Account": d_v2$Account,
  "v2/AccountLoginCompletedNotification": d_v2$AccountLoginCompletedNotification,
  "v2/AccountRateLimitsUpdatedNotification": d_v2$AccountRateLimitsUpdatedNotification,
  "v2/AccountUpdatedNotification": d_v2$AccountUpdatedNotification,
  "v2/AgentMessageDeltaNotification": d_v2$AgentMessageDeltaNotification,
  "v2/ApprovalDecision": d_v2$ApprovalDecision,
  "v2/AskForApproval": d_v2$AskForApproval,
  "v2/CancelLoginAccountParams": d_v2$CancelLoginAccountParams,
  "v2/CancelLoginAccountResponse": d_v2$CancelLoginAccountResponse,
  "v2/CodexErrorInfo": d_v2$CodexErrorInfo,
  "v2/CommandAction": d_v2$CommandAction,
  "v2/CommandExecutionOutputDeltaNotification": d_v2$CommandExecutionOutputDeltaNotification,
  "v2/CommandExecutionRequestAcceptSettings": d_v2$CommandExecutionRequestAcceptSettings,
  "v2/CommandExecutionRequestApprovalParams": d_v2$CommandExecutionRequestApprovalParams,
  "v2/CommandExecutionRequestApprovalResponse": d_v2$CommandExecutionRequestApprovalResponse,
  "v2/CommandExecutionStatus": d_v2$CommandExecutionStatus,
  "v2/CommandRiskLevel": d_v2$CommandRiskLevel,
  "v2/ConfigBatchWriteParams": d_v2$ConfigBatchWriteParams,
  "v2/ConfigEdit": d_v2$ConfigEdit,
  "v2/ConfigLayer": d_v2$ConfigLayer,
  "v2/ConfigLayerMetadata": d_v2$ConfigLayerMetadata,
  "v2/ConfigLayerName": d_v2$ConfigLayerName,
  "v2/ConfigReadParams": d_v2$ConfigReadParams,
  "v2/ConfigReadResponse": d_v2$ConfigReadResponse,
  "v2/ConfigValueWriteParams": d_v2$ConfigValueWriteParams,
  "v2/ConfigWriteResponse": d_v2$ConfigWriteResponse,
  "v2/ContextCompactedNotification": d_v2$ContextCompactedNotification,
  "v2/CreditsSnapshot": d_v2$CreditsSnapshot,
  "v2/ErrorNotification": d_v2$ErrorNotification,
  "v2/FeedbackUploadParams": d_v2$FeedbackUploadParams,
  "v2/FeedbackUploadResponse": d_v2$FeedbackUploadResponse,
  "v2/FileChangeOutputDeltaNotification": d_v2$FileChangeOutputDeltaNotification,
  "v2/FileChangeRequestApprovalParams": d_v2$FileChangeRequestApprovalParams,
  "v2/FileChangeRequestApprovalResponse": d_v2$FileChangeRequestApprovalResponse,
  "v2/FileUpdateChange": d_v2$FileUpdateChange,
  "v2/GetAccountParams": d_v2$GetAccountParams,
  "v2/GetAccountRateLimitsResponse": d_v2$GetAccountRateLimitsResponse,
  "v2/GetAccountResponse": d_v2$GetAccountResponse,
  "v2/GitInfo": d_v2$GitInfo,
  "v2/ItemCompletedNotification": d_v2$ItemCompletedNotification,
  "v2/ItemStartedNotification": d_v2$ItemStartedNotification,
  "v2/LoginAccountParams": d_v2$LoginAccountParams,
  "v2/LoginAccountResponse": d_v2$LoginAccountResponse,
  "v2/LogoutAccountResponse": d_v2$LogoutAccountResponse,
  "v2/McpToolCallError": d_v2$McpToolCallError,
  "v2/McpToolCallProgressNotification": d_v2$McpToolCallProgressNotification,
  "v2/McpToolCallResult": d_v2$McpToolCallResult,
  "v2/McpToolCallStatus": d_v2$McpToolCallStatus,
  "v2/MergeStrategy": d_v2$MergeStrategy,
  "v2/Model": d_v2$Model,
  "v2/ModelListParams": d_v2$ModelListParams,
  "v2/ModelListResponse": d_v2$ModelListResponse,
  "v2/OverriddenMetadata": d_v2$OverriddenMetadata,
  "v2/PatchApplyStatus": d_v2$PatchApplyStatus,
  "v2/PatchChangeKind": d_v2$PatchChangeKind,
  "v2/PlanType": d_v2$PlanType,
  "v2/RateLimitSnapshot": d_v2$RateLimitSnapshot,
  "v2/RateLimitWindow": d_v2$RateLimitWindow,
  "v2/ReasoningEffortOption": d_v2$ReasoningEffortOption,
  "v2/ReasoningSummaryPartAddedNotification": d_v2$ReasoningSummaryPartAddedNotification,
  "v2/ReasoningSummaryTextDeltaNotification": d_v2$ReasoningSummaryTextDeltaNotification,
  "v2/ReasoningTextDeltaNotification": d_v2$ReasoningTextDeltaNotification,
  "v2/ReviewDelivery": d_v2$ReviewDelivery,
  "v2/ReviewStartParams": d_v2$ReviewStartParams,
  "v2/ReviewStartResponse": d_v2$ReviewStartResponse,
  "v2/ReviewTarget": d_v2$ReviewTarget,
  "v2/SandboxCommandAssessment": d_v2$SandboxCommandAssessment,
  "v2/SandboxMode": d_v2$SandboxMode,
  "v2/SandboxPolicy": d_v2$SandboxPolicy,
  "v2/SessionSource": d_v2$SessionSource,
  "v2/Thread": d_v2$Thread,
  "v2/ThreadArchiveParams": d_v2$ThreadArchiveParams,
  "v2/ThreadArchiveResponse": d_v2$ThreadArchiveResponse,
  "v2/ThreadCompactParams": d_v2$ThreadCompactParams,
  "v2/ThreadCompactResponse": d_v2$ThreadCompactResponse,
  "v2/ThreadItem": d_v2$ThreadItem,
  "v2/ThreadListParams": d_v2$ThreadListParams,
  "v2/ThreadListResponse": d_v2$ThreadListResponse,
  "v2/ThreadResumeParams": d_v2$ThreadResumeParams,
  "v2/ThreadResumeResponse": d_v2$ThreadResumeResponse,
  "v2/ThreadStartParams": d_v2$ThreadStartParams,
  "v2/ThreadStartResponse": d_v2$ThreadStartResponse,
  "v2/ThreadStartedNotification": d_v2$ThreadStartedNotification,
  "v2/ThreadTokenUsage": d_v2$ThreadTokenUsage,
  "v2/ThreadTokenUsageUpdatedNotification": d_v2$ThreadTokenUsageUpdatedNotification,
  "v2/TodoItem": d_v2$TodoItem,
  "v2/TokenUsageBreakdown": d_v2$TokenUsageBreakdown,
  "v2/Turn": d_v2$Turn,
  "v2/TurnCompletedNotification": d_v2$TurnCompletedNotification,
  "v2/TurnDiffUpdatedNotification": d_v2$TurnDiffUpdatedNotification,
  "v2/TurnError": d_v2$TurnError,
  "v2/TurnInterruptParams": d_v2$TurnInterruptParams,
  "v2/TurnInterruptResponse": d_v2$TurnInterruptResponse,
  "v2/TurnPlanStep": d_v2$TurnPlanStep,
  "v2/TurnPlanStepStatus": d_v2$TurnPlanStepStatus,
  "v2/TurnPlanUpdatedNotification": d_v2$TurnPlanUpdatedNotification,
  "v2/TurnStartParams": d_v2$TurnStartParams,
  "v2/TurnStartResponse": d_v2$TurnStartResponse,
  "v2/TurnStartedNotification": d_v2$TurnStartedNotification,
  "v2/UserInput": d_v2$UserInput,
  "v2/WindowsWorldWritableWarningNotification": d_v2$WindowsWorldWritableWarningNotification,
  "v2/WriteStatus": d_v2$WriteStatus,
  "events/agent_message": e_agent_message,
  "events/agent_message_content_delta": e_agent_message_content_delta,
  "events/agent_message_delta": e_agent_message_delta,
  "events/agent_reasoning": e_agent_reasoning,
  "events/agent_reasoning_delta": e_agent_reasoning_delta,
  "events/agent_reasoning_raw_content": e_agent_reasoning_raw_content,
  "events/agent_reasoning_raw_content_delta": e_agent_reasoning_raw_content_delta,
  "events/agent_reasoning_section_break": e_agent_reasoning_section_break,
  "events/apply_patch_approval_request": e_apply_patch_approval_request,
  "events/background_event": e_background_event,
  "events/context_compacted": e_context_compacted,
  "events/deprecation_notice": e_deprecation_notice,
  "events/elicitation_request": e_elicitation_request,
  "events/entered_review_mode": e_entered_review_mode,
  "events/error": e_error,
  "events/exec_approval_request": e_exec_approval_request,
  "events/exec_command_begin": e_exec_command_begin,
  "events/exec_command_end": e_exec_command_end,
  "events/exec_command_output_delta": e_exec_command_output_delta,
  "events/exited_review_mode": e_exited_review_mode,
  "events/get_history_entry_response": e_get_history_entry_response,
  "events/item_completed": e_item_completed,
  "events/item_started": e_item_started,
  "events/list_custom_prompts_response": e_list_custom_prompts_response,
  "events/mcp_list_tools_response": e_mcp_list_tools_response,
  "events/mcp_startup_complete": e_mcp_startup_complete,
  "events/mcp_startup_update": e_mcp_startup_update,
  "events/mcp_tool_call_begin": e_mcp_tool_call_begin,
  "events/mcp_tool_call_end": e_mcp_tool_call_end,
  "events/patch_apply_begin": e_patch_apply_begin,
  "events/patch_apply_end": e_patch_apply_end,
  "events/plan_update": e_plan_update,
  "events/raw_response_item": e_raw_response_item,
  "events/reasoning_content_delta": e_reasoning_content_delta,
  "events/reasoning_raw_content_delta": e_reasoning_raw_content_delta,
  "events/session_configured": e_session_configured,
  "events/shutdown_complete": e_shutdown_complete,
  "events/stream_error": e_stream_error,
  "events/task_complete": e_task_complete,
  "events/task_started": e_task_started,
  "events/token_count": e_token_count,
  "events/turn_aborted": e_turn_aborted,
  "events/turn_diff": e_turn_diff,
  "events/undo_completed": e_undo_completed,
  "events/undo_started": e_undo_started,
  "events/user_message": e_user_message,
  "events/view_image_tool_call": e_view_image_tool_call,
  "events/warning": e_warning,
  "events/web_search_begin": e_web_search_begin,
  "events/web_search_end": e_web_search_end,
  "envelope/ClientRequest": env_ClientRequest,
  "envelope/ClientNotification": env_ClientNotification,
  "envelope/ServerRequest": env_ServerRequest,
  "envelope/ServerNotification": env_ServerNotification,
});

/** Direction -> router: (method, params) -> position in the method list, -1 (not a method of that direction) or -2 (params fail). */
export const routers = Object.freeze({
  "clientToServer": route_clientToServer,
  "serverToClient": route_serverToClient,
});
