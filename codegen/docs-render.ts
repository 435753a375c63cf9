/**
 * Markdown rendering of schema nodes for the protocol reference: type expressions with links,
 * field tables (nested inline objects flattened to `a.b` rows), and type bodies (tables,
 * variants, enum values). Reads the emitted bundle as plain JSON.
 */
import {
  definitionKey,
  deref,
  descriptionOf,
  isObject,
  objectFields,
  resolvePointer,
  splitNullable,
  stringValues,
  tagOf,
  tagValue,
  unionMembers,
  type JsonObject,
  type SchemaNode,
} from './bundle.js';

export interface DocContext {
  readonly bundle: JsonObject;
  /** Anchor id of each documented definition, by pointer. */
  readonly anchors: ReadonlyMap<string, string>;
  /** Display name of each definition, by pointer (`Thread`, or `v2/SandboxPolicy` where root has the same name). */
  readonly names: ReadonlyMap<string, string>;
}

export interface FieldRow {
  readonly field: string;
  readonly type: string;
  readonly required: boolean;
  readonly nullable: boolean;
  readonly description: string;
}

/** Anchor id for a name: lower case, runs of other characters become `-`. */
export function anchorId(prefix: string, name: string): string {
  return `${prefix}-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Text safe inside a markdown table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A code span that survives backticks inside the text. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** The first sentence of a description (not splitting after "e.g." or "i.e."). */
export function firstSentence(text: string): string {
  const match = /^(.*?(?<!\be\.g|\bi\.e)[.!?])(?=\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

export function typeLink(ctx: DocContext, pointer: string): string {
  const name = ctx.names.get(pointer) ?? definitionKey(pointer);
  const anchor = ctx.anchors.get(pointer);
  return anchor === undefined ? code(name) : `[${code(name)}](#${anchor})`;
}

function bounds(s: JsonObject): string {
  const min = typeof s.minimum === 'number' ? s.minimum : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : undefined;
  if (min !== undefined && max !== undefined) return ` ${min}..${max}`;
  if (min !== undefined) return ` >= ${min}`;
  if (max !== undefined) return ` <= ${max}`;
  return '';
}

/** A type expression in markdown: links for named types, code spans for the rest. */
export function typeExpr(ctx: DocContext, node: SchemaNode): string {
  if (node === true) return 'any JSON value';
  if (node === false) return 'nothing';
  if (typeof node.$ref === 'string') return typeLink(ctx, node.$ref);
  const { nullable, inner } = splitNullable(node);
  if (nullable) return `${typeExpr(ctx, inner)} or ${code('null')}`;
  const values = stringValues(node);
  if (values !== undefined) return values.map((v) => code(JSON.stringify(v))).join(' or ');
  const members = unionMembers(node);
  if (members !== undefined) {
    const tag = tagOf(ctx.bundle, node);
    if (tag !== undefined && members.every((m) => !isObject(m) || m.$ref === undefined)) {
      const tags = members.map((m) => tagValue(deref(ctx.bundle, m).node as JsonObject, tag) ?? '?');
      return `object tagged on ${code(tag)} (${tags.map((t) => code(JSON.stringify(t))).join(', ')})`;
    }
    return members.map((m) => typeExpr(ctx, m)).join(' or ');
  }
  if (Array.isArray(node.allOf)) return (node.allOf as SchemaNode[]).map((m) => typeExpr(ctx, m)).join(' and ');
  switch (node.type) {
    case 'string':
    case 'boolean':
    case 'null':
      return code(node.type);
    case 'integer':
    case 'number':
      return code(`${node.type}${bounds(node)}`);
    case 'array':
      return `array of ${typeExpr(ctx, (node.items as SchemaNode | undefined) ?? true)}`;
    case 'object':
    case undefined: {
      if (isObject(node.additionalProperties) && objectFields(node).length === 0)
        return `map of string to ${typeExpr(ctx, node.additionalProperties)}`;
      if (node.type === undefined && node.properties === undefined) return 'any JSON value';
      return objectFields(node).length === 0 ? code('{}') : code('object');
    }
    default:
      return code(typeof node.type === 'string' ? node.type : JSON.stringify(node.type));
  }
}

/** Description of a field: its own, else the first sentence of the named type it refers to. */
function fieldDescription(ctx: DocContext, schema: SchemaNode): string {
  const own = descriptionOf(schema);
  if (own !== undefined) return own;
  const inner = splitNullable(schema).inner;
  if (isObject(inner) && typeof inner.$ref === 'string') {
    const target = resolvePointer(ctx.bundle, inner.$ref);
    if (isObject(target) && typeof target.description === 'string') return firstSentence(target.description);
  }
  return '';
}

/** Whether a field's value is an inline object whose fields get their own rows. */
function inlineObject(node: SchemaNode): JsonObject | undefined {
  return isObject(node) && node.$ref === undefined && unionMembers(node) === undefined && objectFields(node).length > 0 ? node : undefined;
}

/** Rows for an object's fields; inline nested objects (and arrays of them) are flattened below their field. */
export function fieldRows(ctx: DocContext, node: SchemaNode, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const f of objectFields(node)) {
    const { nullable, inner } = splitNullable(f.schema);
    rows.push({
      field: `${prefix}${f.name}`,
      type: typeExpr(ctx, inner),
      required: f.required,
      nullable,
      description: fieldDescription(ctx, f.schema),
    });
    if (depth >= 3) continue;
    const nested = inlineObject(inner);
    if (nested !== undefined) rows.push(...fieldRows(ctx, nested, `${prefix}${f.name}.`, depth + 1));
    else if (isObject(inner) && inner.type === 'array') {
      const items = inlineObject((inner.items as SchemaNode | undefined) ?? true);
      if (items !== undefined) rows.push(...fieldRows(ctx, items, `${prefix}${f.name}[].`, depth + 1));
    }
  }
  return rows;
}

export function fieldTable(rows: readonly FieldRow[]): string[] {
  return [
    '| Field | Type | Required | Nullable | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(code(r.field))} | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${r.nullable ? 'yes' : 'no'} | ${cell(r.description)} |`,
    ),
  ];
}

/**
 * Markdown lines describing a type's shape: a field table for objects, one table per variant for
 * tagged unions, the branches of untagged unions, the values of string enums. `skip` leaves
 * out fields (the tag of an already named variant).
 */
export function typeBody(ctx: DocContext, schema: SchemaNode, skip: ReadonlySet<string> = new Set()): string[] {
  const { nullable, inner } = splitNullable(schema);
  const lines: string[] = [];
  if (nullable) lines.push(`May be ${code('null')}; otherwise:`, '');
  const node = inner;
  if (node === true || (isObject(node) && Object.keys(node).every((k) => k === 'description' || k === 'title')))
    return [...lines, 'Any JSON value.'];
  if (node === false) return [...lines, 'No value is valid.'];
  if (typeof node.$ref === 'string') return [...lines, `Same as ${typeLink(ctx, node.$ref)}.`];
  const values = stringValues(node);
  if (values !== undefined)
    return [
      ...lines,
      values.length === 1
        ? `The string ${code(JSON.stringify(values[0]))}.`
        : `A string, one of: ${values.map((v) => code(JSON.stringify(v))).join(', ')}.`,
    ];
  const members = unionMembers(node);
  if (members !== undefined) {
    const shared = fieldRows(ctx, node).filter((r) => !skip.has(r.field));
    if (shared.length > 0) lines.push('Fields of every variant:', '', ...fieldTable(shared), '');
    const tag = tagOf(ctx.bundle, node);
    if (tag !== undefined) {
      lines.push(`Tagged union on ${code(tag)}; one variant per value:`);
      for (const m of members) {
        const branch = deref(ctx.bundle, m).node as JsonObject;
        const value = tagValue(branch, tag) ?? '?';
        const about = typeof branch.description === 'string' ? `: ${branch.description}` : '';
        const via = isObject(m) && typeof m.$ref === 'string' ? ` (${typeLink(ctx, m.$ref)})` : '';
        lines.push('', `- ${code(`${tag}: ${JSON.stringify(value)}`)}${via}${about}`);
        const rows = fieldRows(ctx, branch).filter((r) => r.field !== tag && !shared.some((s) => s.field === r.field));
        if (rows.length > 0) lines.push('', ...fieldTable(rows).map((l) => `  ${l}`));
      }
      return lines;
    }
    lines.push('One of:');
    for (const m of members) {
      const branch = deref(ctx.bundle, m).node;
      const about = isObject(branch) && typeof branch.description === 'string' ? `: ${branch.description}` : '';
      if (isObject(m) && typeof m.$ref === 'string') {
        lines.push('', `- ${typeLink(ctx, m.$ref)}${about}`);
        continue;
      }
      const strings = stringValues(branch);
      if (strings !== undefined) {
        lines.push(
          '',
          `- ${strings.length === 1 ? 'the string' : 'one of the strings'} ${strings.map((v) => code(JSON.stringify(v))).join(', ')}${about}`,
        );
        continue;
      }
      const rows = fieldRows(ctx, branch);
      if (rows.length === 0) {
        lines.push('', `- ${typeExpr(ctx, branch)}${about}`);
        continue;
      }
      const fields = objectFields(branch);
      const closed = isObject(branch) && branch.additionalProperties === false;
      const what =
        closed && fields.length === 1
          ? `an object with the single key ${code(fields[0]!.name)}`
          : closed
            ? 'an object with exactly these keys'
            : 'an object';
      lines.push('', `- ${what}${about}`, '', ...fieldTable(rows).map((l) => `  ${l}`));
    }
    return lines;
  }
  const rows = fieldRows(ctx, node).filter((r) => !skip.has(r.field));
  if (rows.length > 0) {
    lines.push(...fieldTable(rows));
    if (node.additionalProperties === false) lines.push('', 'No other keys are allowed.');
    else if (isObject(node.additionalProperties)) lines.push('', `Other keys map to ${typeExpr(ctx, node.additionalProperties)}.`);
    return lines;
  }
  if (node.type === 'object' || node.type === undefined) {
    if (isObject(node.additionalProperties)) return [...lines, `A map from string keys to ${typeExpr(ctx, node.additionalProperties)}.`];
    return [...lines, `An empty object ${code('{}')}.`];
  }
  return [...lines, `${typeExpr(ctx, node)}.`];
}
