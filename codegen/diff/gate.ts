/**
 * The compatibility gate: a namespace that is frozen (v1, the root namespace, by default) must
 * not change incompatibly; breaking changes elsewhere (v2, still evolving) are only reported.
 */
import type { Change, DiffReport } from './diff.js';

export interface GateResult {
  readonly ok: boolean;
  /** Breaking changes that reach a frozen namespace: these fail the gate. */
  readonly violations: readonly Change[];
  /** Breaking changes confined to the other namespaces: reported, allowed. */
  readonly reported: readonly Change[];
}

export function compatibilityGate(report: DiffReport, frozen: readonly ('v1' | 'v2')[] = ['v1']): GateResult {
  const breaking = report.changes.filter((c) => c.verdict === 'breaking');
  const violations = breaking.filter((c) => c.namespaces.some((ns) => frozen.includes(ns)));
  const reported = breaking.filter((c) => !violations.includes(c));
  return { ok: violations.length === 0, violations, reported };
}

export function formatGate(result: GateResult, frozen: readonly string[] = ['v1']): string {
  const lines: string[] = [];
  if (result.ok) lines.push(`compatibility gate: no incompatible change in ${frozen.join(', ')}`);
  else {
    lines.push(`compatibility gate: ${result.violations.length} incompatible change(s) in ${frozen.join(', ')}:`);
    for (const c of result.violations) lines.push(`  - ${c.message} [breaks ${c.breaks.join(' and ')}]`);
  }
  if (result.reported.length > 0) {
    lines.push(`breaking changes outside ${frozen.join(', ')} (allowed, reported):`);
    for (const c of result.reported) lines.push(`  - ${c.message} [breaks ${c.breaks.join(' and ')}]`);
  }
  return lines.join('\n');
}
