/**
 * v1 -> v2 translation for server packages: the per-thread event translator, the thread history
 * builder for `thread/resume`, and the pure converters both are made of. Types only come from the
 * generated wire types; nothing here does I/O.
 */
export {
  EventTranslator,
  createTranslator,
  type ApprovalResolution,
  type PendingApproval,
  type TranslatedMessage,
  type TranslatorOptions,
  type V2ServerNotification,
  type V2ServerRequest,
} from './translator.js';
export { ThreadHistoryBuilder, buildTurnsFromEvents } from './history.js';
export {
  buildTurn,
  commandItem,
  commandItemFromEnd,
  decodeBase64Text,
  durationToMs,
  fileChangeItem,
  mcpToolCallItem,
  renderReviewOutput,
  shellJoin,
  shellQuote,
  toCodexErrorInfo,
  toCommandAction,
  toFileUpdateChanges,
  toPlanSteps,
  toRateLimitSnapshot,
  toReviewDecision,
  toRiskAssessment,
  toThreadItem,
  toThreadTokenUsage,
  toTurnError,
  toUserInput,
  userMessageContent,
  type ApprovalKind,
  type ApprovalResponse,
  type CommandExecutionItem,
  type CommandResult,
  type CommandSource,
  type FileChangeItem,
  type TurnOutcome,
} from './convert.js';
