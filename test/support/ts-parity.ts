/**
 * Parity between the JSON Schema bundle and the generated TypeScript declarations, read with
 * ts-morph from their syntax (type nodes; the checker only resolves references). Every
 * difference is returned as `Key.path: what differs`; nothing depends on whitespace or layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Node,
  printNode,
  Project,
  ts,
  type InterfaceDeclaration,
  type PropertySignature,
  type SourceFile,
  type TypeAliasDeclaration,
  type TypeElementTypes,
  type TypeNode,
} from 'ts-morph';
import { NEWEST } from '../../src/releases.js';

export type Schema = { [key: string]: unknown };

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The generated folders of a release (the newest at generated/json and generated/typescript). */
export const tsDirOf = (release: string) => join(repoRoot, 'generated', release === NEWEST ? '' : join('releases', release), 'typescript');
const jsonDirOf = (release: string) => join(repoRoot, 'generated', release === NEWEST ? '' : join('releases', release), 'json');
/** The release the mutation tests work on (its shapes are the ones they change). */
export const tsDir = tsDirOf('0.64.0');

export const readJson = (path: string): Schema => JSON.parse(readFileSync(path, 'utf8')) as Schema;
export const loadBundle = (release = '0.64.0') => readJson(join(jsonDirOf(release), 'codex_app_server_protocol.schemas.json'));
export const loadProtocol = (release = '0.64.0') => readJson(join(jsonDirOf(release), 'protocol.json'));

/** Files of generated/typescript that hold no named type of the bundle. */
const AGGREGATE_FILES = new Set(['index', 'v2/index', 'methods']);
/** Message unions of the bundle and the map in methods.ts that holds their params. */
const PARAMS_MAPS = {
  ClientRequest: 'ClientRequestParamsMap',
  ServerRequest: 'ServerRequestParamsMap',
  ServerNotification: 'ServerNotificationParamsMap',
  ClientNotification: 'ClientNotificationParamsMap',
} as const;
const RESULT_MAPS = { clientToServer: 'ClientRequestResultMap', serverToClient: 'ServerRequestResultMap' } as const;
/** Schema keywords the check understands, or that TypeScript cannot express (bounds, notes). */
const KNOWN_KEYWORDS = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'const',
  'enum',
  'anyOf',
  'oneOf',
  'allOf',
  'discriminator',
  'description',
  'title',
  'default',
  'examples',
  'deprecated',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
]);

function listTs(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub === '' ? e.name : `${sub}/${e.name}`;
    if (e.isDirectory()) return listTs(dir, rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/**
 * A ts-morph project over the declarations in `dir`. `inMemory` reads them into an in-memory
 * file system at the same paths, so a test can change them without touching the disk.
 */
export function loadDeclarations(dir = tsDir, inMemory = false): Project {
  const project = new Project({
    useInMemoryFileSystem: inMemory,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: { strict: true, noLib: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  });
  for (const rel of listTs(dir)) {
    const path = join(dir, rel);
    if (inMemory) project.createSourceFile(path, readFileSync(path, 'utf8'));
    else project.addSourceFileAtPath(path);
  }
  return project;
}

/** Definition key of a file: `Thread` for `Thread.ts`, `v2/Thread` for `v2/Thread.ts`. */
function fileKey(dir: string, sf: SourceFile): string {
  return relative(dir, sf.getFilePath()).split('\\').join('/').replace(/\.ts$/, '');
}

const refKey = (ref: string) => ref.replace(/^#\/definitions\//, '');
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Path segment of a property name. */
export const seg = (name: string) => (IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

type Literal = string | number | boolean;
/**
 * One member of a union, on the schema side (a branch, flattened) or the TypeScript side. Schema
 * atoms carry `items`, `schema` and `parts`; TypeScript atoms `element`, `ts` and `nodes`.
 */
type Atom =
  | { kind: Scalar }
  | { kind: 'literal'; value: Literal }
  | { kind: 'ref'; key: string }
  | { kind: 'array'; items: unknown; element?: TypeNode }
  | { kind: 'object'; schema: Schema; ts?: TsObject }
  | { kind: 'intersection'; parts: unknown[]; nodes?: TypeNode[] }
  | { kind: 'other'; text: string };

type Scalar = 'null' | 'string' | 'number' | 'boolean' | 'unknown';
const SCHEMA_SCALARS = new Map<string, Scalar>([
  ['null', 'null'],
  ['string', 'string'],
  ['integer', 'number'],
  ['number', 'number'],
  ['boolean', 'boolean'],
]);
const TS_KEYWORDS = new Map<ts.SyntaxKind, Scalar>([
  [ts.SyntaxKind.StringKeyword, 'string'],
  [ts.SyntaxKind.NumberKeyword, 'number'],
  [ts.SyntaxKind.BooleanKeyword, 'boolean'],
  [ts.SyntaxKind.UnknownKeyword, 'unknown'],
]);

interface TsObject {
  readonly props: PropertySignature[];
  /** Value type of the `[key: string]` index signature (or `Record<string, V>`). */
  readonly index?: TypeNode;
  /** Members that are neither properties nor a string index signature. */
  readonly strange: string[];
  /** Written `{}`, which TypeScript reads as any value but null and undefined. */
  readonly bare?: boolean;
}

/** A type node on one line without comments, for messages. */
const compact = (node: Node) => printNode(node.compilerNode, { removeComments: true }).replace(/\s+/g, ' ').trim();

function literalAtom(value: unknown): Atom {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'literal', value };
  return { kind: 'other', text: JSON.stringify(value) };
}

/** The union members a schema admits: `anyOf`/`oneOf` flattened, `enum` and `type` lists split. */
function schemaAtoms(s: unknown): Atom[] {
  if (s === true) return [{ kind: 'unknown' }];
  if (!isSchema(s)) return [{ kind: 'other', text: JSON.stringify(s) }];
  if (typeof s.$ref === 'string') return [{ kind: 'ref', key: refKey(s.$ref) }];
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches)) return branches.flatMap(schemaAtoms);
  if (Array.isArray(s.allOf)) return [{ kind: 'intersection', parts: s.allOf }];
  if ('const' in s) return [literalAtom(s.const)];
  if (Array.isArray(s.enum)) return s.enum.map(literalAtom);
  const types = Array.isArray(s.type) ? (s.type as unknown[]) : s.type === undefined ? [] : [s.type];
  if (types.length === 0) return s.properties !== undefined ? [{ kind: 'object', schema: s }] : [{ kind: 'unknown' }];
  return types.map((t): Atom => {
    if (t === 'array') return { kind: 'array', items: s.items ?? true };
    if (t === 'object') return { kind: 'object', schema: s };
    const scalar = typeof t === 'string' ? SCHEMA_SCALARS.get(t) : undefined;
    return scalar !== undefined ? { kind: scalar } : { kind: 'other', text: `type ${JSON.stringify(t)}` };
  });
}

function objectOf(members: TypeElementTypes[]): TsObject {
  const props: PropertySignature[] = [];
  const strange: string[] = [];
  let index: TypeNode | undefined;
  for (const m of members) {
    if (Node.isPropertySignature(m)) props.push(m);
    else if (Node.isIndexSignatureDeclaration(m) && m.getKeyTypeNode().getKind() === ts.SyntaxKind.StringKeyword && index === undefined)
      index = m.getReturnTypeNode();
    else strange.push(compact(m));
  }
  return { props, index, strange };
}

function propertyName(p: PropertySignature): string {
  const n = p.getNameNode();
  return Node.isStringLiteral(n) || Node.isNumericLiteral(n) ? String(n.getLiteralValue()) : n.getText();
}

/** The parity check over one project. `mismatches` lists every difference found. */
export class ParityChecker {
  readonly mismatches: string[] = [];
  readonly declarations = new Map<string, TypeAliasDeclaration | InterfaceDeclaration>();
  readonly counts = { definitions: 0, params: 0, results: 0 };
  /** Object schemas of the bundle whose properties were compared with a TypeScript object type. */
  readonly objectsCompared = new Set<Schema>();

  constructor(
    readonly project: Project,
    readonly dir: string,
  ) {}

  private report(path: string, what: string): void {
    this.mismatches.push(`${path}: ${what}`);
  }

  /** Definition key of the declaration a type reference names, if it is one of the per-type files. */
  private referencedKey(node: Node): string | undefined {
    if (!Node.isTypeReference(node)) return undefined;
    const name = node.getTypeName();
    const id = Node.isQualifiedName(name) ? name.getRight() : name;
    const symbol = id.getSymbol();
    const target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
    for (const d of target?.getDeclarations() ?? []) {
      if (!Node.isTypeAliasDeclaration(d) && !Node.isInterfaceDeclaration(d)) continue;
      const key = fileKey(this.dir, d.getSourceFile());
      if (this.declarations.get(key) === d) return key;
    }
    return undefined;
  }

  private tsAtoms(node: TypeNode): Atom[] {
    if (Node.isParenthesizedTypeNode(node)) return this.tsAtoms(node.getTypeNode());
    if (Node.isUnionTypeNode(node)) return node.getTypeNodes().flatMap((n) => this.tsAtoms(n));
    if (Node.isLiteralTypeNode(node)) {
      const lit = node.getLiteral();
      if (lit.getKind() === ts.SyntaxKind.NullKeyword) return [{ kind: 'null' }];
      if (Node.isStringLiteral(lit) || Node.isNumericLiteral(lit)) return [{ kind: 'literal', value: lit.getLiteralValue() }];
      if (Node.isTrueLiteral(lit) || Node.isFalseLiteral(lit)) return [{ kind: 'literal', value: lit.getLiteralValue() }];
      if (
        Node.isPrefixUnaryExpression(lit) &&
        lit.getOperatorToken() === ts.SyntaxKind.MinusToken &&
        Node.isNumericLiteral(lit.getOperand())
      )
        return [{ kind: 'literal', value: -Number(lit.getOperand().getText()) }];
    }
    const keyword = TS_KEYWORDS.get(node.getKind());
    if (keyword !== undefined) return [{ kind: keyword }];
    if (Node.isArrayTypeNode(node)) return [{ kind: 'array', items: undefined, element: node.getElementTypeNode() }];
    if (Node.isTypeLiteral(node))
      return [{ kind: 'object', schema: {}, ts: { ...objectOf(node.getMembers()), bare: node.getMembers().length === 0 } }];
    if (Node.isIntersectionTypeNode(node)) return [{ kind: 'intersection', parts: [], nodes: node.getTypeNodes() }];
    if (Node.isTypeReference(node)) {
      const key = this.referencedKey(node);
      const args = node.getTypeArguments();
      if (key !== undefined && args.length === 0) return [{ kind: 'ref', key }];
      const name = node.getTypeName().getText();
      if (key === undefined && name === 'Array' && args.length === 1) return [{ kind: 'array', items: undefined, element: args[0] }];
      if (key === undefined && name === 'Record' && args.length === 2 && args[0].getKind() === ts.SyntaxKind.StringKeyword) {
        const closed = args[1].getKind() === ts.SyntaxKind.NeverKeyword;
        return [{ kind: 'object', schema: {}, ts: { props: [], index: closed ? undefined : args[1], strange: [] } }];
      }
    }
    return [{ kind: 'other', text: compact(node) }];
  }

  /** Compares what `schema` admits with what the type node `node` admits. */
  compare(schema: unknown, node: TypeNode, path: string): void {
    this.compareAtoms(schema, schemaAtoms(schema), this.tsAtoms(node), path);
  }

  private compareAtoms(schema: unknown, sAtoms: Atom[], tAtoms: Atom[], path: string): void {
    const disc = discriminatorOf(schema, sAtoms);
    const label = (a: Atom, side: 'schema' | 'ts', i: number): string => {
      if (a.kind === 'literal') return `literal ${typeof a.value} ${JSON.stringify(a.value)}`;
      if (a.kind === 'ref') return `ref ${a.key}`;
      if (a.kind === 'other') return `other ${a.text}`;
      if (a.kind !== 'object' || disc === undefined) return a.kind;
      const value = side === 'schema' ? constOf(a.schema, disc) : a.ts && tsLiteralOf(a.ts, disc);
      if (typeof value === 'string') return `object ${disc}=${value}`;
      if (side === 'ts') this.report(path, `union member ${i + 1} has no string literal "${disc}" (the schema's discriminator)`);
      return 'object';
    };
    const groups = new Map<string, { s: Atom[]; t: Atom[] }>();
    const put = (l: string) => groups.get(l) ?? (groups.set(l, { s: [], t: [] }).get(l) as { s: Atom[]; t: Atom[] });
    sAtoms.forEach((a, i) => put(label(a, 'schema', i)).s.push(a));
    tAtoms.forEach((a, i) => put(label(a, 'ts', i)).t.push(a));
    const sLeft: Atom[] = [];
    const tLeft: Atom[] = [];
    for (const [l, { s, t }] of groups) {
      const pairs = l === 'object' ? pairObjects(s, t) : s.slice(0, t.length).map((a, i) => [a, t[i]] as const);
      pairs.forEach(([a, b], i) => {
        const sub = l.startsWith('object ') ? `${path}[${l.slice(7)}]` : s.length > 1 ? `${path}[${l} ${i + 1}]` : path;
        this.comparePair(a, b, sub);
      });
      sLeft.push(...s.filter((a) => !pairs.some(([x]) => x === a)));
      tLeft.push(...t.filter((b) => !pairs.some(([, y]) => y === b)));
    }
    if (sLeft.length === 1 && tLeft.length === 1)
      return this.report(path, `expected ${describeAtom(sLeft[0], disc)}, found ${describeAtom(tLeft[0], disc)}`);
    for (const a of sLeft) this.report(path, `the schema admits ${describeAtom(a, disc)}, TypeScript does not`);
    for (const b of tLeft) this.report(path, `TypeScript admits ${describeAtom(b, disc)}, the schema does not`);
  }

  private comparePair(a: Atom, b: Atom, path: string): void {
    if (a.kind === 'array' && b.kind === 'array' && b.element) this.compare(a.items, b.element, `${path}[]`);
    if (a.kind === 'object' && b.kind === 'object' && b.ts) this.compareObject(a.schema, b.ts, path);
    if (a.kind === 'intersection' && b.kind === 'intersection' && b.nodes) {
      if (a.parts.length !== b.nodes.length) return this.report(path, `allOf of ${a.parts.length}, intersection of ${b.nodes.length}`);
      a.parts.forEach((part, i) => this.compare(part, (b.nodes as TypeNode[])[i], `${path}&${i + 1}`));
    }
  }

  private compareObject(schema: Schema, obj: TsObject, path: string): void {
    this.objectsCompared.add(schema);
    if (obj.bare)
      this.report(
        path,
        'TypeScript `{}` admits any value but null and undefined, the schema only objects (an empty object is `Record<string, never>`)',
      );
    const props = isSchema(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const tsProps = new Map(obj.props.map((p) => [propertyName(p), p]));
    for (const m of obj.strange) this.report(path, `TypeScript member \`${m}\` has no counterpart in the schema`);
    for (const name of new Set([...Object.keys(props), ...tsProps.keys()])) {
      const p = tsProps.get(name);
      const at = path + seg(name);
      if (p === undefined) {
        this.report(at, 'in the schema, missing in TypeScript');
        continue;
      }
      if (!(name in props)) {
        this.report(at, 'in TypeScript, not in the schema');
        continue;
      }
      if (p.hasQuestionToken() === required.has(name))
        this.report(
          at,
          p.hasQuestionToken() ? 'optional in TypeScript, required in the schema' : 'required in TypeScript, optional in the schema',
        );
      const typeNode = p.getTypeNode();
      if (typeNode === undefined) this.report(at, 'has no type in TypeScript');
      else this.compare(props[name], typeNode, at);
    }
    for (const name of required)
      if (!(name in props)) this.report(path + seg(name), 'required by the schema, which gives it no property schema');
    const extra = schema.additionalProperties;
    const open = extra !== undefined && extra !== false;
    if (open && obj.index === undefined)
      this.report(`${path}[string]`, 'the schema has additionalProperties, TypeScript no index signature');
    if (!open && obj.index !== undefined)
      this.report(`${path}[string]`, 'TypeScript has an index signature, the schema no additionalProperties');
    if (open && obj.index !== undefined) this.compare(extra, obj.index, `${path}[string]`);
  }

  /** Collects the per-type declarations; reports files that do not hold the type they are named after. */
  collectDeclarations(): void {
    for (const sf of this.project.getSourceFiles()) {
      const key = fileKey(this.dir, sf);
      if (key.startsWith('..') || AGGREGATE_FILES.has(key)) continue;
      const name = key.split('/').pop() as string;
      const decls = [...sf.getTypeAliases(), ...sf.getInterfaces()].filter((d) => d.isExported());
      const decl = decls.find((d) => d.getName() === name);
      if (decl === undefined) this.report(key, `the file exports no type named ${name}`);
      else this.declarations.set(key, decl);
      for (const d of decls) if (d !== decl) this.report(key, `the file also exports ${d.getName()}`);
    }
  }

  /** Every bundle definition has a declaration of the same key and shape, and vice versa. */
  checkDefinitions(bundle: Schema): void {
    const defs = bundleDefinitions(bundle);
    for (const [key, schema] of defs) {
      eachSubschema(schema, (s, pointer) => {
        for (const k of Object.keys(s))
          if (!KNOWN_KEYWORDS.has(k)) this.report(`${key}#${pointer}`, `schema keyword "${k}" is not covered by the parity check`);
      });
      const decl = this.declarations.get(key);
      if (decl === undefined) {
        this.report(key, 'in the bundle, no declaration');
        continue;
      }
      this.counts.definitions++;
      if (decl.getTypeParameters().length > 0) this.report(key, 'the declaration is generic');
      if (Node.isTypeAliasDeclaration(decl)) this.compare(schema, decl.getTypeNodeOrThrow(), key);
      else {
        if (decl.getExtends().length > 0) this.report(key, 'the interface extends other types');
        this.compareAtoms(schema, schemaAtoms(schema), [{ kind: 'object', schema: {}, ts: objectOf(decl.getMembers()) }], key);
      }
    }
    for (const key of this.declarations.keys()) if (!defs.has(key)) this.report(key, 'declared, not in the bundle');
  }

  /** index.ts exports every root type and `v2`; v2/index.ts every v2 type (and shared root ones). */
  checkIndexes(bundle: Schema): void {
    const keys = [...bundleDefinitions(bundle).keys()];
    const check = (file: string, ns: string, expected: string[]) => {
      const sf = this.project.getSourceFile(join(this.dir, `${file}.ts`));
      if (sf === undefined) return this.report(file, 'missing');
      const exported = sf.getExportedDeclarations();
      for (const name of expected) {
        const found = (exported.get(name) ?? []).map((d) => this.declKeyOf(d));
        if (!found.includes(ns + name)) this.report(`${file}${seg(name)}`, `does not export the declaration ${ns + name}`);
      }
      for (const [name, decls] of exported)
        for (const key of decls.map((d) => this.declKeyOf(d)))
          if (key !== undefined && key !== ns + name && key !== name)
            this.report(`${file}${seg(name)}`, `exports the declaration ${key} under this name`);
      return exported;
    };
    const rootExports = check(
      'index',
      '',
      keys.filter((k) => !k.startsWith('v2/')),
    );
    check(
      'v2/index',
      'v2/',
      keys.filter((k) => k.startsWith('v2/')).map((k) => k.slice(3)),
    );
    const v2 = rootExports?.get('v2') ?? [];
    if (!v2.some((d) => Node.isSourceFile(d) && fileKey(this.dir, d) === 'v2/index'))
      this.report('index.v2', 'is not the namespace of v2/index.ts');
  }

  private declKeyOf(d: Node): string | undefined {
    if (!Node.isTypeAliasDeclaration(d) && !Node.isInterfaceDeclaration(d)) return undefined;
    const key = fileKey(this.dir, d.getSourceFile());
    return this.declarations.get(key) === d ? key : undefined;
  }

  /** methods.ts: each union's methods in its params map, each request's result in its result map. */
  checkMethods(bundle: Schema, protocol: Schema): void {
    const sf = this.project.getSourceFile(join(this.dir, 'methods.ts'));
    if (sf === undefined) return this.report('methods', 'missing');
    const root = bundle.definitions as Schema;
    for (const [union, mapName] of Object.entries(PARAMS_MAPS)) {
      const schema = root[union];
      if (!isSchema(schema)) {
        this.report(union, 'no such message union in the bundle');
        continue;
      }
      const expected = new Map<string, unknown>();
      const optional = new Set<string>();
      for (const branch of (schema.oneOf ?? schema.anyOf ?? [schema]) as Schema[]) {
        const props = (branch.properties ?? {}) as Schema;
        const method = (props.method as Schema | undefined)?.const;
        if (typeof method === 'string') expected.set(method, props.params);
        else this.report(union, 'a branch has no const method');
        if (typeof method === 'string' && !((branch.required ?? []) as string[]).includes('params')) optional.add(method);
      }
      this.checkMap(sf, mapName, expected, (params, node, path, method) => {
        this.counts.params++;
        if (!takesNoParams(params) && optional.has(method)) {
          // Optional params (`params?: T | null` in the union): the map says `T | undefined` (null is read as absent).
          const members = Node.isUnionTypeNode(node) ? node.getTypeNodes() : [];
          const rest = members.filter((m) => m.getKind() !== ts.SyntaxKind.UndefinedKeyword);
          const inner = ((params as Schema).anyOf as Schema[] | undefined)?.filter((b) => b.type !== 'null');
          if (members.length !== 2 || rest.length !== 1 || inner?.length !== 1)
            return this.report(path, `optional params: expected T | undefined, found ${compact(node)}`);
          return this.compare(inner[0], rest[0]!, path);
        }
        if (!takesNoParams(params)) return this.compare(params, node, path);
        if (node.getKind() !== ts.SyntaxKind.UndefinedKeyword)
          this.report(path, `the method takes no params: expected undefined, found ${compact(node)}`);
      });
    }
    for (const [direction, mapName] of Object.entries(RESULT_MAPS)) {
      const expected = new Map<string, unknown>();
      for (const m of protocol.methods as Schema[]) {
        if (m.kind !== 'request' || m.direction !== direction) continue;
        expected.set(m.method as string, typeof m.result === 'string' ? { $ref: m.result } : { type: 'null' });
      }
      this.checkMap(sf, mapName, expected, (result, node, path) => {
        this.counts.results++;
        this.compare(result, node, path);
      });
    }
  }

  private checkMap(
    sf: SourceFile,
    mapName: string,
    expected: Map<string, unknown>,
    each: (schema: unknown, node: TypeNode, path: string, method: string) => void,
  ): void {
    const decl = sf.getInterface(mapName) ?? sf.getTypeAlias(mapName);
    const typeNode = decl && Node.isTypeAliasDeclaration(decl) ? decl.getTypeNode() : undefined;
    const members =
      decl && Node.isInterfaceDeclaration(decl)
        ? decl.getMembers()
        : typeNode && Node.isTypeLiteral(typeNode)
          ? typeNode.getMembers()
          : undefined;
    if (members === undefined) return this.report(`methods.${mapName}`, 'no such interface or object type');
    const entries = new Map(objectOf(members).props.map((p) => [propertyName(p), p]));
    for (const [method, schema] of expected) {
      const path = `methods.${mapName}${seg(method)}`;
      const entry = entries.get(method);
      if (entry === undefined) this.report(path, 'missing');
      else if (entry.hasQuestionToken()) this.report(path, 'optional');
      const node = entry?.getTypeNode();
      if (node !== undefined) each(schema, node, path, method);
    }
    for (const method of entries.keys())
      if (!expected.has(method)) this.report(`methods.${mapName}${seg(method)}`, 'not a method of the bundle');
  }
}

/** `Name` → schema for root definitions, `v2/Name` → schema for v2 ones. */
export function bundleDefinitions(bundle: Schema): Map<string, unknown> {
  const root = (bundle.definitions ?? {}) as Schema;
  const out = new Map<string, unknown>();
  for (const [name, s] of Object.entries(root)) if (name !== 'v2') out.set(name, s);
  for (const [name, s] of Object.entries((root.v2 ?? {}) as Schema)) out.set(`v2/${name}`, s);
  return out;
}

/** Calls `visit` on `schema` and every subschema in it, with a `#/…`-relative pointer. */
export function eachSubschema(schema: unknown, visit: (s: Schema, pointer: string) => void, pointer = ''): void {
  if (!isSchema(schema)) return;
  visit(schema, pointer);
  const { properties, items, additionalProperties } = schema;
  if (isSchema(properties))
    for (const [k, v] of Object.entries(properties))
      eachSubschema(v, visit, `${pointer}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  if (Array.isArray(items)) items.forEach((v, i) => eachSubschema(v, visit, `${pointer}/items/${i}`));
  else eachSubschema(items, visit, `${pointer}/items`);
  eachSubschema(additionalProperties, visit, `${pointer}/additionalProperties`);
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(schema[k])) (schema[k] as unknown[]).forEach((v, i) => eachSubschema(v, visit, `${pointer}/${k}/${i}`));
}

function takesNoParams(params: unknown): boolean {
  return params === undefined || (isSchema(params) && params.type === 'null');
}

/** The single value a required property admits (`const`, or an `enum` of one), if it has one. */
function constOf(schema: Schema, prop: string): unknown {
  const p = isSchema(schema.properties) ? schema.properties[prop] : undefined;
  const required = Array.isArray(schema.required) && schema.required.includes(prop);
  if (!isSchema(p) || !required) return undefined;
  return Array.isArray(p.enum) && p.enum.length === 1 ? p.enum[0] : p.const;
}

function tsLiteralOf(obj: TsObject, prop: string): string | undefined {
  const p = obj.props.find((x) => propertyName(x) === prop)?.getTypeNode();
  if (p === undefined || !Node.isLiteralTypeNode(p)) return undefined;
  const lit = p.getLiteral();
  return Node.isStringLiteral(lit) ? lit.getLiteralValue() : undefined;
}

/**
 * The property that tells the object branches of a union apart: the `discriminator` keyword, or
 * else a property every object branch requires with a distinct string `const`.
 */
function discriminatorOf(schema: unknown, atoms: Atom[]): string | undefined {
  if (isSchema(schema) && isSchema(schema.discriminator) && typeof schema.discriminator.propertyName === 'string')
    return schema.discriminator.propertyName;
  const objects = atoms.flatMap((a) => (a.kind === 'object' ? [a.schema] : []));
  if (objects.length < 2) return undefined;
  const candidates = Object.keys(isSchema(objects[0].properties) ? objects[0].properties : {});
  return candidates.find((p) => {
    const values = objects.map((o) => constOf(o, p));
    return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
  });
}

/** Pairs undiscriminated object members by the property names they share, most first. */
function pairObjects(s: Atom[], t: Atom[]): (readonly [Atom, Atom])[] {
  const names = (a: Atom): Set<string> =>
    new Set(
      a.kind !== 'object'
        ? []
        : a.ts
          ? a.ts.props.map(propertyName)
          : Object.keys(isSchema(a.schema.properties) ? a.schema.properties : {}),
    );
  const scores = s.flatMap((a, i) => t.map((b, j) => ({ i, j, score: [...names(a)].filter((n) => names(b).has(n)).length })));
  scores.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const pairs: (readonly [Atom, Atom])[] = [];
  for (const { i, j } of scores) {
    if (usedS.has(i) || usedT.has(j)) continue;
    usedS.add(i);
    usedT.add(j);
    pairs.push([s[i], t[j]]);
  }
  return pairs.sort((x, y) => s.indexOf(x[0]) - s.indexOf(y[0]));
}

function describeAtom(a: Atom, disc: string | undefined): string {
  switch (a.kind) {
    case 'literal':
      return JSON.stringify(a.value);
    case 'ref':
      return `a reference to ${a.key}`;
    case 'other':
      return a.text;
    case 'array':
      return 'an array';
    case 'intersection':
      return 'an intersection (allOf)';
    case 'object': {
      const value = disc === undefined ? undefined : a.ts ? tsLiteralOf(a.ts, disc) : constOf(a.schema, disc);
      return typeof value === 'string' ? `the member ${disc}=${JSON.stringify(value)}` : 'an object';
    }
    case 'unknown':
      return 'any value (unknown)';
    default:
      return a.kind;
  }
}

/** Runs every check on the declarations in `project` (rooted at `dir`) against the bundle and meta model. */
export function checkParity(project: Project, dir = tsDir, bundle = loadBundle(), protocol = loadProtocol()): ParityChecker {
  const checker = new ParityChecker(project, dir);
  checker.collectDeclarations();
  checker.checkDefinitions(bundle);
  checker.checkIndexes(bundle);
  checker.checkMethods(bundle, protocol);
  return checker;
}
