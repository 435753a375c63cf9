/**
 * The generated TypeScript declarations say what the JSON Schema bundle says: the same names,
 * property sets, optionality, nullability, literals, references, unions and method maps. Read
 * with ts-morph from the declarations' syntax (see test/support/ts-parity.ts). The check is shown
 * to fail on changed copies of the declarations and on upstream's own export, whose TypeScript
 * and JSON disagree where docs/compat.md says they do.
 */
import { join } from 'node:path';
import { Node, printNode, type Project, type TypeLiteralNode, type TypeNode, type UnionTypeNode } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELEASES } from '../src/releases.js';
import {
  bundleDefinitions,
  checkParity,
  eachSubschema,
  loadBundle,
  loadDeclarations,
  loadProtocol,
  ParityChecker,
  readJson,
  repoRoot,
  tsDir,
  tsDirOf,
  type Schema,
} from './support/ts-parity.js';

/**
 * Real differences between the bundle and the declarations, each with the reason it is kept.
 * Empty: the 0.64.0 export has none. An entry that no longer occurs fails the first test too.
 */
const KNOWN_MISMATCHES: Readonly<Record<string, string>> = {};

const bundle = loadBundle();
const protocol = loadProtocol();
const sorted = (list: Iterable<string>) => [...list].sort();

const file = (p: Project, key: string) => p.getSourceFileOrThrow(join(tsDir, `${key}.ts`));
const typeOf = (p: Project, key: string): TypeNode =>
  file(p, key)
    .getTypeAliasOrThrow(key.split('/').pop() as string)
    .getTypeNodeOrThrow();

function objectOf(node: TypeNode | undefined): TypeLiteralNode {
  if (!Node.isTypeLiteral(node)) throw new Error(`not an object type: ${node?.getText()}`);
  return node;
}
function unionOf(node: TypeNode | undefined): UnionTypeNode {
  if (!Node.isUnionTypeNode(node)) throw new Error(`not a union: ${node?.getText()}`);
  return node;
}
const prop = (p: Project, key: string, name: string) => objectOf(typeOf(p, key)).getPropertyOrThrow(name);
/** Literal of property `name` in an object member of a union, e.g. its `type` tag. */
const tagOf = (member: TypeNode, name: string) => objectOf(member).getProperty(name)?.getTypeNode()?.getText();
const memberTagged = (u: UnionTypeNode, name: string, value: string) => {
  const m = u.getTypeNodes().find((n) => Node.isTypeLiteral(n) && tagOf(n, name) === JSON.stringify(value));
  if (m === undefined) throw new Error(`no member ${name}=${value}`);
  return objectOf(m);
};
/** Rewrites a union without the members `drop` selects (kept members keep their own text). */
function dropMembers(u: UnionTypeNode, drop: (n: TypeNode) => boolean): void {
  u.replaceWithText(
    u
      .getTypeNodes()
      .filter((n) => !drop(n))
      .map((n) => n.getText())
      .join(' | '),
  );
}

/** Changes to an in-memory copy of the declarations, and what the check must say about each. */
const MUTATIONS: { what: string; apply: (p: Project) => void; expected: string[] }[] = [
  {
    what: 'a required property made optional',
    apply: (p) => prop(p, 'v2/Thread', 'id').setHasQuestionToken(true),
    expected: ['v2/Thread.id: optional in TypeScript, required in the schema'],
  },
  {
    what: 'an optional property made required',
    apply: (p) => prop(p, 'v2/ThreadStartParams', 'model').setHasQuestionToken(false),
    expected: ['v2/ThreadStartParams.model: required in TypeScript, optional in the schema'],
  },
  {
    what: 'a null dropped',
    apply: (p) => dropMembers(unionOf(prop(p, 'v2/Thread', 'gitInfo').getTypeNode()), (n) => n.getText() === 'null'),
    expected: ['v2/Thread.gitInfo: the schema admits null, TypeScript does not'],
  },
  {
    what: 'a null added',
    apply: (p) => prop(p, 'v2/Thread', 'preview').setType('string | null'),
    expected: ['v2/Thread.preview: TypeScript admits null, the schema does not'],
  },
  {
    what: 'a literal removed from a string enum',
    apply: (p) => dropMembers(unionOf(typeOf(p, 'v2/AskForApproval')), (n) => n.getText() === '"never"'),
    expected: ['v2/AskForApproval: the schema admits "never", TypeScript does not'],
  },
  {
    what: 'a number turned into bigint',
    apply: (p) => prop(p, 'v2/Thread', 'createdAt').setType('bigint'),
    expected: ['v2/Thread.createdAt: expected number, found bigint'],
  },
  {
    what: 'a reference to the root type of a name that v2 also defines',
    apply: (p) => {
      const imp = file(p, 'v2/ThreadStartParams')
        .getImportDeclarations()
        .find((d) => d.getModuleSpecifierValue() === './AskForApproval.js');
      imp?.setModuleSpecifier('../AskForApproval.js');
    },
    expected: ['v2/ThreadStartParams.approvalPolicy: expected a reference to v2/AskForApproval, found a reference to AskForApproval'],
  },
  {
    what: 'a property removed and one added',
    apply: (p) => {
      prop(p, 'v2/Thread', 'cwd').remove();
      objectOf(typeOf(p, 'v2/Thread')).addProperty({ name: 'extra', type: 'string' });
    },
    expected: ['v2/Thread.cwd: in the schema, missing in TypeScript', 'v2/Thread.extra: in TypeScript, not in the schema'],
  },
  {
    what: 'an index signature removed',
    apply: (p) => {
      const config = unionOf(prop(p, 'v2/ThreadStartParams', 'config').getTypeNode());
      const map = objectOf(config.getTypeNodes().find((n) => Node.isTypeLiteral(n)));
      for (const sig of map.getIndexSignatures()) sig.remove();
    },
    // The index signature was the only member: what is left is `{}`.
    expected: [
      'v2/ThreadStartParams.config[string]: the schema has additionalProperties, TypeScript no index signature',
      'v2/ThreadStartParams.config: TypeScript `{}` admits any value but null and undefined, the schema only objects (an empty object is `Record<string, never>`)',
    ],
  },
  {
    what: 'the wrong element type of an array',
    apply: (p) => prop(p, 'v2/Thread', 'turns').setType('Array<Thread>'),
    expected: ['v2/Thread.turns[]: expected a reference to v2/Turn, found a reference to v2/Thread'],
  },
  {
    what: 'any for the any-schema',
    apply: (p) => prop(p, 'JSONRPCErrorError', 'data').setType('any'),
    expected: ['JSONRPCErrorError.data: expected any value (unknown), found any'],
  },
  {
    what: 'an empty object written {}',
    apply: (p) => file(p, 'v2/ThreadArchiveResponse').getTypeAliasOrThrow('ThreadArchiveResponse').setType('{}'),
    expected: [
      'v2/ThreadArchiveResponse: TypeScript `{}` admits any value but null and undefined, the schema only objects (an empty object is `Record<string, never>`)',
    ],
  },
  {
    what: 'a member of a discriminated union removed',
    apply: (p) => dropMembers(unionOf(typeOf(p, 'v2/Turn')), (n) => Node.isTypeLiteral(n) && tagOf(n, 'status') === '"failed"'),
    expected: ['v2/Turn: the schema admits the member status="failed", TypeScript does not'],
  },
  {
    what: 'a discriminator literal changed',
    apply: (p) =>
      memberTagged(unionOf(typeOf(p, 'EventMsg')), 'type', 'warning')
        .getPropertyOrThrow('type')
        .setType('"warnings"'),
    expected: ['EventMsg: expected the member type="warning", found the member type="warnings"'],
  },
  {
    what: 'a discriminator made optional',
    apply: (p) =>
      memberTagged(unionOf(typeOf(p, 'ContentBlock')), 'type', 'text')
        .getPropertyOrThrow('type')
        .setHasQuestionToken(true),
    expected: ['ContentBlock[type=text].type: optional in TypeScript, required in the schema'],
  },
  {
    what: 'a discriminator widened to string',
    apply: (p) =>
      memberTagged(unionOf(typeOf(p, 'v2/UserInput')), 'type', 'text')
        .getPropertyOrThrow('type')
        .setType('string'),
    expected: [
      'v2/UserInput: union member 1 has no string literal "type" (the schema\'s discriminator)',
      'v2/UserInput: expected the member type="text", found an object',
    ],
  },
  {
    what: 'a declaration the bundle does not have',
    apply: (p) => void p.createSourceFile(join(tsDir, 'v2/Bogus.ts'), 'export type Bogus = string;\n'),
    expected: ['v2/Bogus: declared, not in the bundle'],
  },
  {
    what: 'a type missing from index.ts',
    apply: (p) =>
      file(p, 'index')
        .getExportDeclarations()
        .find((d) => d.getModuleSpecifierValue() === './Annotations.js')
        ?.remove(),
    expected: ['index.Annotations: does not export the declaration Annotations'],
  },
  {
    what: 'the v2 namespace export removed',
    apply: (p) =>
      file(p, 'index')
        .getExportDeclarations()
        .find((d) => d.getModuleSpecifierValue() === './v2/index.js')
        ?.remove(),
    expected: ['index.v2: is not the namespace of v2/index.ts'],
  },
  {
    what: 'method maps: wrong params, params for a no-params method, a missing result, an extra method, a changed event tag',
    apply: (p) => {
      const methods = file(p, 'methods');
      const map = (name: string) => methods.getInterfaceOrThrow(name);
      map('ClientRequestParamsMap').getPropertyOrThrow('"thread/start"').setType('ThreadResumeParams');
      map('ClientRequestParamsMap').getPropertyOrThrow('getUserAgent').setType('null');
      map('ClientRequestResultMap').getPropertyOrThrow('"turn/start"').remove();
      map('ServerNotificationParamsMap').addProperty({ name: '"thread/bogus"', type: 'undefined' });
      const event = map('ServerNotificationParamsMap').getPropertyOrThrow('"codex/event/error"').getTypeNode();
      if (!Node.isIntersectionTypeNode(event)) throw new Error('codex/event/error params are not an intersection');
      objectOf(objectOf(event.getTypeNodes()[1]).getPropertyOrThrow('msg').getTypeNode()).getPropertyOrThrow('type').setType('"warning"');
    },
    expected: [
      'methods.ClientRequestParamsMap["thread/start"]: expected a reference to v2/ThreadStartParams, found a reference to v2/ThreadResumeParams',
      'methods.ClientRequestParamsMap.getUserAgent: the method takes no params: expected undefined, found null',
      'methods.ClientRequestResultMap["turn/start"]: missing',
      'methods.ServerNotificationParamsMap["thread/bogus"]: not a method of the bundle',
      'methods.ServerNotificationParamsMap["codex/event/error"]&2.msg.type: expected "error", found "warning"',
    ],
  },
];

describe('generated TypeScript declarations and the JSON Schema bundle', () => {
  let checker: ParityChecker;
  beforeAll(() => {
    checker = checkParity(loadDeclarations(), tsDir, bundle, protocol);
  });

  it('agree on every definition, index export and method map (known differences aside)', () => {
    expect(sorted(checker.mismatches)).toEqual(sorted(Object.keys(KNOWN_MISMATCHES)));
  });

  for (const release of RELEASES) {
    it(`agree for release ${release} too`, () => {
      const dir = tsDirOf(release);
      expect(sorted(checkParity(loadDeclarations(dir), dir, loadBundle(release), loadProtocol(release)).mismatches)).toEqual([]);
    });
  }

  it('are compared in full: every definition, object schema, union method and request result', () => {
    const defs = bundleDefinitions(bundle);
    expect(checker.counts.definitions).toBe(defs.size);
    const objects = new Set<Schema>();
    for (const schema of defs.values()) eachSubschema(schema, (s) => void (s.properties !== undefined && objects.add(s)));
    expect(objects.size).toBeGreaterThan(500);
    expect([...objects].filter((s) => !checker.objectsCompared.has(s))).toEqual([]);
    const roots = bundle.definitions as Schema;
    const branches = ['ClientRequest', 'ServerRequest', 'ServerNotification', 'ClientNotification'].map((u) => {
      const s = roots[u] as Schema;
      return Array.isArray(s.oneOf) ? s.oneOf.length : 1;
    });
    expect(checker.counts.params).toBe(branches.reduce((a, b) => a + b, 0));
    expect(checker.counts.results).toBe((protocol.methods as Schema[]).filter((m) => m.kind === 'request').length);
  });

  it('report every change made to a copy, each once, all in one run', () => {
    const copy = loadDeclarations(tsDir, true);
    for (const m of MUTATIONS) m.apply(copy);
    const found = checkParity(copy, tsDir, bundle, protocol).mismatches;
    const expected = [...Object.keys(KNOWN_MISMATCHES), ...MUTATIONS.flatMap((m) => m.expected)];
    expect(sorted(found)).toEqual(sorted(expected));
  });

  it("find in upstream's own 0.64.0 export (its TypeScript against its JSON) differences docs/compat.md lists", () => {
    const dir = join(repoRoot, 'upstream', '0.64.0', 'typescript');
    const upstream = new ParityChecker(loadDeclarations(dir), dir);
    upstream.collectDeclarations();
    upstream.checkDefinitions(readJson(join(repoRoot, 'upstream', '0.64.0', 'json', 'codex_app_server_protocol.schemas.json')));
    expect(upstream.mismatches).toEqual(
      expect.arrayContaining([
        'v2/Thread.createdAt: expected number, found bigint', // 64-bit integers (Q4)
        'v2/Thread.gitInfo: required in TypeScript, optional in the schema', // optional vs null
        'GetAuthStatusParams.refreshToken: required in TypeScript, optional in the schema', // defaulted fields (Q14)
        'SandboxCommandAssessment2: in the bundle, no declaration', // the numbered copy (Q8)
        'v2/McpToolCallResult.content[]: expected a reference to v2/ContentBlock, found a reference to ContentBlock', // duplicated names (Q11)
      ]),
    );
  });

  it('do not depend on layout or comments: a copy reprinted on one line per file agrees the same way', () => {
    const copy = loadDeclarations(tsDir, true);
    for (const sf of copy.getSourceFiles()) {
      // Without comments, a line break is only whitespace (no string literal holds one).
      const text = printNode(sf.compilerNode, { removeComments: true }).replace(/\s*\n\s*/g, ' ');
      copy.createSourceFile(sf.getFilePath(), text, { overwrite: true });
    }
    expect(copy.getSourceFiles().every((sf) => sf.getEndLineNumber() === 1)).toBe(true);
    expect(sorted(checkParity(copy, tsDir, bundle, protocol).mismatches)).toEqual(sorted(Object.keys(KNOWN_MISMATCHES)));
  });
});
