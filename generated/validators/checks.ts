// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (fast checks, codegen/checks/).

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
  if (x0 === undefined) return false;
  if (!d_ReviewDecision(x0)) return false;
  return true;
}

function d_AuthMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "apikey" || v === "chatgpt" || v === "chatgptAuthTokens" || v === "headers" || v === "agentIdentity" || v === "personalAccessToken" || v === "bedrockApiKey" || v === "bedrockAccessKeys")) return false;
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
      if (!h_bc20d26a(v)) return false;
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

function d_ConversationId(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_ExecCommandApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["conversationId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["callId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["approvalId"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["command"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (typeof x5 !== "string") return false;
  }
  const x6 = v["cwd"];
  if (typeof x6 !== "string") return false;
  const x7 = v["reason"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
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
  if (x0 === undefined) return false;
  if (!d_ReviewDecision(x0)) return false;
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

function d_FuzzyFileSearchMatchType(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "file" || v === "directory")) return false;
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
  const x2 = v["match_type"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "file" || x2 === "directory")) return false;
  const x3 = v["file_name"];
  if (typeof x3 !== "string") return false;
  const x4 = v["score"];
  if (!Number.isInteger(x4)) return false;
  if (x4 < 0) return false;
  if (x4 > 4294967295) return false;
  const x5 = v["indices"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Array.isArray(x5)) return false;
      for (let i6 = 0; i6 < x5.length; i6++) {
        const x7 = x5[i6];
        if (!Number.isInteger(x7)) return false;
        if (x7 < 0) return false;
        if (x7 > 4294967295) return false;
      }
    }
  }
  return true;
}

function d_InitializeCapabilities(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["requiredHumanApproval"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  const x1 = v["explicitGatewayOauth"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  const x2 = v["experimentalApi"];
  if (x2 !== undefined) {
    if (typeof x2 !== "boolean") return false;
  }
  const x3 = v["requestAttestation"];
  if (x3 !== undefined) {
    if (typeof x3 !== "boolean") return false;
  }
  const x4 = v["mcpServerOpenaiFormElicitation"];
  if (x4 !== undefined) {
    if (typeof x4 !== "boolean") return false;
  }
  const x5 = v["optOutNotificationMethods"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Array.isArray(x5)) return false;
      for (let i6 = 0; i6 < x5.length; i6++) {
        const x7 = x5[i6];
        if (typeof x7 !== "string") return false;
      }
    }
  }
  const x8 = v["extensions"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "object" || x8 === null || Array.isArray(x8)) return false;
      for (const k9 in x8) {
        const x10 = x8[k9];
        if (!d_JsonValue(x10)) return false;
      }
    }
  }
  return true;
}

function d_InitializeParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["clientInfo"];
  if (x0 === undefined) return false;
  if (!d_ClientInfo(x0)) return false;
  const x1 = v["capabilities"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_InitializeCapabilities(x1)) return false;
    }
  }
  return true;
}

function d_InitializeResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["userAgent"];
  if (typeof x0 !== "string") return false;
  const x1 = v["codexHome"];
  if (typeof x1 !== "string") return false;
  const x2 = v["platformFamily"];
  if (typeof x2 !== "string") return false;
  const x3 = v["platformOs"];
  if (typeof x3 !== "string") return false;
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

function d_NetworkPolicyAmendment(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["action"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "allow" || x0 === "deny")) return false;
  const x1 = v["host"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_NetworkPolicyRuleAction(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "allow" || v === "deny")) return false;
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
  if (v.length === 0) return false;
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

function d_ReviewDecision(v: any): boolean {
  let n0 = 0;
  if (h_fc9224b1(v) && ++n0 > 1) return false;
  if (h_743e923a(v) && ++n0 > 1) return false;
  if (h_fcc47b16(v) && ++n0 > 1) return false;
  if (h_65be9de5(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_ServerNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["method"]) {
    case "error":
      if (!h_1ed0cf8c(v)) return false;
      break;
    case "thread/started":
      if (!h_5be1e958(v)) return false;
      break;
    case "thread/status/changed":
      if (!h_2e5a1b13(v)) return false;
      break;
    case "thread/goal/cleared":
      if (!h_678ef6c6(v)) return false;
      break;
    case "thread/archived":
      if (!h_712e272b(v)) return false;
      break;
    case "thread/tokenUsage/updated":
      if (!h_392d7c3a(v)) return false;
      break;
    case "turn/started":
      if (!h_1ef31591(v)) return false;
      break;
    case "turn/completed":
      if (!h_3f34b12b(v)) return false;
      break;
    case "turn/diff/updated":
      if (!h_db222983(v)) return false;
      break;
    case "turn/plan/updated":
      if (!h_8a7711bb(v)) return false;
      break;
    case "item/started":
      if (!h_e23ffb08(v)) return false;
      break;
    case "item/completed":
      if (!h_f7bc5f9b(v)) return false;
      break;
    case "item/agentMessage/delta":
      if (!h_c96b99a3(v)) return false;
      break;
    case "item/commandExecution/outputDelta":
      if (!h_570bfc09(v)) return false;
      break;
    case "item/fileChange/outputDelta":
      if (!h_d653ae19(v)) return false;
      break;
    case "item/mcpToolCall/progress":
      if (!h_56605b2e(v)) return false;
      break;
    case "account/updated":
      if (!h_74c4499e(v)) return false;
      break;
    case "account/rateLimits/updated":
      if (!h_00013141(v)) return false;
      break;
    case "item/reasoning/summaryTextDelta":
      if (!h_b86f376a(v)) return false;
      break;
    case "item/reasoning/summaryPartAdded":
      if (!h_4bc96630(v)) return false;
      break;
    case "item/reasoning/textDelta":
      if (!h_c980af2e(v)) return false;
      break;
    case "thread/compacted":
      if (!h_02f994e3(v)) return false;
      break;
    case "windows/worldWritableWarning":
      if (!h_7913c024(v)) return false;
      break;
    case "account/login/completed":
      if (!h_32d05aae(v)) return false;
      break;
    case "configWarning":
      if (!h_f0f37528(v)) return false;
      break;
    case "deprecationNotice":
      if (!h_1903bcc2(v)) return false;
      break;
    case "remoteControl/status/changed":
      if (!h_d34aeb0d(v)) return false;
      break;
    case "serverRequest/resolved":
      if (!h_a53c1ca2(v)) return false;
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

function d_Verbosity(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_v2$AbsolutePathBuf(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_v2$Account(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "apiKey":
      if (!h_1405af2b(v)) return false;
      break;
    case "chatgpt":
      if (!h_6f8dc6b6(v)) return false;
      break;
    case "amazonBedrock":
      if (!h_de3b1f0a(v)) return false;
      break;
    case "gcp":
      if (!h_5e34c069(v)) return false;
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
  const x3 = v["onboardingEntrypoint"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "life_sciences")) return false;
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

function d_v2$AccountRoutingOverride(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "NO_CONSTRAINT" || v === "us" || v === "us_cr")) return false;
  return true;
}

function d_v2$AccountUpdateReason(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "workspaceRoutingReady" || v === "unknown")) return false;
  return true;
}

function d_v2$AccountUpdatedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["authMode"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "apikey" || x0 === "chatgpt" || x0 === "chatgptAuthTokens" || x0 === "headers" || x0 === "agentIdentity" || x0 === "personalAccessToken" || x0 === "bedrockApiKey" || x0 === "bedrockAccessKeys")) return false;
    }
  }
  const x1 = v["planType"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
      if (!(x1 === "free" || x1 === "go" || x1 === "plus" || x1 === "pro" || x1 === "prolite" || x1 === "promax" || x1 === "team" || x1 === "self_serve_business_prolite" || x1 === "self_serve_business_usage_based" || x1 === "business" || x1 === "ent26" || x1 === "enterprise_cbp_automation" || x1 === "enterprise_cbp_usage_based" || x1 === "enterprise" || x1 === "edu" || x1 === "edu_plus" || x1 === "edu_pro" || x1 === "sci" || x1 === "sci_plus" || x1 === "unknown")) return false;
    }
  }
  const x2 = v["reason"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "workspaceRoutingReady" || x2 === "unknown")) return false;
    }
  }
  return true;
}

function d_v2$ActivePermissionProfile(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["extends"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$AgentMessageDelivery(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "async")) return false;
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

function d_v2$AgentMessageDisplay(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["mode"]) {
    case "show":
      if (!h_fce27f87(v)) return false;
      break;
    case "hide":
      if (!h_bf5ad698(v)) return false;
      break;
    case "block":
      if (!h_0b4b160e(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$AgentMessageModeration(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["moderated"];
  if (typeof x0 !== "boolean") return false;
  const x1 = v["display"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$AgentMessageDisplay(x1)) return false;
    }
  }
  return true;
}

function d_v2$AgentPath(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_v2$AllowDenyRequirement(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "allow" || v === "deny")) return false;
  return true;
}

function d_v2$AnalyticsConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["enabled"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "boolean") return false;
    }
  }
  return true;
}

function d_v2$AnswerAnnotation(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["kind"];
  if (x0 !== "wellbeingHelpline") return false;
  const x1 = v["subject"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "answer" || x1 === "prompt")) return false;
  return true;
}

function d_v2$AnswerReplacement(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["kind"];
  if (x0 !== "wellbeingPromptHelpline") return false;
  return true;
}

function d_v2$ApprovalsReviewer(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "user" || v === "auto_review" || v === "guardian_subagent")) return false;
  return true;
}

function d_v2$AskForApproval(v: any): boolean {
  let n0 = 0;
  if (h_ec8d3834(v) && ++n0 > 1) return false;
  if (h_3a101608(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$AsyncUserInputQuestion(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["title"];
  if (typeof x0 !== "string") return false;
  const x1 = v["options"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Array.isArray(x1)) return false;
      for (let i2 = 0; i2 < x1.length; i2++) {
        const x3 = x1[i2];
        if (typeof x3 !== "string") return false;
      }
    }
  }
  for (const k4 in v) {
    if (!(k4 === "title" || k4 === "options")) return false;
  }
  return true;
}

function d_v2$AutoCompactTokenLimitScope(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "total" || v === "body_after_prefix")) return false;
  return true;
}

function d_v2$BlockReason(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["kind"]) {
    case "protection":
      if (!h_9dae3308(v)) return false;
      break;
    case "cyber":
      if (!h_edbb6605(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$BrowserUseConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["allow_history_access"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "boolean") return false;
    }
  }
  const x1 = v["default_origin_policy"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$BrowserUseOriginPolicyConfig(x1)) return false;
    }
  }
  const x2 = v["origins"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "object" || x2 === null || Array.isArray(x2)) return false;
      for (const k3 in x2) {
        const x4 = x2[k3];
        if (!d_v2$BrowserUseOriginPolicyConfig(x4)) return false;
      }
    }
  }
  return true;
}

function d_v2$BrowserUseOriginPolicyConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["access"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "allow" || x0 === "deny")) return false;
    }
  }
  const x1 = v["downloads"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
      if (!(x1 === "allow" || x1 === "deny")) return false;
    }
  }
  const x2 = v["full_cdp_access"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "allow" || x2 === "deny")) return false;
    }
  }
  const x3 = v["uploads"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "allow" || x3 === "deny")) return false;
    }
  }
  return true;
}

function d_v2$ByteRange(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["start"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < 0) return false;
  const x1 = v["end"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
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
  const x0 = v["status"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "canceled" || x0 === "notFound")) return false;
  return true;
}

function d_v2$CancelLoginAccountStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "canceled" || v === "notFound")) return false;
  return true;
}

function d_v2$CodexErrorInfo(v: any): boolean {
  let n0 = 0;
  if (h_cd7c78fd(v) && ++n0 > 1) return false;
  if (h_63995dd6(v) && ++n0 > 1) return false;
  if (h_7d1615fe(v) && ++n0 > 1) return false;
  if (h_2f076447(v) && ++n0 > 1) return false;
  if (h_895cf5e1(v) && ++n0 > 1) return false;
  if (h_091b831c(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$CollabAgentState(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "pendingInit" || x0 === "running" || x0 === "interrupted" || x0 === "completed" || x0 === "errored" || x0 === "shutdown" || x0 === "notFound")) return false;
  const x1 = v["message"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$CollabAgentStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "pendingInit" || v === "running" || v === "interrupted" || v === "completed" || v === "errored" || v === "shutdown" || v === "notFound")) return false;
  return true;
}

function d_v2$CollabAgentTool(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "spawnAgent" || v === "sendInput" || v === "resumeAgent" || v === "wait" || v === "closeAgent" || v === "sendMessage" || v === "followupTask" || v === "interruptAgent" || v === "listAgents")) return false;
  return true;
}

function d_v2$CollabAgentToolCallStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed" || v === "interrupted")) return false;
  return true;
}

function d_v2$CollaborationMode(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["mode"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "plan" || x0 === "default")) return false;
  const x1 = v["settings"];
  if (x1 === undefined) return false;
  if (!d_v2$Settings(x1)) return false;
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

function d_v2$CommandExecutionApprovalDecision(v: any): boolean {
  let n0 = 0;
  if (h_b2e2a532(v) && ++n0 > 1) return false;
  if (h_c6fc07ba(v) && ++n0 > 1) return false;
  if (h_df9ff115(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$CommandExecutionApprovalKind(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "command" || v === "writeStdin" || v === "humanCommand")) return false;
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

function d_v2$CommandExecutionRequestApprovalParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["kind"];
  if (x0 !== undefined) {
    if (typeof x0 !== "string") return false;
    if (!(x0 === "command" || x0 === "writeStdin" || x0 === "humanCommand")) return false;
  }
  const x1 = v["threadId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["turnId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["itemId"];
  if (typeof x3 !== "string") return false;
  const x4 = v["startedAtMs"];
  if (!Number.isInteger(x4)) return false;
  const x5 = v["approvalId"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["environmentId"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["reason"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  const x8 = v["networkApprovalContext"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!d_v2$NetworkApprovalContext(x8)) return false;
    }
  }
  const x9 = v["command"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["cwd"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["commandActions"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!Array.isArray(x11)) return false;
      for (let i12 = 0; i12 < x11.length; i12++) {
        const x13 = x11[i12];
        if (!d_v2$CommandAction(x13)) return false;
      }
    }
  }
  const x14 = v["proposedExecpolicyAmendment"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (!Array.isArray(x14)) return false;
      for (let i15 = 0; i15 < x14.length; i15++) {
        const x16 = x14[i15];
        if (typeof x16 !== "string") return false;
      }
    }
  }
  const x17 = v["proposedNetworkPolicyAmendments"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (!Array.isArray(x17)) return false;
      for (let i18 = 0; i18 < x17.length; i18++) {
        const x19 = x17[i18];
        if (!d_NetworkPolicyAmendment(x19)) return false;
      }
    }
  }
  const x20 = v["availableDecisions"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (!Array.isArray(x20)) return false;
      for (let i21 = 0; i21 < x20.length; i21++) {
        const x22 = x20[i21];
        if (!d_v2$CommandExecutionApprovalDecision(x22)) return false;
      }
    }
  }
  return true;
}

function d_v2$CommandExecutionRequestApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (x0 === undefined) return false;
  if (!d_v2$CommandExecutionApprovalDecision(x0)) return false;
  return true;
}

function d_v2$CommandExecutionSource(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "agent" || v === "userShell" || v === "unifiedExecStartup" || v === "unifiedExecInteraction")) return false;
  return true;
}

function d_v2$CommandExecutionStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed" || v === "declined")) return false;
  return true;
}

function d_v2$ComputerUseConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["default_app_access"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
      if (!(x0 === "allow" || x0 === "deny")) return false;
    }
  }
  const x1 = v["macos"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$ComputerUseMacosConfig(x1)) return false;
    }
  }
  const x2 = v["windows"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$ComputerUseWindowsConfig(x2)) return false;
    }
  }
  return true;
}

function d_v2$ComputerUseMacosConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["bundle_ids"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
      for (const k1 in x0) {
        const x2 = x0[k1];
        if (typeof x2 !== "string") return false;
        if (!(x2 === "allow" || x2 === "deny")) return false;
      }
    }
  }
  return true;
}

function d_v2$ComputerUseWindowsConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["aumids"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
      for (const k1 in x0) {
        const x2 = x0[k1];
        if (typeof x2 !== "string") return false;
        if (!(x2 === "allow" || x2 === "deny")) return false;
      }
    }
  }
  const x3 = v["exes"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Array.isArray(x3)) return false;
      for (let i4 = 0; i4 < x3.length; i4++) {
        const x5 = x3[i4];
        if (!d_v2$ComputerUseWindowsExeConfig(x5)) return false;
      }
    }
  }
  return true;
}

function d_v2$ComputerUseWindowsExeConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["access"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "allow" || x0 === "deny")) return false;
  const x1 = v["binary_name"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["product_name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["publisher_name"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$Config(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["analytics"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_v2$AnalyticsConfig(x0)) return false;
    }
  }
  const x1 = v["approval_policy"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!d_v2$AskForApproval(x1)) return false;
    }
  }
  const x2 = v["approvals_reviewer"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "user" || x2 === "auto_review" || x2 === "guardian_subagent")) return false;
    }
  }
  const x3 = v["browser_use"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$BrowserUseConfig(x3)) return false;
    }
  }
  const x4 = v["client_search_provider"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "standalone" || x4 === "search_mcp")) return false;
    }
  }
  const x5 = v["compact_prompt"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["computer_use"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$ComputerUseConfig(x6)) return false;
    }
  }
  const x7 = v["desktop"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) return false;
      for (const k8 in x7) {
        const x9 = x7[k8];
        if (!d_JsonValue(x9)) return false;
      }
    }
  }
  const x10 = v["developer_instructions"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["forced_chatgpt_workspace_id"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!d_v2$ForcedChatgptWorkspaceIds(x11)) return false;
    }
  }
  const x12 = v["forced_login_method"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
      if (!(x12 === "chatgpt" || x12 === "api")) return false;
    }
  }
  const x13 = v["instructions"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["model"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (typeof x14 !== "string") return false;
    }
  }
  const x15 = v["model_auto_compact_token_limit"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!Number.isInteger(x15)) return false;
    }
  }
  const x16 = v["model_auto_compact_token_limit_scope"];
  if (x16 !== undefined) {
    if (x16 !== null) {
      if (typeof x16 !== "string") return false;
      if (!(x16 === "total" || x16 === "body_after_prefix")) return false;
    }
  }
  const x17 = v["model_context_window"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (!Number.isInteger(x17)) return false;
    }
  }
  const x18 = v["model_provider"];
  if (x18 !== undefined) {
    if (x18 !== null) {
      if (typeof x18 !== "string") return false;
    }
  }
  const x19 = v["model_reasoning_effort"];
  if (x19 !== undefined) {
    if (x19 !== null) {
      if (typeof x19 !== "string") return false;
      if (x19.length === 0) return false;
    }
  }
  const x20 = v["model_reasoning_summary"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (typeof x20 !== "string") return false;
      if (!(x20 === "auto" || x20 === "concise" || x20 === "detailed" || x20 === "none")) return false;
    }
  }
  const x21 = v["model_verbosity"];
  if (x21 !== undefined) {
    if (x21 !== null) {
      if (typeof x21 !== "string") return false;
      if (!(x21 === "low" || x21 === "medium" || x21 === "high")) return false;
    }
  }
  const x22 = v["review_model"];
  if (x22 !== undefined) {
    if (x22 !== null) {
      if (typeof x22 !== "string") return false;
    }
  }
  const x23 = v["sandbox_mode"];
  if (x23 !== undefined) {
    if (x23 !== null) {
      if (typeof x23 !== "string") return false;
      if (!(x23 === "read-only" || x23 === "workspace-write" || x23 === "danger-full-access")) return false;
    }
  }
  const x24 = v["sandbox_workspace_write"];
  if (x24 !== undefined) {
    if (x24 !== null) {
      if (!d_v2$SandboxWorkspaceWrite(x24)) return false;
    }
  }
  const x25 = v["service_tier"];
  if (x25 !== undefined) {
    if (x25 !== null) {
      if (typeof x25 !== "string") return false;
    }
  }
  const x26 = v["tools"];
  if (x26 !== undefined) {
    if (x26 !== null) {
      if (!d_v2$ToolsV2(x26)) return false;
    }
  }
  const x27 = v["web_search"];
  if (x27 !== undefined) {
    if (x27 !== null) {
      if (typeof x27 !== "string") return false;
      if (!(x27 === "disabled" || x27 === "cached" || x27 === "indexed" || x27 === "live")) return false;
    }
  }
  return true;
}

function d_v2$ConfigBatchWriteParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["filePath"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
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
  const x5 = v["reloadUserConfig"];
  if (x5 !== undefined) {
    if (typeof x5 !== "boolean") return false;
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
  if (x0 === undefined) return false;
  if (!d_v2$ConfigLayerSource(x0)) return false;
  const x1 = v["version"];
  if (typeof x1 !== "string") return false;
  const x2 = v["config"];
  if (x2 === undefined) return false;
  if (!d_JsonValue(x2)) return false;
  const x3 = v["disabledReason"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ConfigLayerMetadata(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (x0 === undefined) return false;
  if (!d_v2$ConfigLayerSource(x0)) return false;
  const x1 = v["version"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$ConfigLayerSource(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "packagedDefaults":
      if (!h_2f525666(v)) return false;
      break;
    case "mdm":
      if (!h_93e92592(v)) return false;
      break;
    case "system":
      if (!h_cc77f481(v)) return false;
      break;
    case "enterpriseManaged":
      if (!h_d7c447c0(v)) return false;
      break;
    case "user":
      if (!h_1f088882(v)) return false;
      break;
    case "project":
      if (!h_af0a872e(v)) return false;
      break;
    case "sessionFlags":
      if (!h_e1c94108(v)) return false;
      break;
    case "legacyManagedConfigTomlFromFile":
      if (!h_0739492f(v)) return false;
      break;
    case "legacyManagedConfigTomlFromMdm":
      if (!h_6083f680(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$ConfigReadParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["includeLayers"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  const x1 = v["cwd"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ConfigReadResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["config"];
  if (x0 === undefined) return false;
  if (!d_v2$Config(x0)) return false;
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
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
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

function d_v2$ConfigWarningNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["summary"];
  if (typeof x0 !== "string") return false;
  const x1 = v["details"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["path"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["range"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$TextRange(x3)) return false;
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
  const x2 = v["filePath"];
  if (typeof x2 !== "string") return false;
  const x3 = v["overriddenMetadata"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$OverriddenMetadata(x3)) return false;
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

function d_v2$CyberAccessProgram(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "standard" || v === "daybreakBlue" || v === "daybreakRed")) return false;
  return true;
}

function d_v2$DeprecationNoticeNotification(v: any): boolean {
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

function d_v2$DesktopOnboardingEntrypoint(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "life_sciences")) return false;
  return true;
}

function d_v2$DynamicToolCallOutputContentItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "inputText":
      if (!h_241fa5c7(v)) return false;
      break;
    case "inputImage":
      if (!h_bd566965(v)) return false;
      break;
    case "inputAudio":
      if (!h_4412206d(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$DynamicToolCallStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed")) return false;
  return true;
}

function d_v2$ErrorNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["error"];
  if (x0 === undefined) return false;
  if (!d_v2$TurnError(x0)) return false;
  const x1 = v["willRetry"];
  if (typeof x1 !== "boolean") return false;
  const x2 = v["threadId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["turnId"];
  if (typeof x3 !== "string") return false;
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
  const x2 = v["threadId"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["includeLogs"];
  if (x3 !== undefined) {
    if (typeof x3 !== "boolean") return false;
  }
  const x4 = v["extraLogFiles"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (typeof x6 !== "string") return false;
      }
    }
  }
  const x7 = v["tags"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "object" || x7 === null || Array.isArray(x7)) return false;
      for (const k8 in x7) {
        const x9 = x7[k8];
        if (typeof x9 !== "string") return false;
      }
    }
  }
  return true;
}

function d_v2$FeedbackUploadResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["promptHash"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$FileChangeApprovalDecision(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "accept" || v === "acceptForSession" || v === "decline" || v === "cancel")) return false;
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
  const x3 = v["startedAtMs"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["reason"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["grantRoot"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  return true;
}

function d_v2$FileChangeRequestApprovalResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["decision"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "accept" || x0 === "acceptForSession" || x0 === "decline" || x0 === "cancel")) return false;
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

function d_v2$ForcedChatgptWorkspaceIds(v: any): boolean {
  if (!(h_992f2c38(v) || h_2eeaa78e(v))) return false;
  return true;
}

function d_v2$FunctionCallOutputBody(v: any): boolean {
  if (!(h_992f2c38(v) || h_6a6e5d13(v))) return false;
  return true;
}

function d_v2$FunctionCallOutputContentItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "input_text":
      if (!h_10118bb9(v)) return false;
      break;
    case "input_image":
      if (!h_469f6bd0(v)) return false;
      break;
    case "input_audio":
      if (!h_60bf38ef(v)) return false;
      break;
    case "encrypted_content":
      if (!h_f63e97be(v)) return false;
      break;
    default:
      return false;
  }
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

function d_v2$GetAccountRateLimitsParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["supportsLunaReserve"];
  if (x0 !== undefined) {
    if (typeof x0 !== "boolean") return false;
  }
  const x1 = v["excludeResetCreditDetails"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  return true;
}

function d_v2$GetAccountRateLimitsResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["rateLimits"];
  if (x0 === undefined) return false;
  if (!d_v2$RateLimitSnapshot(x0)) return false;
  const x1 = v["rateLimitsByLimitId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "object" || x1 === null || Array.isArray(x1)) return false;
      for (const k2 in x1) {
        const x3 = x1[k2];
        if (!d_v2$RateLimitSnapshot(x3)) return false;
      }
    }
  }
  const x4 = v["ordinaryUsageAllowed"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "boolean") return false;
    }
  }
  const x5 = v["rateLimitResetCredits"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_v2$RateLimitResetCreditsSummary(x5)) return false;
    }
  }
  const x6 = v["accountId"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["rateLimitUpsell"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_JsonValue(x7)) return false;
    }
  }
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
  const x1 = v["userId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["requiresOpenaiAuth"];
  if (typeof x2 !== "boolean") return false;
  const x3 = v["workspaceRouting"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$WorkspaceRouting(x3)) return false;
    }
  }
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

function d_v2$HelplineSubject(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "answer" || v === "prompt")) return false;
  return true;
}

function d_v2$HookPromptFragment(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["text"];
  if (typeof x0 !== "string") return false;
  const x1 = v["hookRunId"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$ImageDetail(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "auto" || v === "low" || v === "high" || v === "original")) return false;
  return true;
}

function d_v2$ImageGenerationFailure(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "usageLimitExceeded") return false;
  const x1 = v["limitId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["resetsAt"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  return true;
}

function d_v2$ImageGenerationInputImage(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["path"];
  if (typeof x0 !== "string") return false;
  const x1 = v["sha256"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$InputModality(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "text" || v === "image" || v === "audio")) return false;
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
  const x3 = v["completedAtMs"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["contentTokenCount"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
      if (x4 < 0) return false;
    }
  }
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
  const x3 = v["startedAtMs"];
  if (!Number.isInteger(x3)) return false;
  return true;
}

function d_v2$LegacyAppPathString(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_v2$LoginAccountParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "apiKey":
      if (!h_30220150(v)) return false;
      break;
    case "chatgpt":
      if (!h_ce79b3ed(v)) return false;
      break;
    case "chatgptDeviceCode":
      if (!h_c10faa13(v)) return false;
      break;
    case "chatgptAuthTokens":
      if (!h_a6c84d4b(v)) return false;
      break;
    case "amazonBedrock":
      if (!h_6dc24315(v)) return false;
      break;
    case "amazonBedrockAccessKeys":
      if (!h_9768f2de(v)) return false;
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
    case "chatgptDeviceCode":
      if (!h_55a5ff4f(v)) return false;
      break;
    case "chatgptAuthTokens":
      if (!h_c67018e0(v)) return false;
      break;
    case "amazonBedrock":
      if (!h_0b1590fa(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$LoginAppBrand(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "codex" || v === "chatgpt")) return false;
  return true;
}

function d_v2$LogoutAccountResponse(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$McpAppDisplayMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inline" || v === "fullscreen")) return false;
  return true;
}

function d_v2$McpAppUi(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["resourceUri"];
  if (typeof x0 !== "string") return false;
  const x1 = v["preferredModelDisplayMode"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "inline" || x1 === "fullscreen")) return false;
  return true;
}

function d_v2$McpToolCallAppContext(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["connectorId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["linkId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["resourceUri"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["appName"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["actionName"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
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
    if (!d_JsonValue(x2)) return false;
  }
  const x3 = v["structuredContent"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_JsonValue(x3)) return false;
    }
  }
  const x4 = v["_meta"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_JsonValue(x4)) return false;
    }
  }
  return true;
}

function d_v2$McpToolCallStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inProgress" || v === "completed" || v === "failed")) return false;
  return true;
}

function d_v2$MemoryCitation(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["entries"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_v2$MemoryCitationEntry(x2)) return false;
  }
  const x3 = v["threadIds"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (typeof x5 !== "string") return false;
  }
  return true;
}

function d_v2$MemoryCitationEntry(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["path"];
  if (typeof x0 !== "string") return false;
  const x1 = v["lineStart"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  if (x1 > 4294967295) return false;
  const x2 = v["lineEnd"];
  if (!Number.isInteger(x2)) return false;
  if (x2 < 0) return false;
  if (x2 > 4294967295) return false;
  const x3 = v["note"];
  if (typeof x3 !== "string") return false;
  return true;
}

function d_v2$MergeStrategy(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "replace" || v === "upsert")) return false;
  return true;
}

function d_v2$MessagePhase(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "commentary" || v === "partial_answer" || v === "final_answer")) return false;
  return true;
}

function d_v2$MisalignmentErrorDetails(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["errorType"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["detailedExplanation"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["steer"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$MisalignmentSteer(x2)) return false;
    }
  }
  const x3 = v["reviewTarget"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$MisalignmentSteer(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$ModeKind(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "plan" || v === "default")) return false;
  return true;
}

function d_v2$Model(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (typeof x1 !== "string") return false;
  const x2 = v["upgrade"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["upgradeInfo"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$ModelUpgradeInfo(x3)) return false;
    }
  }
  const x4 = v["availabilityNux"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_v2$ModelAvailabilityNux(x4)) return false;
    }
  }
  const x5 = v["displayName"];
  if (typeof x5 !== "string") return false;
  const x6 = v["description"];
  if (typeof x6 !== "string") return false;
  const x7 = v["modelSpecialty"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
    }
  }
  const x8 = v["hidden"];
  if (typeof x8 !== "boolean") return false;
  const x9 = v["supportedReasoningEfforts"];
  if (!Array.isArray(x9)) return false;
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11 = x9[i10];
    if (!d_v2$ReasoningEffortOption(x11)) return false;
  }
  const x12 = v["defaultReasoningEffort"];
  if (typeof x12 !== "string") return false;
  if (x12.length === 0) return false;
  const x13 = v["inputModalities"];
  if (x13 !== undefined) {
    if (!Array.isArray(x13)) return false;
    for (let i14 = 0; i14 < x13.length; i14++) {
      const x15 = x13[i14];
      if (typeof x15 !== "string") return false;
      if (!(x15 === "text" || x15 === "image" || x15 === "audio")) return false;
    }
  }
  const x16 = v["supportsPersonality"];
  if (x16 !== undefined) {
    if (typeof x16 !== "boolean") return false;
  }
  const x17 = v["multiAgentVersion"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (typeof x17 !== "string") return false;
      if (!(x17 === "disabled" || x17 === "v1" || x17 === "v2")) return false;
    }
  }
  const x18 = v["additionalSpeedTiers"];
  if (x18 !== undefined) {
    if (!Array.isArray(x18)) return false;
    for (let i19 = 0; i19 < x18.length; i19++) {
      const x20 = x18[i19];
      if (typeof x20 !== "string") return false;
    }
  }
  const x21 = v["serviceTiers"];
  if (x21 !== undefined) {
    if (!Array.isArray(x21)) return false;
    for (let i22 = 0; i22 < x21.length; i22++) {
      const x23 = x21[i22];
      if (!d_v2$ModelServiceTier(x23)) return false;
    }
  }
  const x24 = v["defaultServiceTier"];
  if (x24 !== undefined) {
    if (x24 !== null) {
      if (typeof x24 !== "string") return false;
    }
  }
  const x25 = v["availableAccessPrograms"];
  if (x25 !== undefined) {
    if (x25 !== null) {
      if (!d_v2$ModelAccessPrograms(x25)) return false;
    }
  }
  const x26 = v["isDefault"];
  if (typeof x26 !== "boolean") return false;
  return true;
}

function d_v2$ModelAccessPrograms(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["cyber"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (typeof x2 !== "string") return false;
    if (!(x2 === "standard" || x2 === "daybreakBlue" || x2 === "daybreakRed")) return false;
  }
  return true;
}

function d_v2$ModelAvailabilityNux(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["message"];
  if (typeof x0 !== "string") return false;
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
  const x2 = v["includeHidden"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "boolean") return false;
    }
  }
  const x3 = v["modelProvider"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
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

function d_v2$ModelServiceTier(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["description"];
  if (typeof x2 !== "string") return false;
  return true;
}

function d_v2$ModelUpgradeInfo(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (typeof x0 !== "string") return false;
  const x1 = v["upgradeCopy"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["modelLink"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["migrationMarkdown"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["retirementAt"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function d_v2$MultiAgentMode(v: any): boolean {
  let n0 = 0;
  if (h_b277e20a(v) && ++n0 > 1) return false;
  if (h_208485f3(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$MultiAgentVersion(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "disabled" || v === "v1" || v === "v2")) return false;
  return true;
}

function d_v2$NetworkAccess(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "restricted" || v === "enabled")) return false;
  return true;
}

function d_v2$NetworkApprovalContext(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["host"];
  if (typeof x0 !== "string") return false;
  const x1 = v["protocol"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "http" || x1 === "https" || x1 === "socks5Tcp" || x1 === "socks5Udp")) return false;
  return true;
}

function d_v2$NetworkApprovalProtocol(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "http" || v === "https" || v === "socks5Tcp" || v === "socks5Udp")) return false;
  return true;
}

function d_v2$NonSteerableTurnKind(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "review" || v === "compact")) return false;
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

function d_v2$Personality(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "none" || v === "friendly" || v === "pragmatic")) return false;
  return true;
}

function d_v2$PlanType(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "free" || v === "go" || v === "plus" || v === "pro" || v === "prolite" || v === "promax" || v === "team" || v === "self_serve_business_prolite" || v === "self_serve_business_usage_based" || v === "business" || v === "ent26" || v === "enterprise_cbp_automation" || v === "enterprise_cbp_usage_based" || v === "enterprise" || v === "edu" || v === "edu_plus" || v === "edu_pro" || v === "sci" || v === "sci_plus" || v === "unknown")) return false;
  return true;
}

function d_v2$RateLimitReachedType(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "rate_limit_reached" || v === "workspace_owner_credits_depleted" || v === "workspace_member_credits_depleted" || v === "workspace_owner_usage_limit_reached" || v === "workspace_member_usage_limit_reached")) return false;
  return true;
}

function d_v2$RateLimitResetCredit(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["resetType"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "codexRateLimits" || x1 === "unknown")) return false;
  const x2 = v["status"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "available" || x2 === "redeeming" || x2 === "redeemed" || x2 === "unknown")) return false;
  const x3 = v["grantedAt"];
  if (!Number.isInteger(x3)) return false;
  const x4 = v["expiresAt"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  const x5 = v["title"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["description"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  return true;
}

function d_v2$RateLimitResetCreditStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "available" || v === "redeeming" || v === "redeemed" || v === "unknown")) return false;
  return true;
}

function d_v2$RateLimitResetCreditsSummary(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["availableCount"];
  if (!Number.isInteger(x0)) return false;
  const x1 = v["credits"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (!Array.isArray(x1)) return false;
      for (let i2 = 0; i2 < x1.length; i2++) {
        const x3 = x1[i2];
        if (!d_v2$RateLimitResetCredit(x3)) return false;
      }
    }
  }
  return true;
}

function d_v2$RateLimitResetType(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "codexRateLimits" || v === "unknown")) return false;
  return true;
}

function d_v2$RateLimitSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["limitId"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["limitName"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["normalModelSlug"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["primary"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$RateLimitWindow(x3)) return false;
    }
  }
  const x4 = v["secondary"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_v2$RateLimitWindow(x4)) return false;
    }
  }
  const x5 = v["credits"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!d_v2$CreditsSnapshot(x5)) return false;
    }
  }
  const x6 = v["individualLimit"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$SpendControlLimitSnapshot(x6)) return false;
    }
  }
  const x7 = v["spendControlReached"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "boolean") return false;
    }
  }
  const x8 = v["planType"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
      if (!(x8 === "free" || x8 === "go" || x8 === "plus" || x8 === "pro" || x8 === "prolite" || x8 === "promax" || x8 === "team" || x8 === "self_serve_business_prolite" || x8 === "self_serve_business_usage_based" || x8 === "business" || x8 === "ent26" || x8 === "enterprise_cbp_automation" || x8 === "enterprise_cbp_usage_based" || x8 === "enterprise" || x8 === "edu" || x8 === "edu_plus" || x8 === "edu_pro" || x8 === "sci" || x8 === "sci_plus" || x8 === "unknown")) return false;
    }
  }
  const x9 = v["rateLimitReachedType"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
      if (!(x9 === "rate_limit_reached" || x9 === "workspace_owner_credits_depleted" || x9 === "workspace_member_credits_depleted" || x9 === "workspace_owner_usage_limit_reached" || x9 === "workspace_member_usage_limit_reached")) return false;
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
  if (x0.length === 0) return false;
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

function d_v2$RemoteControlConnectionStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "disabled" || v === "connecting" || v === "connected" || v === "errored")) return false;
  return true;
}

function d_v2$RemoteControlStatusChangedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["status"];
  if (typeof x0 !== "string") return false;
  if (!(x0 === "disabled" || x0 === "connecting" || x0 === "connected" || x0 === "errored")) return false;
  const x1 = v["serverName"];
  if (typeof x1 !== "string") return false;
  const x2 = v["installationId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["environmentId"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ReviewDelivery(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "inline")) return false;
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
      if (!(x2 === "inline")) return false;
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

function d_v2$SandboxMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "read-only" || v === "workspace-write" || v === "danger-full-access")) return false;
  return true;
}

function d_v2$SandboxPolicy(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "dangerFullAccess":
      if (!h_d20e0e28(v)) return false;
      break;
    case "readOnly":
      if (!h_d8c27f66(v)) return false;
      break;
    case "externalSandbox":
      if (!h_05a4552a(v)) return false;
      break;
    case "workspaceWrite":
      if (!h_f689fc6d(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$SandboxWorkspaceWrite(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["writable_roots"];
  if (x0 !== undefined) {
    if (!Array.isArray(x0)) return false;
    for (let i1 = 0; i1 < x0.length; i1++) {
      const x2 = x0[i1];
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["network_access"];
  if (x3 !== undefined) {
    if (typeof x3 !== "boolean") return false;
  }
  const x4 = v["exclude_tmpdir_env_var"];
  if (x4 !== undefined) {
    if (typeof x4 !== "boolean") return false;
  }
  const x5 = v["exclude_slash_tmp"];
  if (x5 !== undefined) {
    if (typeof x5 !== "boolean") return false;
  }
  return true;
}

function d_v2$ServerRequestResolvedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["requestId"];
  if (x1 === undefined) return false;
  if (!d_RequestId(x1)) return false;
  return true;
}

function d_v2$SessionSource(v: any): boolean {
  let n0 = 0;
  if (h_af353d77(v) && ++n0 > 1) return false;
  if (h_208485f3(v) && ++n0 > 1) return false;
  if (h_9b14612f(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$Settings(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["model"];
  if (typeof x0 !== "string") return false;
  const x1 = v["reasoning_effort"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
      if (x1.length === 0) return false;
    }
  }
  const x2 = v["developer_instructions"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function d_v2$SortDirection(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "asc" || v === "desc")) return false;
  return true;
}

function d_v2$SpendControlLimitSnapshot(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["limit"];
  if (typeof x0 !== "string") return false;
  const x1 = v["used"];
  if (typeof x1 !== "string") return false;
  const x2 = v["remainingPercent"];
  if (!Number.isInteger(x2)) return false;
  if (x2 < -2147483648) return false;
  if (x2 > 2147483647) return false;
  const x3 = v["resetsAt"];
  if (!Number.isInteger(x3)) return false;
  return true;
}

function d_v2$SubAgentActivityKind(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "started" || v === "interacted" || v === "interrupted" || v === "completed")) return false;
  return true;
}

function d_v2$SubAgentSource(v: any): boolean {
  let n0 = 0;
  if (h_3270413b(v) && ++n0 > 1) return false;
  if (h_0bbb1b5f(v) && ++n0 > 1) return false;
  if (h_18e29af9(v) && ++n0 > 1) return false;
  if (n0 !== 1) return false;
  return true;
}

function d_v2$TextElement(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["byteRange"];
  if (x0 === undefined) return false;
  if (!d_v2$ByteRange(x0)) return false;
  const x1 = v["placeholder"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$TextPosition(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["line"];
  if (!Number.isInteger(x0)) return false;
  if (x0 < 0) return false;
  const x1 = v["column"];
  if (!Number.isInteger(x1)) return false;
  if (x1 < 0) return false;
  return true;
}

function d_v2$TextRange(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["start"];
  if (x0 === undefined) return false;
  if (!d_v2$TextPosition(x0)) return false;
  const x1 = v["end"];
  if (x1 === undefined) return false;
  if (!d_v2$TextPosition(x1)) return false;
  return true;
}

function d_v2$Thread(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["sessionId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["forkedFromId"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["parentThreadId"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["preview"];
  if (typeof x4 !== "string") return false;
  const x5 = v["ephemeral"];
  if (typeof x5 !== "boolean") return false;
  const x6 = v["section"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$ThreadSection(x6)) return false;
    }
  }
  const x7 = v["sectionEnteredAt"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Number.isInteger(x7)) return false;
    }
  }
  const x8 = v["projectId"];
  if (x8 === undefined) return false;
  if (x8 !== null) {
    if (typeof x8 !== "string") return false;
  }
  const x9 = v["historyMode"];
  if (x9 !== undefined) {
    if (typeof x9 !== "string") return false;
    if (!(x9 === "legacy" || x9 === "paginated")) return false;
  }
  const x10 = v["modelProvider"];
  if (typeof x10 !== "string") return false;
  const x11 = v["model"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
    }
  }
  const x12 = v["reasoningEffort"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
      if (x12.length === 0) return false;
    }
  }
  const x13 = v["createdAt"];
  if (!Number.isInteger(x13)) return false;
  const x14 = v["updatedAt"];
  if (!Number.isInteger(x14)) return false;
  const x15 = v["recencyAt"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!Number.isInteger(x15)) return false;
    }
  }
  const x16 = v["status"];
  if (x16 === undefined) return false;
  if (!d_v2$ThreadStatus(x16)) return false;
  const x17 = v["path"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (typeof x17 !== "string") return false;
    }
  }
  const x18 = v["cwd"];
  if (typeof x18 !== "string") return false;
  const x19 = v["cliVersion"];
  if (typeof x19 !== "string") return false;
  const x20 = v["originator"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (typeof x20 !== "string") return false;
    }
  }
  const x21 = v["source"];
  if (x21 === undefined) return false;
  if (!d_v2$SessionSource(x21)) return false;
  const x22 = v["threadSource"];
  if (x22 !== undefined) {
    if (x22 !== null) {
      if (typeof x22 !== "string") return false;
    }
  }
  const x23 = v["agentNickname"];
  if (x23 !== undefined) {
    if (x23 !== null) {
      if (typeof x23 !== "string") return false;
    }
  }
  const x24 = v["agentRole"];
  if (x24 !== undefined) {
    if (x24 !== null) {
      if (typeof x24 !== "string") return false;
    }
  }
  const x25 = v["gitInfo"];
  if (x25 !== undefined) {
    if (x25 !== null) {
      if (!d_v2$GitInfo(x25)) return false;
    }
  }
  const x26 = v["name"];
  if (x26 !== undefined) {
    if (x26 !== null) {
      if (typeof x26 !== "string") return false;
    }
  }
  const x27 = v["turns"];
  if (!Array.isArray(x27)) return false;
  for (let i28 = 0; i28 < x27.length; i28++) {
    const x29 = x27[i28];
    if (!d_v2$Turn(x29)) return false;
  }
  const x30 = v["environments"];
  if (x30 !== undefined) {
    if (x30 !== null) {
      if (!Array.isArray(x30)) return false;
      for (let i31 = 0; i31 < x30.length; i31++) {
        const x32 = x30[i31];
        if (!d_v2$ThreadEnvironment(x32)) return false;
      }
    }
  }
  const x33 = v["extra"];
  if (x33 !== undefined) {
    if (x33 !== null) {
      if (typeof x33 !== "object" || x33 === null || Array.isArray(x33)) return false;
    }
  }
  const x34 = v["attachedToThreadId"];
  if (x34 !== undefined) {
    if (x34 !== null) {
      if (typeof x34 !== "string") return false;
    }
  }
  const x35 = v["canAcceptDirectInput"];
  if (x35 !== undefined) {
    if (x35 !== null) {
      if (typeof x35 !== "boolean") return false;
    }
  }
  const x36 = v["daybreakEnabled"];
  if (x36 !== undefined) {
    if (x36 !== null) {
      if (typeof x36 !== "boolean") return false;
    }
  }
  return true;
}

function d_v2$ThreadActiveFlag(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "waitingOnApproval" || v === "waitingOnUserInput")) return false;
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

function d_v2$ThreadArchivedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$ThreadEnvironment(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["environmentId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["cwd"];
  if (typeof x1 !== "string") return false;
  const x2 = v["runtimeWorkspaceRoots"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (typeof x4 !== "string") return false;
  }
  return true;
}

function d_v2$ThreadExtra(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}

function d_v2$ThreadGoalClearedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  return true;
}

function d_v2$ThreadHistoryMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "legacy" || v === "paginated")) return false;
  return true;
}

function d_v2$ThreadId(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_v2$ThreadItem(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "userMessage":
      if (!h_ae48582b(v)) return false;
      break;
    case "hookPrompt":
      if (!h_0b15a0cf(v)) return false;
      break;
    case "agentMessage":
      if (!h_88616d15(v)) return false;
      break;
    case "functionCallOutput":
      if (!h_5140c29e(v)) return false;
      break;
    case "plan":
      if (!h_afe15a80(v)) return false;
      break;
    case "reasoning":
      if (!h_12e6ddff(v)) return false;
      break;
    case "commandExecution":
      if (!h_7a785e6b(v)) return false;
      break;
    case "fileChange":
      if (!h_510c446d(v)) return false;
      break;
    case "mcpToolCall":
      if (!h_254d4fdb(v)) return false;
      break;
    case "dynamicToolCall":
      if (!h_d20f0692(v)) return false;
      break;
    case "collabAgentToolCall":
      if (!h_6e499fee(v)) return false;
      break;
    case "subAgentActivity":
      if (!h_9e6a53dc(v)) return false;
      break;
    case "webSearch":
      if (!h_2398604a(v)) return false;
      break;
    case "imageView":
      if (!h_794845a0(v)) return false;
      break;
    case "sleep":
      if (!h_5119b3b6(v)) return false;
      break;
    case "imageGeneration":
      if (!h_ee1909fd(v)) return false;
      break;
    case "enteredReviewMode":
      if (!h_79249b41(v)) return false;
      break;
    case "exitedReviewMode":
      if (!h_f98ed983(v)) return false;
      break;
    case "contextCompaction":
      if (!h_adf06428(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$ThreadListCwdFilter(v: any): boolean {
  if (!(h_992f2c38(v) || h_2eeaa78e(v))) return false;
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
  const x2 = v["sortKey"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "created_at" || x2 === "updated_at" || x2 === "recency_at" || x2 === "section_position")) return false;
    }
  }
  const x3 = v["sortDirection"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "asc" || x3 === "desc")) return false;
    }
  }
  const x4 = v["modelProviders"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (typeof x6 !== "string") return false;
      }
    }
  }
  const x7 = v["sourceKinds"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Array.isArray(x7)) return false;
      for (let i8 = 0; i8 < x7.length; i8++) {
        const x9 = x7[i8];
        if (typeof x9 !== "string") return false;
        if (!(x9 === "cli" || x9 === "vscode" || x9 === "exec" || x9 === "appServer" || x9 === "subAgent" || x9 === "subAgentReview" || x9 === "subAgentCompact" || x9 === "subAgentThreadSpawn" || x9 === "subAgentOther" || x9 === "unknown")) return false;
      }
    }
  }
  const x10 = v["archived"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "boolean") return false;
    }
  }
  const x11 = v["cwd"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!d_v2$ThreadListCwdFilter(x11)) return false;
    }
  }
  const x12 = v["searchTerm"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
    }
  }
  const x13 = v["sectionId"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["includedThreadIds"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (!Array.isArray(x14)) return false;
      for (let i15 = 0; i15 < x14.length; i15++) {
        const x16 = x14[i15];
        if (typeof x16 !== "string") return false;
      }
    }
  }
  const x17 = v["excludedThreadIds"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (!Array.isArray(x17)) return false;
      for (let i18 = 0; i18 < x17.length; i18++) {
        const x19 = x17[i18];
        if (typeof x19 !== "string") return false;
      }
    }
  }
  const x20 = v["originators"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (!Array.isArray(x20)) return false;
      for (let i21 = 0; i21 < x20.length; i21++) {
        const x22 = x20[i21];
        if (typeof x22 !== "string") return false;
      }
    }
  }
  const x23 = v["currentAccountOnly"];
  if (x23 !== undefined) {
    if (typeof x23 !== "boolean") return false;
  }
  const x24 = v["useStateDbOnly"];
  if (x24 !== undefined) {
    if (typeof x24 !== "boolean") return false;
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
  const x4 = v["backwardsCursor"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = v["readStates"];
  if (x5 !== undefined) {
    if (typeof x5 !== "object" || x5 === null || Array.isArray(x5)) return false;
    for (const k6 in x5) {
      const x7 = x5[k6];
      if (!d_v2$ThreadReadState(x7)) return false;
    }
  }
  return true;
}

function d_v2$ThreadReadState(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["firstUnread"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_v2$ThreadUnreadPosition(x0)) return false;
    }
  }
  const x1 = v["revision"];
  if (typeof x1 !== "string") return false;
  return true;
}

function d_v2$ThreadResumeParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["model"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["modelProvider"];
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
      if (!d_v2$AskForApproval(x4)) return false;
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
  const x11 = v["approvalsReviewer"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
      if (!(x11 === "user" || x11 === "auto_review" || x11 === "guardian_subagent")) return false;
    }
  }
  const x12 = v["personality"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
      if (!(x12 === "none" || x12 === "friendly" || x12 === "pragmatic")) return false;
    }
  }
  const x13 = v["serviceTier"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["excludeTurns"];
  if (x14 !== undefined) {
    if (typeof x14 !== "boolean") return false;
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
  const x3 = v["serviceTier"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["disabledPluginIds"];
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) return false;
    for (let i5 = 0; i5 < x4.length; i5++) {
      const x6 = x4[i5];
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["cwd"];
  if (typeof x7 !== "string") return false;
  const x8 = v["runtimeWorkspaceRoots"];
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) return false;
    for (let i9 = 0; i9 < x8.length; i9++) {
      const x10 = x8[i9];
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["instructionSources"];
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) return false;
    for (let i12 = 0; i12 < x11.length; i12++) {
      const x13 = x11[i12];
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["approvalPolicy"];
  if (x14 === undefined) return false;
  if (!d_v2$AskForApproval(x14)) return false;
  const x15 = v["approvalsReviewer"];
  if (typeof x15 !== "string") return false;
  if (!(x15 === "user" || x15 === "auto_review" || x15 === "guardian_subagent")) return false;
  const x16 = v["sandbox"];
  if (x16 === undefined) return false;
  if (!d_v2$SandboxPolicy(x16)) return false;
  const x17 = v["activePermissionProfile"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (!d_v2$ActivePermissionProfile(x17)) return false;
    }
  }
  const x18 = v["reasoningEffort"];
  if (x18 !== undefined) {
    if (x18 !== null) {
      if (typeof x18 !== "string") return false;
      if (x18.length === 0) return false;
    }
  }
  const x19 = v["multiAgentMode"];
  if (x19 !== undefined) {
    if (!d_v2$MultiAgentMode(x19)) return false;
  }
  const x20 = v["collaborationMode"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (!d_v2$CollaborationMode(x20)) return false;
    }
  }
  const x21 = v["initialTurnsPage"];
  if (x21 !== undefined) {
    if (x21 !== null) {
      if (!d_v2$TurnsPage(x21)) return false;
    }
  }
  const x22 = v["turnsBackwardsCursor"];
  if (x22 !== undefined) {
    if (x22 !== null) {
      if (typeof x22 !== "string") return false;
    }
  }
  const x23 = v["itemsBackwardsCursor"];
  if (x23 !== undefined) {
    if (x23 !== null) {
      if (typeof x23 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ThreadSection(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["appearance"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$ThreadSectionAppearance(x2)) return false;
    }
  }
  return true;
}

function d_v2$ThreadSectionAppearance(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["color"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["icon"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function d_v2$ThreadSortKey(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "created_at" || v === "updated_at" || v === "recency_at" || v === "section_position")) return false;
  return true;
}

function d_v2$ThreadSource(v: any): boolean {
  if (typeof v !== "string") return false;
  return true;
}

function d_v2$ThreadSourceKind(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "cli" || v === "vscode" || v === "exec" || v === "appServer" || v === "subAgent" || v === "subAgentReview" || v === "subAgentCompact" || v === "subAgentThreadSpawn" || v === "subAgentOther" || v === "unknown")) return false;
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
      if (!d_v2$AskForApproval(x3)) return false;
    }
  }
  const x4 = v["sandbox"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
      if (!(x4 === "read-only" || x4 === "workspace-write" || x4 === "danger-full-access")) return false;
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
  const x10 = v["approvalsReviewer"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
      if (!(x10 === "user" || x10 === "auto_review" || x10 === "guardian_subagent")) return false;
    }
  }
  const x11 = v["personality"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
      if (!(x11 === "none" || x11 === "friendly" || x11 === "pragmatic")) return false;
    }
  }
  const x12 = v["serviceTier"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
    }
  }
  const x13 = v["ephemeral"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "boolean") return false;
    }
  }
  const x14 = v["sessionStartSource"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (typeof x14 !== "string") return false;
      if (!(x14 === "startup" || x14 === "clear")) return false;
    }
  }
  const x15 = v["threadSource"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (typeof x15 !== "string") return false;
    }
  }
  const x16 = v["serviceName"];
  if (x16 !== undefined) {
    if (x16 !== null) {
      if (typeof x16 !== "string") return false;
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
  const x3 = v["serviceTier"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["disabledPluginIds"];
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) return false;
    for (let i5 = 0; i5 < x4.length; i5++) {
      const x6 = x4[i5];
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["cwd"];
  if (typeof x7 !== "string") return false;
  const x8 = v["runtimeWorkspaceRoots"];
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) return false;
    for (let i9 = 0; i9 < x8.length; i9++) {
      const x10 = x8[i9];
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["instructionSources"];
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) return false;
    for (let i12 = 0; i12 < x11.length; i12++) {
      const x13 = x11[i12];
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["approvalPolicy"];
  if (x14 === undefined) return false;
  if (!d_v2$AskForApproval(x14)) return false;
  const x15 = v["approvalsReviewer"];
  if (typeof x15 !== "string") return false;
  if (!(x15 === "user" || x15 === "auto_review" || x15 === "guardian_subagent")) return false;
  const x16 = v["sandbox"];
  if (x16 === undefined) return false;
  if (!d_v2$SandboxPolicy(x16)) return false;
  const x17 = v["activePermissionProfile"];
  if (x17 !== undefined) {
    if (x17 !== null) {
      if (!d_v2$ActivePermissionProfile(x17)) return false;
    }
  }
  const x18 = v["reasoningEffort"];
  if (x18 !== undefined) {
    if (x18 !== null) {
      if (typeof x18 !== "string") return false;
      if (x18.length === 0) return false;
    }
  }
  const x19 = v["multiAgentMode"];
  if (x19 !== undefined) {
    if (!d_v2$MultiAgentMode(x19)) return false;
  }
  return true;
}

function d_v2$ThreadStartSource(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "startup" || v === "clear")) return false;
  return true;
}

function d_v2$ThreadStartedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread"];
  if (x0 === undefined) return false;
  if (!d_v2$Thread(x0)) return false;
  return true;
}

function d_v2$ThreadStatus(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "notLoaded":
      if (!h_7c228b1c(v)) return false;
      break;
    case "idle":
      if (!h_a5b70e31(v)) return false;
      break;
    case "systemError":
      if (!h_1a45e4d9(v)) return false;
      break;
    case "active":
      if (!h_035cebe8(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$ThreadStatusChangedNotification(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["status"];
  if (x1 === undefined) return false;
  if (!d_v2$ThreadStatus(x1)) return false;
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

function d_v2$ThreadUnreadPosition(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "threadStart":
      if (!h_6aada797(v)) return false;
      break;
    case "turn":
      if (!h_94ef1c98(v)) return false;
      break;
    default:
      return false;
  }
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
  const x3 = v["cacheWriteInputTokens"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  const x4 = v["outputTokens"];
  if (!Number.isInteger(x4)) return false;
  const x5 = v["reasoningOutputTokens"];
  if (!Number.isInteger(x5)) return false;
  return true;
}

function d_v2$ToolsV2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["web_search"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!d_v2$WebSearchToolConfig(x0)) return false;
    }
  }
  return true;
}

function d_v2$TrustedContacts(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "check" || v === "skip")) return false;
  return true;
}

function d_v2$Turn(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["id"];
  if (typeof x0 !== "string") return false;
  const x1 = v["rootTurnId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["items"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$ThreadItem(x4)) return false;
  }
  const x5 = v["itemsView"];
  if (x5 !== undefined) {
    if (typeof x5 !== "string") return false;
    if (!(x5 === "notLoaded" || x5 === "summary" || x5 === "full")) return false;
  }
  const x6 = v["status"];
  if (typeof x6 !== "string") return false;
  if (!(x6 === "completed" || x6 === "interrupted" || x6 === "failed" || x6 === "inProgress")) return false;
  const x7 = v["error"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!d_v2$TurnError(x7)) return false;
    }
  }
  const x8 = v["startedAt"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!Number.isInteger(x8)) return false;
    }
  }
  const x9 = v["completedAt"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!Number.isInteger(x9)) return false;
    }
  }
  const x10 = v["durationMs"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!Number.isInteger(x10)) return false;
    }
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
  const x2 = v["additionalDetails"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["misalignment"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$MisalignmentErrorDetails(x3)) return false;
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

function d_v2$TurnItemsView(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "notLoaded" || v === "summary" || v === "full")) return false;
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
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["explanation"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["plan"];
  if (!Array.isArray(x3)) return false;
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5 = x3[i4];
    if (!d_v2$TurnPlanStep(x5)) return false;
  }
  return true;
}

function d_v2$TurnStartParams(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["threadId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["clientUserMessageId"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["input"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$UserInput(x4)) return false;
  }
  const x5 = v["cwd"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["approvalPolicy"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!d_v2$AskForApproval(x6)) return false;
    }
  }
  const x7 = v["approvalsReviewer"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "string") return false;
      if (!(x7 === "user" || x7 === "auto_review" || x7 === "guardian_subagent")) return false;
    }
  }
  const x8 = v["sandboxPolicy"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!d_v2$SandboxPolicy(x8)) return false;
    }
  }
  const x9 = v["model"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["serviceTier"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
    }
  }
  const x11 = v["serviceTierForTurn"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
    }
  }
  const x12 = v["effort"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
      if (x12.length === 0) return false;
    }
  }
  const x13 = v["summary"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
      if (!(x13 === "auto" || x13 === "concise" || x13 === "detailed" || x13 === "none")) return false;
    }
  }
  const x14 = v["personality"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (typeof x14 !== "string") return false;
      if (!(x14 === "none" || x14 === "friendly" || x14 === "pragmatic")) return false;
    }
  }
  const x15 = v["outputSchema"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!d_JsonValue(x15)) return false;
    }
  }
  const x16 = v["disabledPluginIds"];
  if (x16 !== undefined) {
    if (x16 !== null) {
      if (!Array.isArray(x16)) return false;
      for (let i17 = 0; i17 < x16.length; i17++) {
        const x18 = x16[i17];
        if (typeof x18 !== "string") return false;
      }
    }
  }
  const x19 = v["toolOutput"];
  if (x19 !== undefined) {
    if (x19 !== null) {
      if (!d_v2$TurnToolOutput(x19)) return false;
    }
  }
  const x20 = v["parentTurnId"];
  if (x20 !== undefined) {
    if (x20 !== null) {
      if (typeof x20 !== "string") return false;
    }
  }
  const x21 = v["rootTurnId"];
  if (x21 !== undefined) {
    if (x21 !== null) {
      if (typeof x21 !== "string") return false;
    }
  }
  const x22 = v["turnTrigger"];
  if (x22 !== undefined) {
    if (x22 !== null) {
      if (typeof x22 !== "string") return false;
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

function d_v2$TurnStatus(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "completed" || v === "interrupted" || v === "failed" || v === "inProgress")) return false;
  return true;
}

function d_v2$TurnToolOutput(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["name"];
  if (typeof x0 !== "string") return false;
  const x1 = v["namespace"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["output"];
  if (x2 === undefined) return false;
  if (!d_v2$FunctionCallOutputBody(x2)) return false;
  const x3 = v["retain"];
  if (x3 !== undefined) {
    if (typeof x3 !== "boolean") return false;
  }
  return true;
}

function d_v2$TurnsPage(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["data"];
  if (!Array.isArray(x0)) return false;
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2 = x0[i1];
    if (!d_v2$Turn(x2)) return false;
  }
  const x3 = v["nextCursor"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["backwardsCursor"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  return true;
}

function d_v2$UserInput(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "text":
      if (!h_e41ec9c3(v)) return false;
      break;
    case "image":
      if (!h_752d4b1c(v)) return false;
      break;
    case "localImage":
      if (!h_fe2f26b7(v)) return false;
      break;
    case "audio":
      if (!h_903514a0(v)) return false;
      break;
    case "localAudio":
      if (!h_67bb5311(v)) return false;
      break;
    case "skill":
      if (!h_c041a62e(v)) return false;
      break;
    case "mention":
      if (!h_bbc0fe3e(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$WebSearchAction(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  switch (v["type"]) {
    case "search":
      if (!h_4f35ed4c(v)) return false;
      break;
    case "openPage":
      if (!h_e6d6d02b(v)) return false;
      break;
    case "findInPage":
      if (!h_661bb88c(v)) return false;
      break;
    case "other":
      if (!h_82d4d3da(v)) return false;
      break;
    default:
      return false;
  }
  return true;
}

function d_v2$WebSearchContextSize(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "low" || v === "medium" || v === "high")) return false;
  return true;
}

function d_v2$WebSearchLocation(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["city"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (typeof x0 !== "string") return false;
    }
  }
  const x1 = v["country"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["region"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  const x3 = v["timezone"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function d_v2$WebSearchMode(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "disabled" || v === "cached" || v === "indexed" || v === "live")) return false;
  return true;
}

function d_v2$WebSearchProvider(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "standalone" || v === "search_mcp")) return false;
  return true;
}

function d_v2$WebSearchToolConfig(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["allowed_domains"];
  if (x0 !== undefined) {
    if (x0 !== null) {
      if (!Array.isArray(x0)) return false;
      for (let i1 = 0; i1 < x0.length; i1++) {
        const x2 = x0[i1];
        if (typeof x2 !== "string") return false;
      }
    }
  }
  const x3 = v["context_size"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "low" || x3 === "medium" || x3 === "high")) return false;
    }
  }
  const x4 = v["location"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_v2$WebSearchLocation(x4)) return false;
    }
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

function d_v2$WorkspaceRouting(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["chatgptAccountId"];
  if (typeof x0 !== "string") return false;
  const x1 = v["backendOrigin"];
  if (typeof x1 !== "string") return false;
  const x2 = v["accountRoutingOverride"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "NO_CONSTRAINT" || x2 === "us" || x2 === "us_cr")) return false;
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

function h_bc20d26a(v: any): boolean {
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
    if (x3 !== null) {
      if (!d_v2$GetAccountRateLimitsParams(x3)) return false;
    }
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

function h_992f2c38(v: any): boolean {
  if (typeof v !== "string") return false;
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

function h_90af802b(v: any): boolean {
  if (!Number.isInteger(v)) return false;
  if (v < -9007199254740991) return false;
  if (v > 9007199254740991) return false;
  return true;
}

function h_fc9224b1(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "approved" || v === "approved_for_session" || v === "approved_mcp_policy_amendment" || v === "timed_out" || v === "abort")) return false;
  return true;
}

function h_743e923a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["approved_execpolicy_amendment"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["proposed_execpolicy_amendment"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  for (const k4 in v) {
    if (!(k4 === "approved_execpolicy_amendment")) return false;
  }
  return true;
}

function h_fcc47b16(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["network_policy_amendment"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["network_policy_amendment"];
  if (x1 === undefined) return false;
  if (!d_NetworkPolicyAmendment(x1)) return false;
  for (const k2 in v) {
    if (!(k2 === "network_policy_amendment")) return false;
  }
  return true;
}

function h_65be9de5(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["denied"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["rejection"];
  if (typeof x1 !== "string") return false;
  for (const k2 in v) {
    if (!(k2 === "denied")) return false;
  }
  return true;
}

function h_1ed0cf8c(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_5be1e958(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_2e5a1b13(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/status/changed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadStatusChangedNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_678ef6c6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/goal/cleared") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadGoalClearedNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_712e272b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "thread/archived") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ThreadArchivedNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_392d7c3a(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_1ef31591(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_3f34b12b(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_db222983(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_8a7711bb(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_e23ffb08(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_f7bc5f9b(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_c96b99a3(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_570bfc09(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_d653ae19(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_56605b2e(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_74c4499e(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_00013141(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_b86f376a(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_4bc96630(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_c980af2e(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_02f994e3(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_7913c024(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_32d05aae(v: any): boolean {
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
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_f0f37528(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "configWarning") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ConfigWarningNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_1903bcc2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "deprecationNotice") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$DeprecationNoticeNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_d34aeb0d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "remoteControl/status/changed") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$RemoteControlStatusChangedNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
  return true;
}

function h_a53c1ca2(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["jsonrpc"];
  if (x0 !== undefined) {
    if (x0 !== "2.0") return false;
  }
  const x1 = v["method"];
  if (x1 !== "serverRequest/resolved") return false;
  const x2 = v["params"];
  if (x2 === undefined) return false;
  if (!d_v2$ServerRequestResolvedNotification(x2)) return false;
  const x3 = v["emittedAtMs"];
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) return false;
  }
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

function h_1405af2b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "apiKey") return false;
  return true;
}

function h_6f8dc6b6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgpt") return false;
  const x1 = v["email"];
  if (x1 === undefined) return false;
  if (x1 !== null) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["planType"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "free" || x2 === "go" || x2 === "plus" || x2 === "pro" || x2 === "prolite" || x2 === "promax" || x2 === "team" || x2 === "self_serve_business_prolite" || x2 === "self_serve_business_usage_based" || x2 === "business" || x2 === "ent26" || x2 === "enterprise_cbp_automation" || x2 === "enterprise_cbp_usage_based" || x2 === "enterprise" || x2 === "edu" || x2 === "edu_plus" || x2 === "edu_pro" || x2 === "sci" || x2 === "sci_plus" || x2 === "unknown")) return false;
  const x3 = v["workspaceName"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function h_de3b1f0a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "amazonBedrock") return false;
  const x1 = v["usesCodexManagedCredentials"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  return true;
}

function h_5e34c069(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "gcp") return false;
  return true;
}

function h_fce27f87(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["mode"];
  if (x0 !== "show") return false;
  const x1 = v["version"];
  if (!Number.isInteger(x1)) return false;
  if (x1 !== 1) return false;
  const x2 = v["annotation"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!d_v2$AnswerAnnotation(x2)) return false;
    }
  }
  const x3 = v["trustedContacts"];
  if (typeof x3 !== "string") return false;
  if (!(x3 === "check" || x3 === "skip")) return false;
  return true;
}

function h_bf5ad698(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["mode"];
  if (x0 !== "hide") return false;
  const x1 = v["version"];
  if (!Number.isInteger(x1)) return false;
  if (x1 !== 1) return false;
  const x2 = v["replacement"];
  if (x2 === undefined) return false;
  if (!d_v2$AnswerReplacement(x2)) return false;
  return true;
}

function h_0b4b160e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["mode"];
  if (x0 !== "block") return false;
  const x1 = v["version"];
  if (!Number.isInteger(x1)) return false;
  if (x1 !== 1) return false;
  const x2 = v["reason"];
  if (x2 === undefined) return false;
  if (!d_v2$BlockReason(x2)) return false;
  return true;
}

function h_ec8d3834(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "untrusted" || v === "on-request" || v === "never")) return false;
  return true;
}

function h_3a101608(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["granular"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["sandbox_approval"];
  if (typeof x1 !== "boolean") return false;
  const x2 = x0["rules"];
  if (typeof x2 !== "boolean") return false;
  const x3 = x0["skill_approval"];
  if (x3 !== undefined) {
    if (typeof x3 !== "boolean") return false;
  }
  const x4 = x0["request_permissions"];
  if (x4 !== undefined) {
    if (typeof x4 !== "boolean") return false;
  }
  const x5 = x0["mcp_elicitations"];
  if (typeof x5 !== "boolean") return false;
  for (const k6 in v) {
    if (!(k6 === "granular")) return false;
  }
  return true;
}

function h_9dae3308(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["kind"];
  if (x0 !== "protection") return false;
  const x1 = v["protectionType"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_edbb6605(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["kind"];
  if (x0 !== "cyber") return false;
  const x1 = v["trustedAccess"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "boolean") return false;
    }
  }
  return true;
}

function h_cd7c78fd(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "contextWindowExceeded" || v === "sessionBudgetExceeded" || v === "usageLimitExceeded" || v === "rateLimitExceeded" || v === "flexUnavailable" || v === "serverOverloaded" || v === "modelNotFound" || v === "policyCapacityUnavailable" || v === "inferenceHookDenied" || v === "cyberPolicy" || v === "bioPolicy" || v === "misalignmentPolicyViolation" || v === "tooManyDenials" || v === "internalServerError" || v === "unauthorized" || v === "badRequest" || v === "threadRollbackFailed" || v === "sandboxError" || v === "other")) return false;
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

function h_091b831c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["activeTurnNotSteerable"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["turnKind"];
  if (typeof x1 !== "string") return false;
  if (!(x1 === "review" || x1 === "compact")) return false;
  for (const k2 in v) {
    if (!(k2 === "activeTurnNotSteerable")) return false;
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

function h_b2e2a532(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "accept" || v === "acceptForSession" || v === "decline" || v === "cancel")) return false;
  return true;
}

function h_c6fc07ba(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["acceptWithExecpolicyAmendment"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["execpolicy_amendment"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
  }
  for (const k4 in v) {
    if (!(k4 === "acceptWithExecpolicyAmendment")) return false;
  }
  return true;
}

function h_df9ff115(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["applyNetworkPolicyAmendment"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["network_policy_amendment"];
  if (x1 === undefined) return false;
  if (!d_NetworkPolicyAmendment(x1)) return false;
  for (const k2 in v) {
    if (!(k2 === "applyNetworkPolicyAmendment")) return false;
  }
  return true;
}

function h_2f525666(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "packagedDefaults") return false;
  const x1 = v["file"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_93e92592(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mdm") return false;
  const x1 = v["domain"];
  if (typeof x1 !== "string") return false;
  const x2 = v["key"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_cc77f481(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "system") return false;
  const x1 = v["file"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_d7c447c0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "enterpriseManaged") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_1f088882(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "user") return false;
  const x1 = v["file"];
  if (typeof x1 !== "string") return false;
  const x2 = v["profile"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
    }
  }
  return true;
}

function h_af0a872e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "project") return false;
  const x1 = v["dotCodexFolder"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_e1c94108(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "sessionFlags") return false;
  return true;
}

function h_0739492f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "legacyManagedConfigTomlFromFile") return false;
  const x1 = v["file"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_6083f680(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "legacyManagedConfigTomlFromMdm") return false;
  return true;
}

function h_241fa5c7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "inputText") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_bd566965(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "inputImage") return false;
  const x1 = v["imageUrl"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_4412206d(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "inputAudio") return false;
  const x1 = v["audioUrl"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_2eeaa78e(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i0 = 0; i0 < v.length; i0++) {
    const x1 = v[i0];
    if (typeof x1 !== "string") return false;
  }
  return true;
}

function h_6a6e5d13(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i0 = 0; i0 < v.length; i0++) {
    const x1 = v[i0];
    if (!d_v2$FunctionCallOutputContentItem(x1)) return false;
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

function h_469f6bd0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "input_image") return false;
  const x1 = v["image_url"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["file_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["detail"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "auto" || x3 === "low" || x3 === "high" || x3 === "original")) return false;
    }
  }
  return true;
}

function h_60bf38ef(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "input_audio") return false;
  const x1 = v["audio_url"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["file_id"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  return true;
}

function h_f63e97be(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "encrypted_content") return false;
  const x1 = v["encrypted_content"];
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

function h_ce79b3ed(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgpt") return false;
  const x1 = v["codexStreamlinedLogin"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  const x2 = v["useHostedLoginSuccessPage"];
  if (x2 !== undefined) {
    if (typeof x2 !== "boolean") return false;
  }
  const x3 = v["appBrand"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "codex" || x3 === "chatgpt")) return false;
    }
  }
  return true;
}

function h_c10faa13(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgptDeviceCode") return false;
  return true;
}

function h_a6c84d4b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgptAuthTokens") return false;
  const x1 = v["accessToken"];
  if (typeof x1 !== "string") return false;
  const x2 = v["chatgptAccountId"];
  if (typeof x2 !== "string") return false;
  const x3 = v["chatgptPlanType"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  return true;
}

function h_6dc24315(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "amazonBedrock") return false;
  const x1 = v["apiKey"];
  if (typeof x1 !== "string") return false;
  const x2 = v["region"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_9768f2de(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "amazonBedrockAccessKeys") return false;
  const x1 = v["accessKeyId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["secretAccessKey"];
  if (typeof x2 !== "string") return false;
  const x3 = v["sessionToken"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["region"];
  if (typeof x4 !== "string") return false;
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

function h_55a5ff4f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgptDeviceCode") return false;
  const x1 = v["loginId"];
  if (typeof x1 !== "string") return false;
  const x2 = v["verificationUrl"];
  if (typeof x2 !== "string") return false;
  const x3 = v["userCode"];
  if (typeof x3 !== "string") return false;
  return true;
}

function h_c67018e0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "chatgptAuthTokens") return false;
  return true;
}

function h_0b1590fa(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "amazonBedrock") return false;
  return true;
}

function h_b277e20a(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "explicitRequestOnly" || v === "proactive")) return false;
  return true;
}

function h_208485f3(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["custom"];
  if (typeof x0 !== "string") return false;
  for (const k1 in v) {
    if (!(k1 === "custom")) return false;
  }
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

function h_d8c27f66(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "readOnly") return false;
  const x1 = v["networkAccess"];
  if (x1 !== undefined) {
    if (typeof x1 !== "boolean") return false;
  }
  return true;
}

function h_05a4552a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "externalSandbox") return false;
  const x1 = v["networkAccess"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
    if (!(x1 === "restricted" || x1 === "enabled")) return false;
  }
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

function h_af353d77(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "cli" || v === "vscode" || v === "exec" || v === "appServer" || v === "unknown")) return false;
  return true;
}

function h_9b14612f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["subAgent"];
  if (x0 === undefined) return false;
  if (!d_v2$SubAgentSource(x0)) return false;
  for (const k1 in v) {
    if (!(k1 === "subAgent")) return false;
  }
  return true;
}

function h_3270413b(v: any): boolean {
  if (typeof v !== "string") return false;
  if (!(v === "review" || v === "compact" || v === "memory_consolidation")) return false;
  return true;
}

function h_0bbb1b5f(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["thread_spawn"];
  if (typeof x0 !== "object" || x0 === null || Array.isArray(x0)) return false;
  const x1 = x0["parent_thread_id"];
  if (typeof x1 !== "string") return false;
  const x2 = x0["depth"];
  if (!Number.isInteger(x2)) return false;
  if (x2 < -2147483648) return false;
  if (x2 > 2147483647) return false;
  const x3 = x0["agent_path"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = x0["agent_nickname"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (typeof x4 !== "string") return false;
    }
  }
  const x5 = x0["agent_role"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  for (const k6 in v) {
    if (!(k6 === "thread_spawn")) return false;
  }
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

function h_ae48582b(v: any): boolean {
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
  const x5 = v["clientId"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["startedAtMs"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  const x7 = v["completedAtMs"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Number.isInteger(x7)) return false;
    }
  }
  return true;
}

function h_0b15a0cf(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "hookPrompt") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["fragments"];
  if (!Array.isArray(x2)) return false;
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4 = x2[i3];
    if (!d_v2$HookPromptFragment(x4)) return false;
  }
  const x5 = v["startedAtMs"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Number.isInteger(x5)) return false;
    }
  }
  const x6 = v["completedAtMs"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  return true;
}

function h_88616d15(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "agentMessage") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["text"];
  if (typeof x2 !== "string") return false;
  const x3 = v["phase"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "commentary" || x3 === "partial_answer" || x3 === "final_answer")) return false;
    }
  }
  const x4 = v["memoryCitation"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!d_v2$MemoryCitation(x4)) return false;
    }
  }
  const x5 = v["delivery"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
      if (!(x5 === "async")) return false;
    }
  }
  const x6 = v["questions"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Array.isArray(x6)) return false;
      for (let i7 = 0; i7 < x6.length; i7++) {
        const x8 = x6[i7];
        if (!d_v2$AsyncUserInputQuestion(x8)) return false;
      }
    }
  }
  const x9 = v["moderation"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!d_v2$AgentMessageModeration(x9)) return false;
    }
  }
  const x10 = v["startedAtMs"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!Number.isInteger(x10)) return false;
    }
  }
  const x11 = v["completedAtMs"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!Number.isInteger(x11)) return false;
    }
  }
  return true;
}

function h_5140c29e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "functionCallOutput") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["name"];
  if (typeof x2 !== "string") return false;
  const x3 = v["namespace"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["output"];
  if (x4 === undefined) return false;
  if (!d_v2$FunctionCallOutputBody(x4)) return false;
  const x5 = v["startedAtMs"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (!Number.isInteger(x5)) return false;
    }
  }
  const x6 = v["completedAtMs"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  return true;
}

function h_afe15a80(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "plan") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["text"];
  if (typeof x2 !== "string") return false;
  const x3 = v["startedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["completedAtMs"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function h_12e6ddff(v: any): boolean {
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
  const x8 = v["startedAtMs"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!Number.isInteger(x8)) return false;
    }
  }
  const x9 = v["completedAtMs"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!Number.isInteger(x9)) return false;
    }
  }
  return true;
}

function h_7a785e6b(v: any): boolean {
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
  const x12 = v["source"];
  if (x12 !== undefined) {
    if (typeof x12 !== "string") return false;
    if (!(x12 === "agent" || x12 === "userShell" || x12 === "unifiedExecStartup" || x12 === "unifiedExecInteraction")) return false;
  }
  const x13 = v["pluginId"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "string") return false;
    }
  }
  const x14 = v["scriptPath"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (typeof x14 !== "string") return false;
    }
  }
  const x15 = v["startedAtMs"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!Number.isInteger(x15)) return false;
    }
  }
  const x16 = v["completedAtMs"];
  if (x16 !== undefined) {
    if (x16 !== null) {
      if (!Number.isInteger(x16)) return false;
    }
  }
  return true;
}

function h_510c446d(v: any): boolean {
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
  const x6 = v["startedAtMs"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Number.isInteger(x6)) return false;
    }
  }
  const x7 = v["completedAtMs"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Number.isInteger(x7)) return false;
    }
  }
  return true;
}

function h_254d4fdb(v: any): boolean {
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
  const x8 = v["environmentId"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  const x9 = v["appContext"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (!d_v2$McpToolCallAppContext(x9)) return false;
    }
  }
  const x10 = v["mcpAppUi"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!d_v2$McpAppUi(x10)) return false;
    }
  }
  const x11 = v["mcpAppResourceUri"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (typeof x11 !== "string") return false;
    }
  }
  const x12 = v["pluginId"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
    }
  }
  const x13 = v["readOnlyHint"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (typeof x13 !== "boolean") return false;
    }
  }
  const x14 = v["durationMs"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (!Number.isInteger(x14)) return false;
    }
  }
  const x15 = v["startedAtMs"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!Number.isInteger(x15)) return false;
    }
  }
  const x16 = v["completedAtMs"];
  if (x16 !== undefined) {
    if (x16 !== null) {
      if (!Number.isInteger(x16)) return false;
    }
  }
  return true;
}

function h_d20f0692(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "dynamicToolCall") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["tool"];
  if (typeof x2 !== "string") return false;
  const x3 = v["namespace"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["arguments"];
  if (x4 === undefined) return false;
  if (!d_JsonValue(x4)) return false;
  const x5 = v["status"];
  if (typeof x5 !== "string") return false;
  if (!(x5 === "inProgress" || x5 === "completed" || x5 === "failed")) return false;
  const x6 = v["contentItems"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (!Array.isArray(x6)) return false;
      for (let i7 = 0; i7 < x6.length; i7++) {
        const x8 = x6[i7];
        if (!d_v2$DynamicToolCallOutputContentItem(x8)) return false;
      }
    }
  }
  const x9 = v["success"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "boolean") return false;
    }
  }
  const x10 = v["durationMs"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (!Number.isInteger(x10)) return false;
    }
  }
  const x11 = v["startedAtMs"];
  if (x11 !== undefined) {
    if (x11 !== null) {
      if (!Number.isInteger(x11)) return false;
    }
  }
  const x12 = v["completedAtMs"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (!Number.isInteger(x12)) return false;
    }
  }
  return true;
}

function h_6e499fee(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "collabAgentToolCall") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["tool"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "spawnAgent" || x2 === "sendInput" || x2 === "resumeAgent" || x2 === "wait" || x2 === "closeAgent" || x2 === "sendMessage" || x2 === "followupTask" || x2 === "interruptAgent" || x2 === "listAgents")) return false;
  const x3 = v["status"];
  if (typeof x3 !== "string") return false;
  if (!(x3 === "inProgress" || x3 === "completed" || x3 === "failed" || x3 === "interrupted")) return false;
  const x4 = v["senderThreadId"];
  if (typeof x4 !== "string") return false;
  const x5 = v["receiverThreadIds"];
  if (!Array.isArray(x5)) return false;
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7 = x5[i6];
    if (typeof x7 !== "string") return false;
  }
  const x8 = v["prompt"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (typeof x8 !== "string") return false;
    }
  }
  const x9 = v["model"];
  if (x9 !== undefined) {
    if (x9 !== null) {
      if (typeof x9 !== "string") return false;
    }
  }
  const x10 = v["reasoningEffort"];
  if (x10 !== undefined) {
    if (x10 !== null) {
      if (typeof x10 !== "string") return false;
      if (x10.length === 0) return false;
    }
  }
  const x11 = v["agentsStates"];
  if (typeof x11 !== "object" || x11 === null || Array.isArray(x11)) return false;
  for (const k12 in x11) {
    const x13 = x11[k12];
    if (!d_v2$CollabAgentState(x13)) return false;
  }
  const x14 = v["startedAtMs"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (!Number.isInteger(x14)) return false;
    }
  }
  const x15 = v["completedAtMs"];
  if (x15 !== undefined) {
    if (x15 !== null) {
      if (!Number.isInteger(x15)) return false;
    }
  }
  return true;
}

function h_9e6a53dc(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "subAgentActivity") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["kind"];
  if (typeof x2 !== "string") return false;
  if (!(x2 === "started" || x2 === "interacted" || x2 === "interrupted" || x2 === "completed")) return false;
  const x3 = v["agentThreadId"];
  if (typeof x3 !== "string") return false;
  const x4 = v["agentPath"];
  if (typeof x4 !== "string") return false;
  const x5 = v["model"];
  if (x5 !== undefined) {
    if (x5 !== null) {
      if (typeof x5 !== "string") return false;
    }
  }
  const x6 = v["reasoningEffort"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
      if (x6.length === 0) return false;
    }
  }
  const x7 = v["startedAtMs"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Number.isInteger(x7)) return false;
    }
  }
  const x8 = v["completedAtMs"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!Number.isInteger(x8)) return false;
    }
  }
  return true;
}

function h_2398604a(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "webSearch") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["query"];
  if (typeof x2 !== "string") return false;
  const x3 = v["action"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!d_v2$WebSearchAction(x3)) return false;
    }
  }
  const x4 = v["results"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Array.isArray(x4)) return false;
      for (let i5 = 0; i5 < x4.length; i5++) {
        const x6 = x4[i5];
        if (!d_JsonValue(x6)) return false;
      }
    }
  }
  const x7 = v["startedAtMs"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (!Number.isInteger(x7)) return false;
    }
  }
  const x8 = v["completedAtMs"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!Number.isInteger(x8)) return false;
    }
  }
  return true;
}

function h_794845a0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "imageView") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (typeof x2 !== "string") return false;
  const x3 = v["startedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["completedAtMs"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function h_5119b3b6(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "sleep") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["durationMs"];
  if (!Number.isInteger(x2)) return false;
  if (x2 < 0) return false;
  const x3 = v["startedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["completedAtMs"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function h_ee1909fd(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "imageGeneration") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["status"];
  if (typeof x2 !== "string") return false;
  const x3 = v["revisedPrompt"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
    }
  }
  const x4 = v["result"];
  if (x4 !== undefined) {
    if (typeof x4 !== "string") return false;
  }
  const x5 = v["fileId"];
  if (x5 !== undefined) {
    if (typeof x5 !== "string") return false;
  }
  const x6 = v["savedPath"];
  if (x6 !== undefined) {
    if (x6 !== null) {
      if (typeof x6 !== "string") return false;
    }
  }
  const x7 = v["transparentBackground"];
  if (x7 !== undefined) {
    if (x7 !== null) {
      if (typeof x7 !== "boolean") return false;
    }
  }
  const x8 = v["failure"];
  if (x8 !== undefined) {
    if (x8 !== null) {
      if (!d_v2$ImageGenerationFailure(x8)) return false;
    }
  }
  const x9 = v["inputImages"];
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) return false;
    for (let i10 = 0; i10 < x9.length; i10++) {
      const x11 = x9[i10];
      if (!d_v2$ImageGenerationInputImage(x11)) return false;
    }
  }
  const x12 = v["generationId"];
  if (x12 !== undefined) {
    if (x12 !== null) {
      if (typeof x12 !== "string") return false;
    }
  }
  const x13 = v["startedAtMs"];
  if (x13 !== undefined) {
    if (x13 !== null) {
      if (!Number.isInteger(x13)) return false;
    }
  }
  const x14 = v["completedAtMs"];
  if (x14 !== undefined) {
    if (x14 !== null) {
      if (!Number.isInteger(x14)) return false;
    }
  }
  return true;
}

function h_79249b41(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "enteredReviewMode") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["review"];
  if (typeof x2 !== "string") return false;
  const x3 = v["startedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["completedAtMs"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function h_f98ed983(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "exitedReviewMode") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["review"];
  if (typeof x2 !== "string") return false;
  const x3 = v["startedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  const x4 = v["completedAtMs"];
  if (x4 !== undefined) {
    if (x4 !== null) {
      if (!Number.isInteger(x4)) return false;
    }
  }
  return true;
}

function h_adf06428(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "contextCompaction") return false;
  const x1 = v["id"];
  if (typeof x1 !== "string") return false;
  const x2 = v["startedAtMs"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (!Number.isInteger(x2)) return false;
    }
  }
  const x3 = v["completedAtMs"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (!Number.isInteger(x3)) return false;
    }
  }
  return true;
}

function h_7c228b1c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "notLoaded") return false;
  return true;
}

function h_a5b70e31(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "idle") return false;
  return true;
}

function h_1a45e4d9(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "systemError") return false;
  return true;
}

function h_035cebe8(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "active") return false;
  const x1 = v["activeFlags"];
  if (!Array.isArray(x1)) return false;
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3 = x1[i2];
    if (typeof x3 !== "string") return false;
    if (!(x3 === "waitingOnApproval" || x3 === "waitingOnUserInput")) return false;
  }
  return true;
}

function h_6aada797(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "threadStart") return false;
  return true;
}

function h_94ef1c98(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "turn") return false;
  const x1 = v["turnId"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_e41ec9c3(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "text") return false;
  const x1 = v["text"];
  if (typeof x1 !== "string") return false;
  const x2 = v["text_elements"];
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) return false;
    for (let i3 = 0; i3 < x2.length; i3++) {
      const x4 = x2[i3];
      if (!d_v2$TextElement(x4)) return false;
    }
  }
  return true;
}

function h_752d4b1c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "image") return false;
  const x1 = v["url"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["fileId"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  const x3 = v["detail"];
  if (x3 !== undefined) {
    if (x3 !== null) {
      if (typeof x3 !== "string") return false;
      if (!(x3 === "auto" || x3 === "low" || x3 === "high" || x3 === "original")) return false;
    }
  }
  return true;
}

function h_fe2f26b7(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "localImage") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  const x2 = v["detail"];
  if (x2 !== undefined) {
    if (x2 !== null) {
      if (typeof x2 !== "string") return false;
      if (!(x2 === "auto" || x2 === "low" || x2 === "high" || x2 === "original")) return false;
    }
  }
  return true;
}

function h_903514a0(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "audio") return false;
  const x1 = v["url"];
  if (x1 !== undefined) {
    if (typeof x1 !== "string") return false;
  }
  const x2 = v["fileId"];
  if (x2 !== undefined) {
    if (typeof x2 !== "string") return false;
  }
  return true;
}

function h_67bb5311(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "localAudio") return false;
  const x1 = v["path"];
  if (typeof x1 !== "string") return false;
  return true;
}

function h_c041a62e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "skill") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_bbc0fe3e(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "mention") return false;
  const x1 = v["name"];
  if (typeof x1 !== "string") return false;
  const x2 = v["path"];
  if (typeof x2 !== "string") return false;
  return true;
}

function h_4f35ed4c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "search") return false;
  const x1 = v["query"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  const x2 = v["queries"];
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

function h_e6d6d02b(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "openPage") return false;
  const x1 = v["url"];
  if (x1 !== undefined) {
    if (x1 !== null) {
      if (typeof x1 !== "string") return false;
    }
  }
  return true;
}

function h_661bb88c(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "findInPage") return false;
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

function h_82d4d3da(v: any): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const x0 = v["type"];
  if (x0 !== "other") return false;
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
  const x1 = v["emittedAtMs"];
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) return false;
  }
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
      if (m === "account/rateLimits/read") return (p === undefined || p === null || d_v2$GetAccountRateLimitsParams(p)) ? 16 : -2;
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
    return 36;
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
    return 37;
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
    return 38;
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
    return 42;
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
    return 44;
  }
  switch (m.length) {
    case 5:
      if (m === "error") return p !== undefined && d_v2$ErrorNotification(p) ? 24 : -2;
      return -1;
    case 12:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "item/started") return p !== undefined && d_v2$ItemStartedNotification(p) ? 34 : -2; return -1;
        case 116: if (m === "turn/started") return p !== undefined && d_v2$TurnStartedNotification(p) ? 30 : -2; return -1;
      }
      return -1;
    case 13:
      if (m === "configWarning") return p !== undefined && d_v2$ConfigWarningNotification(p) ? 48 : -2;
      return -1;
    case 14:
      switch (m.charCodeAt(1)) {
        case 104: if (m === "thread/started") return p !== undefined && d_v2$ThreadStartedNotification(p) ? 25 : -2; return -1;
        case 116: if (m === "item/completed") return p !== undefined && d_v2$ItemCompletedNotification(p) ? 35 : -2; return -1;
        case 117: if (m === "turn/completed") return p !== undefined && d_v2$TurnCompletedNotification(p) ? 31 : -2; return -1;
      }
      return -1;
    case 15:
      switch (m.charCodeAt(0)) {
        case 97: if (m === "account/updated") return p !== undefined && d_v2$AccountUpdatedNotification(p) ? 40 : -2; return -1;
        case 116: if (m === "thread/archived") return p !== undefined && d_v2$ThreadArchivedNotification(p) ? 28 : -2; return -1;
      }
      return -1;
    case 16:
      if (m === "thread/compacted") return p !== undefined && d_v2$ContextCompactedNotification(p) ? 45 : -2;
      return -1;
    case 17:
      switch (m.charCodeAt(5)) {
        case 99: if (m === "deprecationNotice") return p !== undefined && d_v2$DeprecationNoticeNotification(p) ? 49 : -2; return -1;
        case 100: if (m === "turn/diff/updated") return p !== undefined && d_v2$TurnDiffUpdatedNotification(p) ? 32 : -2; return -1;
        case 112: if (m === "turn/plan/updated") return p !== undefined && d_v2$TurnPlanUpdatedNotification(p) ? 33 : -2; return -1;
      }
      return -1;
    case 18:
      if (m === "applyPatchApproval") return p !== undefined && d_ApplyPatchApprovalParams(p) ? 2 : -2;
      return -1;
    case 19:
      switch (m.charCodeAt(0)) {
        case 101: if (m === "execCommandApproval") return p !== undefined && d_ExecCommandApprovalParams(p) ? 3 : -2; return -1;
        case 116: if (m === "thread/goal/cleared") return p !== undefined && d_v2$ThreadGoalClearedNotification(p) ? 27 : -2; return -1;
      }
      return -1;
    case 21:
      if (m === "thread/status/changed") return p !== undefined && d_v2$ThreadStatusChangedNotification(p) ? 26 : -2;
      return -1;
    case 22:
      if (m === "serverRequest/resolved") return p !== undefined && d_v2$ServerRequestResolvedNotification(p) ? 51 : -2;
      return -1;
    case 23:
      if (m === "account/login/completed") return p !== undefined && d_v2$AccountLoginCompletedNotification(p) ? 47 : -2;
      return -1;
    case 25:
      switch (m.charCodeAt(0)) {
        case 105: if (m === "item/mcpToolCall/progress") return p !== undefined && d_v2$McpToolCallProgressNotification(p) ? 39 : -2; return -1;
        case 116: if (m === "thread/tokenUsage/updated") return p !== undefined && d_v2$ThreadTokenUsageUpdatedNotification(p) ? 29 : -2; return -1;
      }
      return -1;
    case 26:
      if (m === "account/rateLimits/updated") return p !== undefined && d_v2$AccountRateLimitsUpdatedNotification(p) ? 41 : -2;
      return -1;
    case 28:
      switch (m.charCodeAt(0)) {
        case 114: if (m === "remoteControl/status/changed") return p !== undefined && d_v2$RemoteControlStatusChangedNotification(p) ? 50 : -2; return -1;
        case 119: if (m === "windows/worldWritableWarning") return p !== undefined && d_v2$WindowsWorldWritableWarningNotification(p) ? 46 : -2; return -1;
      }
      return -1;
    case 31:
      switch (m.charCodeAt(5)) {
        case 102: if (m === "item/fileChange/requestApproval") return p !== undefined && d_v2$FileChangeRequestApprovalParams(p) ? 23 : -2; return -1;
        case 114: if (m === "item/reasoning/summaryPartAdded") return p !== undefined && d_v2$ReasoningSummaryPartAddedNotification(p) ? 43 : -2; return -1;
      }
      return -1;
    case 37:
      if (m === "item/commandExecution/requestApproval") return p !== undefined && d_v2$CommandExecutionRequestApprovalParams(p) ? 22 : -2;
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
  "ApplyPatchApprovalParams": d_ApplyPatchApprovalParams,
  "ApplyPatchApprovalResponse": d_ApplyPatchApprovalResponse,
  "AuthMode": d_AuthMode,
  "ClientInfo": d_ClientInfo,
  "ClientNotification": d_ClientNotification,
  "ClientRequest": d_ClientRequest,
  "ConversationId": d_ConversationId,
  "ExecCommandApprovalParams": d_ExecCommandApprovalParams,
  "ExecCommandApprovalResponse": d_ExecCommandApprovalResponse,
  "FileChange": d_FileChange,
  "ForcedLoginMethod": d_ForcedLoginMethod,
  "FuzzyFileSearchMatchType": d_FuzzyFileSearchMatchType,
  "FuzzyFileSearchParams": d_FuzzyFileSearchParams,
  "FuzzyFileSearchResponse": d_FuzzyFileSearchResponse,
  "FuzzyFileSearchResult": d_FuzzyFileSearchResult,
  "InitializeCapabilities": d_InitializeCapabilities,
  "InitializeParams": d_InitializeParams,
  "InitializeResponse": d_InitializeResponse,
  "JSONRPCError": d_JSONRPCError,
  "JSONRPCErrorError": d_JSONRPCErrorError,
  "JSONRPCMessage": d_JSONRPCMessage,
  "JSONRPCNotification": d_JSONRPCNotification,
  "JSONRPCRequest": d_JSONRPCRequest,
  "JSONRPCResponse": d_JSONRPCResponse,
  "JsonValue": d_JsonValue,
  "NetworkPolicyAmendment": d_NetworkPolicyAmendment,
  "NetworkPolicyRuleAction": d_NetworkPolicyRuleAction,
  "ParsedCommand": d_ParsedCommand,
  "ReasoningEffort": d_ReasoningEffort,
  "ReasoningSummary": d_ReasoningSummary,
  "RequestId": d_RequestId,
  "ReviewDecision": d_ReviewDecision,
  "ServerNotification": d_ServerNotification,
  "ServerRequest": d_ServerRequest,
  "Verbosity": d_Verbosity,
  "v2/AbsolutePathBuf": d_v2$AbsolutePathBuf,
  "v2/Account": d_v2$Account,
  "v2/AccountLoginCompletedNotification": d_v2$AccountLoginCompletedNotification,
  "v2/AccountRateLimitsUpdatedNotification": d_v2$AccountRateLimitsUpdatedNotification,
  "v2/AccountRoutingOverride": d_v2$AccountRoutingOverride,
  "v2/AccountUpdateReason": d_v2$AccountUpdateReason,
  "v2/AccountUpdatedNotification": d_v2$AccountUpdatedNotification,
  "v2/ActivePermissionProfile": d_v2$ActivePermissionProfile,
  "v2/AgentMessageDelivery": d_v2$AgentMessageDelivery,
  "v2/AgentMessageDeltaNotification": d_v2$AgentMessageDeltaNotification,
  "v2/AgentMessageDisplay": d_v2$AgentMessageDisplay,
  "v2/AgentMessageModeration": d_v2$AgentMessageModeration,
  "v2/AgentPath": d_v2$AgentPath,
  "v2/AllowDenyRequirement": d_v2$AllowDenyRequirement,
  "v2/AnalyticsConfig": d_v2$AnalyticsConfig,
  "v2/AnswerAnnotation": d_v2$AnswerAnnotation,
  "v2/AnswerReplacement": d_v2$AnswerReplacement,
  "v2/ApprovalsReviewer": d_v2$ApprovalsReviewer,
  "v2/AskForApproval": d_v2$AskForApproval,
  "v2/AsyncUserInputQuestion": d_v2$AsyncUserInputQuestion,
  "v2/AutoCompactTokenLimitScope": d_v2$AutoCompactTokenLimitScope,
  "v2/BlockReason": d_v2$BlockReason,
  "v2/BrowserUseConfig": d_v2$BrowserUseConfig,
  "v2/BrowserUseOriginPolicyConfig": d_v2$BrowserUseOriginPolicyConfig,
  "v2/ByteRange": d_v2$ByteRange,
  "v2/CancelLoginAccountParams": d_v2$CancelLoginAccountParams,
  "v2/CancelLoginAccountResponse": d_v2$CancelLoginAccountResponse,
  "v2/CancelLoginAccountStatus": d_v2$CancelLoginAccountStatus,
  "v2/CodexErrorInfo": d_v2$CodexErrorInfo,
  "v2/CollabAgentState": d_v2$CollabAgentState,
  "v2/CollabAgentStatus": d_v2$CollabAgentStatus,
  "v2/CollabAgentTool": d_v2$CollabAgentTool,
  "v2/CollabAgentToolCallStatus": d_v2$CollabAgentToolCallStatus,
  "v2/CollaborationMode": d_v2$CollaborationMode,
  "v2/CommandAction": d_v2$CommandAction,
  "v2/CommandExecutionApprovalDecision": d_v2$CommandExecutionApprovalDecision,
  "v2/CommandExecutionApprovalKind": d_v2$CommandExecutionApprovalKind,
  "v2/CommandExecutionOutputDeltaNotification": d_v2$CommandExecutionOutputDeltaNotification,
  "v2/CommandExecutionRequestApprovalParams": d_v2$CommandExecutionRequestApprovalParams,
  "v2/CommandExecutionRequestApprovalResponse": d_v2$CommandExecutionRequestApprovalResponse,
  "v2/CommandExecutionSource": d_v2$CommandExecutionSource,
  "v2/CommandExecutionStatus": d_v2$CommandExecutionStatus,
  "v2/ComputerUseConfig": d_v2$ComputerUseConfig,
  "v2/ComputerUseMacosConfig": d_v2$ComputerUseMacosConfig,
  "v2/ComputerUseWindowsConfig": d_v2$ComputerUseWindowsConfig,
  "v2/ComputerUseWindowsExeConfig": d_v2$ComputerUseWindowsExeConfig,
  "v2/Config": d_v2$Config,
  "v2/ConfigBatchWriteParams": d_v2$ConfigBatchWriteParams,
  "v2/ConfigEdit": d_v2$ConfigEdit,
  "v2/ConfigLayer": d_v2$ConfigLayer,
  "v2/ConfigLayerMetadata": d_v2$ConfigLayerMetadata,
  "v2/ConfigLayerSource": d_v2$ConfigLayerSource,
  "v2/ConfigReadParams": d_v2$ConfigReadParams,
  "v2/ConfigReadResponse": d_v2$ConfigReadResponse,
  "v2/ConfigValueWriteParams": d_v2$ConfigValueWriteParams,
  "v2/ConfigWarningNotification": d_v2$ConfigWarningNotification,
  "v2/ConfigWriteResponse": d_v2$ConfigWriteResponse,
  "v2/ContextCompactedNotification": d_v2$ContextCompactedNotification,
  "v2/CreditsSnapshot": d_v2$CreditsSnapshot,
  "v2/CyberAccessProgram": d_v2$CyberAccessProgram,
  "v2/DeprecationNoticeNotification": d_v2$DeprecationNoticeNotification,
  "v2/DesktopOnboardingEntrypoint": d_v2$DesktopOnboardingEntrypoint,
  "v2/DynamicToolCallOutputContentItem": d_v2$DynamicToolCallOutputContentItem,
  "v2/DynamicToolCallStatus": d_v2$DynamicToolCallStatus,
  "v2/ErrorNotification": d_v2$ErrorNotification,
  "v2/FeedbackUploadParams": d_v2$FeedbackUploadParams,
  "v2/FeedbackUploadResponse": d_v2$FeedbackUploadResponse,
  "v2/FileChangeApprovalDecision": d_v2$FileChangeApprovalDecision,
  "v2/FileChangeOutputDeltaNotification": d_v2$FileChangeOutputDeltaNotification,
  "v2/FileChangeRequestApprovalParams": d_v2$FileChangeRequestApprovalParams,
  "v2/FileChangeRequestApprovalResponse": d_v2$FileChangeRequestApprovalResponse,
  "v2/FileUpdateChange": d_v2$FileUpdateChange,
  "v2/ForcedChatgptWorkspaceIds": d_v2$ForcedChatgptWorkspaceIds,
  "v2/FunctionCallOutputBody": d_v2$FunctionCallOutputBody,
  "v2/FunctionCallOutputContentItem": d_v2$FunctionCallOutputContentItem,
  "v2/GetAccountParams": d_v2$GetAccountParams,
  "v2/GetAccountRateLimitsParams": d_v2$GetAccountRateLimitsParams,
  "v2/GetAccountRateLimitsResponse": d_v2$GetAccountRateLimitsResponse,
  "v2/GetAccountResponse": d_v2$GetAccountResponse,
  "v2/GitInfo": d_v2$GitInfo,
  "v2/HelplineSubject": d_v2$HelplineSubject,
  "v2/HookPromptFragment": d_v2$HookPromptFragment,
  "v2/ImageDetail": d_v2$ImageDetail,
  "v2/ImageGenerationFailure": d_v2$ImageGenerationFailure,
  "v2/ImageGenerationInputImage": d_v2$ImageGenerationInputImage,
  "v2/InputModality": d_v2$InputModality,
  "v2/ItemCompletedNotification": d_v2$ItemCompletedNotification,
  "v2/ItemStartedNotification": d_v2$ItemStartedNotification,
  "v2/LegacyAppPathString": d_v2$LegacyAppPathString,
  "v2/LoginAccountParams": d_v2$LoginAccountParams,
  "v2/LoginAccountResponse": d_v2$LoginAccountResponse,
  "v2/LoginAppBrand": d_v2$LoginAppBrand,
  "v2/LogoutAccountResponse": d_v2$LogoutAccountResponse,
  "v2/McpAppDisplayMode": d_v2$McpAppDisplayMode,
  "v2/McpAppUi": d_v2$McpAppUi,
  "v2/McpToolCallAppContext": d_v2$McpToolCallAppContext,
  "v2/McpToolCallError": d_v2$McpToolCallError,
  "v2/McpToolCallProgressNotification": d_v2$McpToolCallProgressNotification,
  "v2/McpToolCallResult": d_v2$McpToolCallResult,
  "v2/McpToolCallStatus": d_v2$McpToolCallStatus,
  "v2/MemoryCitation": d_v2$MemoryCitation,
  "v2/MemoryCitationEntry": d_v2$MemoryCitationEntry,
  "v2/MergeStrategy": d_v2$MergeStrategy,
  "v2/MessagePhase": d_v2$MessagePhase,
  "v2/MisalignmentErrorDetails": d_v2$MisalignmentErrorDetails,
  "v2/MisalignmentSteer": d_v2$MisalignmentSteer,
  "v2/ModeKind": d_v2$ModeKind,
  "v2/Model": d_v2$Model,
  "v2/ModelAccessPrograms": d_v2$ModelAccessPrograms,
  "v2/ModelAvailabilityNux": d_v2$ModelAvailabilityNux,
  "v2/ModelListParams": d_v2$ModelListParams,
  "v2/ModelListResponse": d_v2$ModelListResponse,
  "v2/ModelServiceTier": d_v2$ModelServiceTier,
  "v2/ModelUpgradeInfo": d_v2$ModelUpgradeInfo,
  "v2/MultiAgentMode": d_v2$MultiAgentMode,
  "v2/MultiAgentVersion": d_v2$MultiAgentVersion,
  "v2/NetworkAccess": d_v2$NetworkAccess,
  "v2/NetworkApprovalContext": d_v2$NetworkApprovalContext,
  "v2/NetworkApprovalProtocol": d_v2$NetworkApprovalProtocol,
  "v2/NonSteerableTurnKind": d_v2$NonSteerableTurnKind,
  "v2/OverriddenMetadata": d_v2$OverriddenMetadata,
  "v2/PatchApplyStatus": d_v2$PatchApplyStatus,
  "v2/PatchChangeKind": d_v2$PatchChangeKind,
  "v2/Personality": d_v2$Personality,
  "v2/PlanType": d_v2$PlanType,
  "v2/RateLimitReachedType": d_v2$RateLimitReachedType,
  "v2/RateLimitResetCredit": d_v2$RateLimitResetCredit,
  "v2/RateLimitResetCreditStatus": d_v2$RateLimitResetCreditStatus,
  "v2/RateLimitResetCreditsSummary": d_v2$RateLimitResetCreditsSummary,
  "v2/RateLimitResetType": d_v2$RateLimitResetType,
  "v2/RateLimitSnapshot": d_v2$RateLimitSnapshot,
  "v2/RateLimitWindow": d_v2$RateLimitWindow,
  "v2/ReasoningEffortOption": d_v2$ReasoningEffortOption,
  "v2/ReasoningSummaryPartAddedNotification": d_v2$ReasoningSummaryPartAddedNotification,
  "v2/ReasoningSummaryTextDeltaNotification": d_v2$ReasoningSummaryTextDeltaNotification,
  "v2/ReasoningTextDeltaNotification": d_v2$ReasoningTextDeltaNotification,
  "v2/RemoteControlConnectionStatus": d_v2$RemoteControlConnectionStatus,
  "v2/RemoteControlStatusChangedNotification": d_v2$RemoteControlStatusChangedNotification,
  "v2/ReviewDelivery": d_v2$ReviewDelivery,
  "v2/ReviewStartParams": d_v2$ReviewStartParams,
  "v2/ReviewStartResponse": d_v2$ReviewStartResponse,
  "v2/ReviewTarget": d_v2$ReviewTarget,
  "v2/SandboxMode": d_v2$SandboxMode,
  "v2/SandboxPolicy": d_v2$SandboxPolicy,
  "v2/SandboxWorkspaceWrite": d_v2$SandboxWorkspaceWrite,
  "v2/ServerRequestResolvedNotification": d_v2$ServerRequestResolvedNotification,
  "v2/SessionSource": d_v2$SessionSource,
  "v2/Settings": d_v2$Settings,
  "v2/SortDirection": d_v2$SortDirection,
  "v2/SpendControlLimitSnapshot": d_v2$SpendControlLimitSnapshot,
  "v2/SubAgentActivityKind": d_v2$SubAgentActivityKind,
  "v2/SubAgentSource": d_v2$SubAgentSource,
  "v2/TextElement": d_v2$TextElement,
  "v2/TextPosition": d_v2$TextPosition,
  "v2/TextRange": d_v2$TextRange,
  "v2/Thread": d_v2$Thread,
  "v2/ThreadActiveFlag": d_v2$ThreadActiveFlag,
  "v2/ThreadArchiveParams": d_v2$ThreadArchiveParams,
  "v2/ThreadArchiveResponse": d_v2$ThreadArchiveResponse,
  "v2/ThreadArchivedNotification": d_v2$ThreadArchivedNotification,
  "v2/ThreadEnvironment": d_v2$ThreadEnvironment,
  "v2/ThreadExtra": d_v2$ThreadExtra,
  "v2/ThreadGoalClearedNotification": d_v2$ThreadGoalClearedNotification,
  "v2/ThreadHistoryMode": d_v2$ThreadHistoryMode,
  "v2/ThreadId": d_v2$ThreadId,
  "v2/ThreadItem": d_v2$ThreadItem,
  "v2/ThreadListCwdFilter": d_v2$ThreadListCwdFilter,
  "v2/ThreadListParams": d_v2$ThreadListParams,
  "v2/ThreadListResponse": d_v2$ThreadListResponse,
  "v2/ThreadReadState": d_v2$ThreadReadState,
  "v2/ThreadResumeParams": d_v2$ThreadResumeParams,
  "v2/ThreadResumeResponse": d_v2$ThreadResumeResponse,
  "v2/ThreadSection": d_v2$ThreadSection,
  "v2/ThreadSectionAppearance": d_v2$ThreadSectionAppearance,
  "v2/ThreadSortKey": d_v2$ThreadSortKey,
  "v2/ThreadSource": d_v2$ThreadSource,
  "v2/ThreadSourceKind": d_v2$ThreadSourceKind,
  "v2/ThreadStartParams": d_v2$ThreadStartParams,
  "v2/ThreadStartResponse": d_v2$ThreadStartResponse,
  "v2/ThreadStartSource": d_v2$ThreadStartSource,
  "v2/ThreadStartedNotification": d_v2$ThreadStartedNotification,
  "v2/ThreadStatus": d_v2$ThreadStatus,
  "v2/ThreadStatusChangedNotification": d_v2$ThreadStatusChangedNotification,
  "v2/ThreadTokenUsage": d_v2$ThreadTokenUsage,
  "v2/ThreadTokenUsageUpdatedNotification": d_v2$ThreadTokenUsageUpdatedNotification,
  "v2/ThreadUnreadPosition": d_v2$ThreadUnreadPosition,
  "v2/TokenUsageBreakdown": d_v2$TokenUsageBreakdown,
  "v2/ToolsV2": d_v2$ToolsV2,
  "v2/TrustedContacts": d_v2$TrustedContacts,
  "v2/Turn": d_v2$Turn,
  "v2/TurnCompletedNotification": d_v2$TurnCompletedNotification,
  "v2/TurnDiffUpdatedNotification": d_v2$TurnDiffUpdatedNotification,
  "v2/TurnError": d_v2$TurnError,
  "v2/TurnInterruptParams": d_v2$TurnInterruptParams,
  "v2/TurnInterruptResponse": d_v2$TurnInterruptResponse,
  "v2/TurnItemsView": d_v2$TurnItemsView,
  "v2/TurnPlanStep": d_v2$TurnPlanStep,
  "v2/TurnPlanStepStatus": d_v2$TurnPlanStepStatus,
  "v2/TurnPlanUpdatedNotification": d_v2$TurnPlanUpdatedNotification,
  "v2/TurnStartParams": d_v2$TurnStartParams,
  "v2/TurnStartResponse": d_v2$TurnStartResponse,
  "v2/TurnStartedNotification": d_v2$TurnStartedNotification,
  "v2/TurnStatus": d_v2$TurnStatus,
  "v2/TurnToolOutput": d_v2$TurnToolOutput,
  "v2/TurnsPage": d_v2$TurnsPage,
  "v2/UserInput": d_v2$UserInput,
  "v2/WebSearchAction": d_v2$WebSearchAction,
  "v2/WebSearchContextSize": d_v2$WebSearchContextSize,
  "v2/WebSearchLocation": d_v2$WebSearchLocation,
  "v2/WebSearchMode": d_v2$WebSearchMode,
  "v2/WebSearchProvider": d_v2$WebSearchProvider,
  "v2/WebSearchToolConfig": d_v2$WebSearchToolConfig,
  "v2/WindowsWorldWritableWarningNotification": d_v2$WindowsWorldWritableWarningNotification,
  "v2/WorkspaceRouting": d_v2$WorkspaceRouting,
  "v2/WriteStatus": d_v2$WriteStatus,
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
