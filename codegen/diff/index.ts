/** The protocol diff as a library: load two releases, diff them, classify, gate, write release notes. */
export { CHANGELOG_BANNER, changeSentence, releaseName, renderChangelog } from './changelog.js';
export { compareSchemas, type RawChange } from './compare.js';
export { diffProtocols, hasBreaking, senderOf, type Change, type DiffReport, type Side } from './diff.js';
export { formatReport } from './format.js';
export { compatibilityGate, formatGate, type GateResult } from './gate.js';
export { viewOf, type View } from './normalize.js';
export { nameWords, pairResults, type Pairing, type ResultSource } from './pairing.js';
export {
  bundleProblem,
  InputError,
  loadProtocol,
  methodsFromBundle,
  protocolFromBundle,
  protocolFromMeta,
  type MethodEntry,
  type Party,
  type Protocol,
} from './protocol.js';
export { RULES, rulesTable, type Effect, type Rule, type RuleId } from './rules.js';
export { restrict, runDiff } from './cli.js';
