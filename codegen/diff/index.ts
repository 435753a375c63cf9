/** The protocol diff as a library: load two releases, diff them, classify, gate. */
export { compareSchemas, type RawChange } from './compare.js';
export { diffProtocols, hasBreaking, senderOf, type Change, type DiffReport } from './diff.js';
export { formatReport } from './format.js';
export { compatibilityGate, formatGate, type GateResult } from './gate.js';
export { loadProtocol, methodsFromBundle, protocolFromBundle, protocolFromMeta, type MethodEntry, type Party, type Protocol } from './protocol.js';
export { RULES, rulesTable, type Effect, type Rule, type RuleId } from './rules.js';
export { restrict, runDiff } from './cli.js';
