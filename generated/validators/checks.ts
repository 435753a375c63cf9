// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (fast checks, codegen/checks/).

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

function d_ApplyPatchApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "approved" || x0 === "approved_for_session" || x0 === "denied" || x0 === "abort")) return false;
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
    case "fuzzyFileSearch":
      if (!h_67babfad(v)) return false;
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

function d_ConversationId(v: any): boolean {
  if (typeof v !== "string") return false;
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

function d_ReasoningEffort(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "none" || v === "minimal" || v === "low" || v === "medium" || v === "high" || v === "xhigh")) return false;
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

function d_ReasoningSummary(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "auto" || v === "concise" || v === "detailed" || v === "none")) return false;
  return true;
}

function d_RequestId(v: any): boolean {
  if (!(h_992f2c38(v) || h_90af802b(v))) return false;
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

function d_ReviewDecision(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "approved" || v === "approved_for_session" || v === "denied" || v === "abort")) return false;
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

function d_SandboxRiskLevel(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_ServerNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["method"]) {
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

function route_clientToServer(m: string, p: any): number {
  switch (m.length) {
    case 10:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "initialize") return p !== undefined && d_InitializeParams(p) ? 0 : -2; return -1;
        case 109: if (m === "model/list") return p !== undefined && d_v2$ModelListParams(p) ? 12 : -2; return -1;
        case 116: if (m === "turn/start") return p !== undefined && d_v2$TurnStartParams(p) ? 9 : -2; return -1;
      }
      return -1;
    case 11:
      switch (m.charCodeAt(0)) {
        case 99: if (m === "config/read") return p !== undefined && d_v2$ConfigReadParams(p) ? 18 : -2; return -1;
        case 105: if (m === "initialized") return p === undefined || p === null ? 4 : -2; return -1;
        case 116: if (m === "thread/list") return p !== undefined && d_v2$ThreadListParams(p) ? 8 : -2; return -1;
      }
      return -1;
    case 12:
      switch (m.charCodeAt(0)) {
        case 97: if (m === "account/read") return p !== undefined && d_v2$GetAccountParams(p) ? 21 : -2; return -1;
        case 114: if (m === "review/start") return p !== undefined && d_v2$ReviewStartParams(p) ? 11 : -2; return -1;
        case 116: if (m === "thread/start") return p !== undefined && d_v2$ThreadStartParams(p) ? 5 : -2; return -1;
      }
      return -1;
    case 13:
      if (m === "thread/resume") return p !== undefined && d_v2$ThreadResumeParams(p) ? 6 : -2;
      return -1;
    case 14:
      switch (m.charCodeAt(1)) {
        case 99: if (m === "account/logout") return p === undefined || p === null ? 15 : -2; return -1;
        case 104: if (m === "thread/archive") return p !== undefined && d_v2$ThreadArchiveParams(p) ? 7 : -2; return -1;
        case 117: if (m === "turn/interrupt") return p !== undefined && d_v2$TurnInterruptParams(p) ? 10 : -2; return -1;
      }
      return -1;
    case 15:
      switch (m.charCodeAt(1)) {
        case 101: if (m === "feedback/upload") return p !== undefined && d_v2$FeedbackUploadParams(p) ? 17 : -2; return -1;
        case 117: if (m === "fuzzyFileSearch") return p !== undefined && d_FuzzyFileSearchParams(p) ? 1 : -2; return -1;
      }
      return -1;
    case 17:
      if (m === "config/batchWrite") return p !== undefined && d_v2$ConfigBatchWriteParams(p) ? 20 : -2;
      return -1;
    case 18:
      if (m === "config/value/write") return p !== undefined && d_v2$ConfigValueWriteParams(p) ? 19 : -2;
      return -1;
    case 19:
      if (m === "account/login/start") return p !== undefined && d_v2$LoginAccountParams(p) ? 13 : -2;
      return -1;
    case 20:
      if (m === "account/login/cancel") return p !== undefined && d_v2$CancelLoginAccountParams(p) ? 14 : -2;
      return -1;
    case 23:
      if (m === "account/rateLimits/read") return p === undefined || p === null ? 16 : -2;
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
    return 33;
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
    return 34;
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
    return 35;
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
    return 39;
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
    return 41;
  }
  switch (m.length) {
    case 5:
      if (m === "error") return p !== undefined && d_v2$ErrorNotification(p) ? 24 : -2;
      return -1;
    case 12:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "item/started") return p !== undefined && d_v2$ItemStartedNotification(p) ? 31 : -2; return -1;
        case 116: if (m === "turn/started") return p !== undefined && d_v2$TurnStartedNotification(p) ? 27 : -2; return -1;
      }
      return -1;
    case 14:
      switch (m.charCodeAt(1)) {
        case 104: if (m === "thread/started") return p !== undefined && d_v2$ThreadStartedNotification(p) ? 25 : -2; return -1;
        case 116: if (m === "item/completed") return p !== undefined && d_v2$ItemCompletedNotification(p) ? 32 : -2; return -1;
        case 117: if (m === "turn/completed") return p !== undefined && d_v2$TurnCompletedNotification(p) ? 28 : -2; return -1;
      }
      return -1;
    case 15:
      if (m === "account/updated") return p !== undefined && d_v2$AccountUpdatedNotification(p) ? 37 : -2;
      return -1;
    case 16:
      if (m === "thread/compacted") return p !== undefined && d_v2$ContextCompactedNotification(p) ? 42 : -2;
      return -1;
    case 17:
      switch (m.charCodeAt(5)) {
        case 100: if (m === "turn/diff/updated") return p !== undefined && d_v2$TurnDiffUpdatedNotification(p) ? 29 : -2; return -1;
        case 112: if (m === "turn/plan/updated") return p !== undefined && d_v2$TurnPlanUpdatedNotification(p) ? 30 : -2; return -1;
      }
      return -1;
    case 18:
      if (m === "applyPatchApproval") return p !== undefined && d_ApplyPatchApprovalParams(p) ? 2 : -2;
      return -1;
    case 19:
      if (m === "execCommandApproval") return p !== undefined && d_ExecCommandApprovalParams(p) ? 3 : -2;
      return -1;
    case 23:
      if (m === "account/login/completed") return p !== undefined && d_v2$AccountLoginCompletedNotification(p) ? 44 : -2;
      return -1;
    case 25:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "item/mcpToolCall/progress") return p !== undefined && d_v2$McpToolCallProgressNotification(p) ? 36 : -2; return -1;
        case 116: if (m === "thread/tokenUsage/updated") return p !== undefined && d_v2$ThreadTokenUsageUpdatedNotification(p) ? 26 : -2; return -1;
      }
      return -1;
    case 26:
      if (m === "account/rateLimits/updated") return p !== undefined && d_v2$AccountRateLimitsUpdatedNotification(p) ? 38 : -2;
      return -1;
    case 28:
      if (m === "windows/worldWritableWarning") return p !== undefined && d_v2$WindowsWorldWritableWarningNotification(p) ? 43 : -2;
      return -1;
    case 31:
      switch (m.charCodeAt(5)) {
        case 102: if (m === "item/fileChange/requestApproval") return p !== undefined && d_v2$FileChangeRequestApprovalParams(p) ? 23 : -2; return -1;
        case 114: if (m === "item/reasoning/summaryPartAdded") return p !== undefined && d_v2$ReasoningSummaryPartAddedNotification(p) ? 40 : -2; return -1;
      }
      return -1;
    case 37:
      if (m === "item/commandExecution/requestApproval") return p !== undefined && d_v2$CommandExecutionRequestApprovalParams(p) ? 22 : -2;
      return -1;
  }
  return -1;
}

/** Definition key or check id -> boolean check (true: the value matches the schema). */
export const checks: Readonly<Record<string, (value: unknown) => boolean>> = Object.freeze({
  "Annotations": d_Annotations,
  "ApplyPatchApprovalParams": d_ApplyPatchApprovalParams,
  "ApplyPatchApprovalResponse": d_ApplyPatchApprovalResponse,
  "AudioContent": d_AudioContent,
  "AuthMode": d_AuthMode,
  "BlobResourceContents": d_BlobResourceContents,
  "ClientInfo": d_ClientInfo,
  "ClientNotification": d_ClientNotification,
  "ClientRequest": d_ClientRequest,
  "ContentBlock": d_ContentBlock,
  "ContentItem": d_ContentItem,
  "ConversationId": d_ConversationId,
  "EmbeddedResource": d_EmbeddedResource,
  "EmbeddedResourceResource": d_EmbeddedResourceResource,
  "ExecCommandApprovalParams": d_ExecCommandApprovalParams,
  "ExecCommandApprovalResponse": d_ExecCommandApprovalResponse,
  "FileChange": d_FileChange,
  "FunctionCallOutputContentItem": d_FunctionCallOutputContentItem,
  "FunctionCallOutputPayload": d_FunctionCallOutputPayload,
  "FuzzyFileSearchParams": d_FuzzyFileSearchParams,
  "FuzzyFileSearchResponse": d_FuzzyFileSearchResponse,
  "FuzzyFileSearchResult": d_FuzzyFileSearchResult,
  "GhostCommit": d_GhostCommit,
  "ImageContent": d_ImageContent,
  "InitializeParams": d_InitializeParams,
  "InitializeResponse": d_InitializeResponse,
  "JSONRPCError": d_JSONRPCError,
  "JSONRPCErrorError": d_JSONRPCErrorError,
  "JSONRPCMessage": d_JSONRPCMessage,
  "JSONRPCNotification": d_JSONRPCNotification,
  "JSONRPCRequest": d_JSONRPCRequest,
  "JSONRPCResponse": d_JSONRPCResponse,
  "JsonValue": d_JsonValue,
  "LocalShellAction": d_LocalShellAction,
  "LocalShellExecAction": d_LocalShellExecAction,
  "LocalShellStatus": d_LocalShellStatus,
  "ParsedCommand": d_ParsedCommand,
  "ReasoningEffort": d_ReasoningEffort,
  "ReasoningItemContent": d_ReasoningItemContent,
  "ReasoningItemReasoningSummary": d_ReasoningItemReasoningSummary,
  "ReasoningSummary": d_ReasoningSummary,
  "RequestId": d_RequestId,
  "ResourceLink": d_ResourceLink,
  "ResponseItem": d_ResponseItem,
  "ReviewDecision": d_ReviewDecision,
  "Role": d_Role,
  "SandboxCommandAssessment": d_SandboxCommandAssessment,
  "SandboxRiskLevel": d_SandboxRiskLevel,
  "ServerNotification": d_ServerNotification,
  "ServerRequest": d_ServerRequest,
  "TextContent": d_TextContent,
  "TextResourceContents": d_TextResourceContents,
  "WebSearchAction": d_WebSearchAction,
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
});

/** Direction -> router: (method, params) -> position in the method list, -1 (not a method of that direction) or -2 (params fail). */
export const routers = Object.freeze({
  "clientToServer": route_clientToServer,
  "serverToClient": route_serverToClient,
});
