/**
 * The diff as release notes for partners (`codex-protocol-diff OLD NEW --format md`): counts at
 * the top, then the changes grouped by area (the first segment of the method name; the v1 API is
 * one area) and by method, breaking changes first, one line each in plain words, and the rules
 * behind the verdicts at the end. A change inside a shared type is listed once, under the first
 * method it reaches (v2 methods first), with the other methods named on its line.
 */
import { byCodeUnit } from '../bundle.js';
import type { Change, DiffReport, Side } from './diff.js';
import { rule, type RuleId } from './rules.js';

/** First line of every changelog this tool writes; `--out` only overwrites files that start with it. */
export const CHANGELOG_BANNER = '<!-- Written by codex-protocol-diff --format md. Do not edit by hand: regenerate it. -->';

const ALSO_SHOWN = 6;

/** The release a side stands for: its version, else a `x.y.z` folder in its path, else the path. */
export function releaseName(side: Side): string {
  if (side.version !== undefined) return side.version;
  const folder = side.label.split(/[\\/]/).find((part) => /^\d+\.\d+\.\d+([-.+][\w.]+)?$/.test(part));
  return folder ?? side.label;
}

const V1_AREA = 'v1 API';

/** The method a change is listed under: its own for method-level changes, else the first v2 method it reaches. */
function homeOf(c: Change, namespaceOf: Map<string, 'v1' | 'v2'>): string {
  if (c.methods.includes(c.location)) return c.location;
  return c.methods.find((m) => namespaceOf.get(m) === 'v2') ?? c.methods[0] ?? c.location;
}

function areaOf(method: string, ns: 'v1' | 'v2' | undefined): string {
  return ns === 'v1' ? V1_AREA : method.split('/')[0]!;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** `{fileId, type}` -> `an object with fileId, type`; `string values "a" | "b"` -> `the strings "a" | "b"`. */
function branchWords(detail: string): string {
  const object = /^\{(.*)\}( #\d+)?$/.exec(detail);
  if (object !== null) return object[1] === '' ? 'any other object' : `an object with ${object[1]}`;
  if (detail.startsWith('string values ')) return `the strings ${detail.slice('string values '.length)}`;
  return `a value of type ${detail}`;
}

/** `type "audio"` -> `type: "audio"`. */
function tagWords(detail: string): string {
  const m = /^(\S+) (".*")$/.exec(detail);
  return m === null ? detail : `${m[1]}: ${m[2]}`;
}

/** One change in plain words (without the verdict). */
export function changeSentence(c: Change): string {
  const where = code(c.location);
  const d = c.detail;
  const sentences: { [id in RuleId]: () => string } = {
    'method-added': () => `New method (${d}).`,
    'method-removed': () => `Method removed (${d}).`,
    'method-direction-changed': () => `Now sent the other way (${d}).`,
    'method-kind-changed': () => `Changed between request and notification (${d}).`,
    'method-deprecated': () => `Deprecated${d === '' ? '' : `: ${d}`}.`,
    'method-undeprecated': () => 'No longer deprecated.',
    'params-added': () => 'Now takes params, and they are required.',
    'params-added-optional': () => 'Now takes params, which may be left out.',
    'params-removed': () => 'No longer takes params.',
    'field-added-required': () => `${where}: new required field (${code(d)}).`,
    'field-added-optional': () => `${where}: new optional field (${code(d)}).`,
    'field-removed': () => `${where}: required field removed.`,
    'field-removed-optional': () => `${where}: optional field removed.`,
    'field-made-required': () => `${where} is now required.`,
    'field-made-optional': () => `${where} is now optional: it may be left out.`,
    'made-nullable': () => `${where} may now be null.`,
    'made-non-nullable': () => `${where} may no longer be null.`,
    'type-changed': () => `${where} changed type: ${code(d)}.`,
    'type-narrowed': () => `${where} admits less: ${code(d)}.`,
    'type-widened': () => `${where} admits more: ${code(d)}.`,
    'enum-value-added': () => `${where} has a new value ${code(d)}.`,
    'enum-value-removed': () => `${where} lost the value ${code(d)}.`,
    'tag-value-added': () => `${where} has a new variant ${code(tagWords(d))}.`,
    'tag-value-removed': () => `${where} lost the variant ${code(tagWords(d))}.`,
    'variant-added': () => `${where} may now also be ${branchWords(d)}.`,
    'variant-removed': () => `${where} may no longer be ${branchWords(d)}.`,
    'discriminator-changed': () => `${where}: the field that tells its variants apart changed (${d}).`,
    'type-renamed': () => `${where}: type renamed (${code(d)}); any change of shape is listed under the new name.`,
  };
  return sentences[c.rule]();
}

function verdictWords(c: Change): string {
  if (c.breaks.length === 0) return 'compatible';
  return `breaks ${c.breaks.join(' and ')}`;
}

function line(c: Change, home: string): string {
  const others = c.methods.filter((m) => m !== home);
  const shown = others.slice(0, ALSO_SHOWN).map(code).join(', ');
  const more = others.length > ALSO_SHOWN ? ` and ${others.length - ALSO_SHOWN} more` : '';
  const also = others.length === 0 ? '' : ` Also reaches ${shown}${more}.`;
  return `- **${verdictWords(c)}**: ${changeSentence(c)}${also}`;
}

/** Method-level changes listed at the top of their area. */
const METHOD_LEVEL = new Set<RuleId>(['method-added', 'method-removed']);

/** Breaking first, then by location, rule and detail. */
function sorted(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      Number(b.verdict === 'breaking') - Number(a.verdict === 'breaking') ||
      byCodeUnit(a.location, b.location) ||
      byCodeUnit(a.rule, b.rule) ||
      byCodeUnit(a.detail, b.detail),
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(changes: readonly Change[]): string {
  const breaking = changes.filter((c) => c.verdict === 'breaking').length;
  return `${plural(changes.length, 'change')}, ${breaking} breaking`;
}

/** The report as Markdown release notes (a pure function of the report). */
export function renderChangelog(report: DiffReport): string {
  const namespaceOf = new Map(Object.entries(report.methodNamespaces));
  const areas = new Map<string, Map<string, Change[]>>();
  for (const c of report.changes) {
    const home = homeOf(c, namespaceOf);
    const area = areaOf(home, namespaceOf.get(home));
    const methods = areas.get(area) ?? new Map<string, Change[]>();
    methods.set(home, [...(methods.get(home) ?? []), c]);
    areas.set(area, methods);
  }
  const areaNames = [...areas.keys()].sort((a, b) => Number(a === V1_AREA) - Number(b === V1_AREA) || byCodeUnit(a, b));

  const s = report.summary;
  const from = releaseName(report.old);
  const to = releaseName(report.new);
  const out: string[] = [CHANGELOG_BANNER, `# App-server protocol changes from ${from} to ${to}`, ''];
  out.push(
    `Compared: ${code(report.old.label)} (${pairingWords(report.old)}) with ${code(report.new.label)} (${pairingWords(report.new)}).`,
    '',
  );
  out.push(
    s.changes === 0
      ? '**No changes.**'
      : `**${plural(s.changes, 'change')}: ${s.breaking} breaking (${s.breakingForClients} for clients, ${s.breakingForServers} for servers), ${s.compatible} compatible.**`,
    '',
  );
  out.push(
    '"Breaks clients" means a client written for the old release may fail against the new one; "breaks servers" the same for a server. Each change is listed once, under the first method it reaches (v2 methods first); the line names the other methods it reaches. The rules behind the verdicts are at the end.',
    '',
  );
  if (areaNames.length > 0) {
    out.push('| area | methods | changes | breaking |', '| --- | --- | --- | --- |');
    for (const area of areaNames) {
      const all = [...areas.get(area)!.values()].flat();
      out.push(
        `| [${area}](#${anchor(area)}) | ${areas.get(area)!.size} | ${all.length} | ${all.filter((c) => c.verdict === 'breaking').length} |`,
      );
    }
    out.push('');
  }
  for (const note of report.notes) out.push(`> ${note}`, '');
  for (const area of areaNames) {
    const methods = areas.get(area)!;
    out.push(`## ${area}`, '');
    // Methods that came or went: one line each, before the changes inside the other methods.
    const arrivals = [...methods.values()]
      .flat()
      .filter((c) => METHOD_LEVEL.has(c.rule) && c.methods.length === 1 && c.methods[0] === c.location);
    if (arrivals.length > 0) {
      out.push('Methods added and removed:', '');
      for (const c of sorted(arrivals)) out.push(`- **${verdictWords(c)}**: ${code(c.location)}: ${changeSentence(c)}`);
      out.push('');
    }
    for (const method of [...methods.keys()].sort(byCodeUnit)) {
      const changes = sorted(methods.get(method)!.filter((c) => !arrivals.includes(c)));
      if (changes.length === 0) continue;
      out.push(`### ${code(method)} (${counts(changes)})`, '');
      for (const c of changes) out.push(line(c, method));
      out.push('');
    }
  }
  const used = [...new Set(report.changes.map((c) => c.rule))].sort(byCodeUnit);
  if (used.length > 0) {
    out.push(
      '## Rules',
      '',
      'Every change falls under one rule; the rule and the side that sends the message decide whom it breaks (`codex-protocol-diff --rules` prints them all).',
      '',
    );
    out.push('| rule | what changed | breaks | why |', '| --- | --- | --- | --- |');
    for (const id of used) {
      const r = rule(id);
      out.push(`| ${code(id)} | ${r.title} | ${r.breaks} | ${r.why} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function pairingWords(side: Side): string {
  if (side.pairing === 'meta model') return 'results from its meta model';
  if (side.pairing === 'bundle names') return 'results paired by name';
  return 'as given';
}

/** GitHub's heading anchor: lower case, spaces to dashes, punctuation dropped. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
}
