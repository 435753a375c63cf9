/**
 * Pure converters from the v1 core shapes (snake_case, as carried by `EventMsg`) to the v2 wire
 * shapes (camelCase). Shared by the event translator and the history builder; no state, no I/O.
 * Every v2 `Option` field is written out as `null` rather than left out, as the server does.
 */
import type {
  CodexErrorInfo,
  Duration,
  ExecCommandEndEvent,
  FileChange,
  McpInvocation,
  ParsedCommand,
  PlanItemArg,
} from '../../generated/releases/0.64.0/typescript/index.js';
import type {
  RateLimitSnapshot,
  RateLimitWindow,
  ResultOfCallToolResultOrString,
  ReviewDecision,
  ReviewOutputEvent,
} from '../../generated/releases/0.64.0/typescript/index.js';
import type {
  SandboxCommandAssessment,
  TokenUsage,
  TokenUsageInfo,
  TurnItem,
  UserInput,
  v2,
} from '../../generated/releases/0.64.0/typescript/index.js';

/** The `commandExecution` variant of `ThreadItem`. */
export type CommandExecutionItem = Extract<v2.ThreadItem, { type: 'commandExecution' }>;
/** The `fileChange` variant of `ThreadItem`. */
export type FileChangeItem = Extract<v2.ThreadItem, { type: 'fileChange' }>;

/** How a turn ended (or that it has not). `failed` carries the error that failed it. */
export type TurnOutcome =
  { status: 'completed' } | { status: 'interrupted' } | { status: 'inProgress' } | { status: 'failed'; error: v2.TurnError };

/** A v2 `Turn` with the given id, items and outcome. */
export function buildTurn(id: string, items: v2.ThreadItem[], outcome: TurnOutcome): v2.Turn {
  return outcome.status === 'failed' ? { id, items, status: 'failed', error: outcome.error } : { id, items, status: outcome.status };
}

// ---------------------------------------------------------------------------------------------
// Commands

/** Characters that never need quoting in a POSIX shell word. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Characters that keep their special meaning inside double quotes. */
const DOUBLE_QUOTE_SPECIAL = /["$`\\!]/;

/** Quotes one argument so that a POSIX shell reads it back as exactly that word. */
export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SHELL_SAFE.test(arg)) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  if (!DOUBLE_QUOTE_SPECIAL.test(arg)) return `"${arg}"`;
  return `'${arg.replaceAll("'", `'"'"'`)}'`;
}

/** Joins an argv into the single shell string a `commandExecution` item shows, e.g. `/bin/zsh -lc 'touch /tmp/x'`. */
export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/** v1 `ParsedCommand` (`cmd`, `list_files`) to v2 `CommandAction` (`command`, `listFiles`). */
export function toCommandAction(parsed: ParsedCommand): v2.CommandAction {
  switch (parsed.type) {
    case 'read':
      return { type: 'read', command: parsed.cmd, name: parsed.name, path: parsed.path };
    case 'list_files':
      return { type: 'listFiles', command: parsed.cmd, path: parsed.path ?? null };
    case 'search':
      return { type: 'search', command: parsed.cmd, query: parsed.query ?? null, path: parsed.path ?? null };
    default:
      return { type: 'unknown', command: parsed.cmd };
  }
}

/** What a command item is built from: the fields exec begin, approval and end events share. */
export interface CommandSource {
  call_id: string;
  command: readonly string[];
  cwd: string;
  parsed_cmd: readonly ParsedCommand[];
  process_id?: string | null;
}

/** The outcome part of a command item; all null while it runs or when it never ran. */
export interface CommandResult {
  aggregatedOutput: string | null;
  exitCode: number | null;
  durationMs: number | null;
}

const NO_RESULT: CommandResult = { aggregatedOutput: null, exitCode: null, durationMs: null };

/** A `commandExecution` item for the command `src`. */
export function commandItem(
  src: CommandSource,
  status: v2.CommandExecutionStatus,
  result: CommandResult = NO_RESULT,
): CommandExecutionItem {
  return {
    type: 'commandExecution',
    id: src.call_id,
    command: shellJoin(src.command),
    cwd: src.cwd,
    processId: src.process_id ?? null,
    status,
    commandActions: src.parsed_cmd.map(toCommandAction),
    aggregatedOutput: result.aggregatedOutput,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
  };
}

/** The final `commandExecution` item of an `exec_command_end`: completed on exit code 0, failed otherwise. */
export function commandItemFromEnd(end: ExecCommandEndEvent): CommandExecutionItem {
  return commandItem(end, end.exit_code === 0 ? 'completed' : 'failed', {
    aggregatedOutput: end.aggregated_output ? end.aggregated_output : null,
    exitCode: end.exit_code,
    durationMs: durationToMs(end.duration),
  });
}

/** `{secs, nanos}` to whole milliseconds; null for anything else (upstream TS once typed it as a string). */
export function durationToMs(duration: Duration | null | undefined): number | null {
  if (typeof duration !== 'object' || duration === null) return null;
  const { secs, nanos } = duration as Partial<Duration>;
  if (typeof secs !== 'number' || !Number.isFinite(secs)) return null;
  const extra = typeof nanos === 'number' && Number.isFinite(nanos) ? Math.floor(nanos / 1_000_000) : 0;
  return secs * 1000 + extra;
}

// ignoreBOM: a leading byte order mark is output text like any other (TextDecoder drops it by default).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes a base64 output chunk to UTF-8 text (malformed bytes become U+FFFD), with `atob` and
 * `TextDecoder`, which browsers and Node both have. Never throws: non-strings and text that is
 * not base64 give "".
 */
export function decodeBase64Text(chunk: unknown): string {
  if (typeof chunk !== 'string') return '';
  try {
    const binary = atob(chunk);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return '';
  }
}

/** v1 risk assessment (`risk_level`) to v2 (`riskLevel`). */
export function toRiskAssessment(risk: SandboxCommandAssessment | null | undefined): v2.SandboxCommandAssessment | null {
  return risk ? { description: risk.description, riskLevel: risk.risk_level } : null;
}

// ---------------------------------------------------------------------------------------------
// File changes

/** The v1 path-keyed `FileChange` map to the v2 `FileUpdateChange` list, in the map's order. */
export function toFileUpdateChanges(changes: { [path: string]: FileChange } | null | undefined): v2.FileUpdateChange[] {
  return Object.entries(changes ?? {}).map(([path, change]): v2.FileUpdateChange => {
    switch (change.type) {
      case 'add':
        return { path, kind: { type: 'add' }, diff: change.content };
      case 'delete':
        return { path, kind: { type: 'delete' }, diff: change.content };
      default:
        return { path, kind: { type: 'update', move_path: change.move_path ?? null }, diff: change.unified_diff };
    }
  });
}

/** A `fileChange` item. The item id is the patch's call id. */
export function fileChangeItem(id: string, changes: v2.FileUpdateChange[], status: v2.PatchApplyStatus): FileChangeItem {
  return { type: 'fileChange', id, changes, status };
}

// ---------------------------------------------------------------------------------------------
// Approvals

/** Which kind of item an approval request is about. */
export type ApprovalKind = 'commandExecution' | 'fileChange';

/** The client's answer to either v2 approval request; null when the request failed (JSON-RPC error, no answer). */
export type ApprovalResponse = v2.CommandExecutionRequestApprovalResponse | v2.FileChangeRequestApprovalResponse;

/**
 * The v1 `ReviewDecision` to hand to the core for a v2 answer: accept -> approved (or
 * approved_for_session when a command is accepted with `acceptSettings.forSession`),
 * decline -> denied, cancel -> abort. A missing or unrecognised answer counts as decline.
 */
export function toReviewDecision(kind: ApprovalKind, response: ApprovalResponse | null | undefined): ReviewDecision {
  switch (response?.decision) {
    case 'accept': {
      const settings = kind === 'commandExecution' && 'acceptSettings' in response ? response.acceptSettings : null;
      return settings?.forSession === true ? 'approved_for_session' : 'approved';
    }
    case 'cancel':
      return 'abort';
    default:
      return 'denied';
  }
}

// ---------------------------------------------------------------------------------------------
// Errors, usage, rate limits, plans

const HTTP_KINDS = new Set([
  'httpConnectionFailed',
  'responseStreamConnectionFailed',
  'responseStreamDisconnected',
  'responseTooManyFailedAttempts',
]);
const UNIT_KINDS = new Set([
  'contextWindowExceeded',
  'usageLimitExceeded',
  'internalServerError',
  'unauthorized',
  'badRequest',
  'sandboxError',
  'other',
]);

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * v1 `CodexErrorInfo` (snake_case, externally tagged) to v2 (camelCase). Absent stays null; a kind
 * this protocol version does not know becomes `other`. Already-camelCase input is accepted too.
 */
export function toCodexErrorInfo(info: CodexErrorInfo | null | undefined): v2.CodexErrorInfo | null {
  if (info === null || info === undefined) return null;
  if (typeof info === 'string') {
    const kind = camel(info);
    return UNIT_KINDS.has(kind) ? (kind as v2.CodexErrorInfo) : 'other';
  }
  const [key] = Object.keys(info);
  const kind = key === undefined ? '' : camel(key);
  if (!HTTP_KINDS.has(kind)) return 'other';
  const body = (info as Record<string, { http_status_code?: number | null; httpStatusCode?: number | null } | null>)[key!];
  const status = body?.http_status_code ?? body?.httpStatusCode ?? null;
  return { [kind]: { httpStatusCode: status } } as v2.CodexErrorInfo;
}

/** An `error` / `stream_error` payload to a v2 `TurnError`. */
export function toTurnError(event: { message: string; codex_error_info?: CodexErrorInfo | null }): v2.TurnError {
  return { message: event.message, codexErrorInfo: toCodexErrorInfo(event.codex_error_info) };
}

function toBreakdown(u: TokenUsage): v2.TokenUsageBreakdown {
  return {
    totalTokens: u.total_tokens,
    inputTokens: u.input_tokens,
    cachedInputTokens: u.cached_input_tokens,
    outputTokens: u.output_tokens,
    reasoningOutputTokens: u.reasoning_output_tokens,
  };
}

/** v1 `TokenUsageInfo` to v2 `ThreadTokenUsage`. */
export function toThreadTokenUsage(info: TokenUsageInfo): v2.ThreadTokenUsage {
  return {
    total: toBreakdown(info.total_token_usage),
    last: toBreakdown(info.last_token_usage),
    modelContextWindow: info.model_context_window ?? null,
  };
}

function toRateLimitWindow(w: RateLimitWindow | null | undefined): v2.RateLimitWindow | null {
  if (!w) return null;
  // v2 carries the percentage as an integer; v1 sends a float.
  return { usedPercent: Math.round(w.used_percent), windowDurationMins: w.window_minutes ?? null, resetsAt: w.resets_at ?? null };
}

/** v1 `RateLimitSnapshot` (snake_case) to v2 (camelCase); missing parts become null. */
export function toRateLimitSnapshot(s: RateLimitSnapshot): v2.RateLimitSnapshot {
  const c = s.credits;
  return {
    primary: toRateLimitWindow(s.primary),
    secondary: toRateLimitWindow(s.secondary),
    credits: c ? { hasCredits: c.has_credits, unlimited: c.unlimited, balance: c.balance ?? null } : null,
  };
}

/** v1 plan steps (`in_progress`) to v2 (`inProgress`). */
export function toPlanSteps(plan: readonly PlanItemArg[]): v2.TurnPlanStep[] {
  return plan.map((p) => ({ step: p.step, status: p.status === 'in_progress' ? 'inProgress' : p.status }));
}

// ---------------------------------------------------------------------------------------------
// Items

/** Core `UserInput` (`image_url`, `local_image`) to v2 `UserInput` (`url`, `localImage`). */
export function toUserInput(input: UserInput): v2.UserInput {
  switch (input.type) {
    case 'text':
      return { type: 'text', text: input.text };
    case 'image':
      return { type: 'image', url: input.image_url };
    default:
      return { type: 'localImage', path: input.path };
  }
}

/** The content of a legacy `user_message` event: its text (unless blank), then its image URLs. */
export function userMessageContent(message: string, images: readonly string[] | null | undefined): v2.UserInput[] {
  const content: v2.UserInput[] = message.trim() === '' ? [] : [{ type: 'text', text: message }];
  for (const url of images ?? []) content.push({ type: 'image', url });
  return content;
}

/** v1 `TurnItem` (PascalCase tags) to v2 `ThreadItem`. */
export function toThreadItem(item: TurnItem): v2.ThreadItem {
  switch (item.type) {
    case 'UserMessage':
      return { type: 'userMessage', id: item.id, content: item.content.map(toUserInput) };
    case 'AgentMessage':
      return { type: 'agentMessage', id: item.id, text: item.content.map((c) => c.text).join('') };
    case 'Reasoning':
      return { type: 'reasoning', id: item.id, summary: [...item.summary_text], content: [...(item.raw_content ?? [])] };
    default:
      return { type: 'webSearch', id: item.id, query: item.query };
  }
}

/** An `mcpToolCall` item. Without `result` the call is in progress; `{Err}` or `isError` fail it. */
export function mcpToolCallItem(callId: string, invocation: McpInvocation, result?: ResultOfCallToolResultOrString): v2.ThreadItem {
  const base = {
    type: 'mcpToolCall' as const,
    id: callId,
    server: invocation.server,
    tool: invocation.tool,
    arguments: invocation.arguments ?? null,
  };
  if (result === undefined) return { ...base, status: 'inProgress', result: null, error: null };
  if ('Err' in result) return { ...base, status: 'failed', result: null, error: { message: result.Err } };
  const ok = result.Ok;
  return {
    ...base,
    status: ok.isError === true ? 'failed' : 'completed',
    result: { content: ok.content, structuredContent: ok.structuredContent ?? null },
    error: null,
  };
}

/** Plain-text rendering of a review's result for an `exitedReviewMode` item. */
export function renderReviewOutput(output: ReviewOutputEvent | null | undefined): string {
  if (!output) return 'The review ended without a result.';
  const parts = [output.overall_explanation.trim()].filter((s) => s !== '');
  for (const f of output.findings) {
    const loc = f.code_location;
    parts.push(
      `- [P${f.priority}] ${f.title} (${loc.absolute_file_path}:${loc.line_range.start}-${loc.line_range.end})\n  ${f.body.trim()}`,
    );
  }
  return parts.length > 0 ? parts.join('\n') : output.overall_correctness;
}
