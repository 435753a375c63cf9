/** Human-readable rendering of a diff report, grouped by verdict. */
import type { Change, DiffReport, Side } from './diff.js';

const VIA_SHOWN = 4;

function via(c: Change): string {
  // Method-level changes name their method already.
  if (c.methods.length === 1 && c.methods[0] === c.location) return '';
  const shown = c.methods.slice(0, VIA_SHOWN).join(', ');
  const more = c.methods.length > VIA_SHOWN ? ` and ${c.methods.length - VIA_SHOWN} more` : '';
  return `\n      via ${shown}${more}`;
}

function side(s: Side): string {
  const notes = [
    s.version,
    s.pairing === undefined ? undefined : s.pairing === 'meta model' ? 'results from its meta model' : 'results paired by name',
  ].filter((x) => x !== undefined);
  return notes.length === 0 ? s.label : `${s.label} (${notes.join('; ')})`;
}

export function formatReport(report: DiffReport): string {
  const s = report.summary;
  const lines = [`${side(report.old)} -> ${side(report.new)}`];
  if (s.changes === 0) lines.push('No changes.');
  else
    lines.push(
      `${s.changes} change${s.changes === 1 ? '' : 's'}: ${s.breaking} breaking (${s.breakingForClients} for clients, ${s.breakingForServers} for servers), ${s.compatible} compatible`,
    );
  const groups: [string, (c: Change) => boolean][] = [
    ['Breaking for clients and servers', (c) => c.breaks.length === 2],
    ['Breaking for clients', (c) => c.breaks.length === 1 && c.breaks[0] === 'clients'],
    ['Breaking for servers', (c) => c.breaks.length === 1 && c.breaks[0] === 'servers'],
    ['Compatible', (c) => c.breaks.length === 0],
  ];
  for (const [title, test] of groups) {
    const members = report.changes.filter(test);
    if (members.length === 0) continue;
    lines.push('', `${title} (${members.length}):`);
    for (const c of members) lines.push(`  - [${c.namespaces.join(', ')}] ${c.message}${via(c)}`);
  }
  for (const note of report.notes) lines.push('', `Note: ${note}`);
  return lines.join('\n');
}
