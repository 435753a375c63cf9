#!/usr/bin/env node
/**
 * Public API report: every entry point of the `exports` map in package.json, with the names its
 * declaration file exports, their kinds and their declarations printed on one line each (read
 * with ts-morph from the built `.d.ts` files). Writes docs/api.md.
 *
 *   npm run api-report                        build, then write docs/api.md
 *   node scripts/api-report.mjs [--check]     --check writes nothing, exits 1 when docs/api.md is stale
 *
 * Entry points are resolved as TypeScript resolves them for an ESM consumer (conditions `types`,
 * `import`, `node`, `default`, in the map's order), and again for `require` when that resolves to
 * other declarations. A `.js` target stands for the `.d.ts` next to it; `*` patterns are expanded
 * over the files that exist. Declarations are printed without comments, on one line, with
 * string literals in double quotes and property names unquoted where they can be, so the report
 * does not change with the layout or quote style of the files it reads.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Node, Project, ts } from 'ts-morph';

export const REPORT_FILE = join('docs', 'api.md');
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** A declaration printed longer than this is listed member by member. */
const LINE_LIMIT = 160;
const MODES = { import: ['types', 'import', 'node', 'default'], require: ['types', 'require', 'node', 'default'] };
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const posix = (p) => p.split('\\').join('/');

/** The declaration file TypeScript reads for a target: itself for `.ts`, `.d.ts` next to `.js`. */
function declarationsOf(file) {
  if (/\.[cm]?ts$/.test(file)) return file;
  const js = /\.([cm]?)js$/.exec(file);
  return js === null ? undefined : `${file.slice(0, js.index)}.d.${js[1]}ts`;
}

/** The target of an exports value under a list of conditions (first match in the map's order). */
function target(value, conditions) {
  if (typeof value === 'string' || value === null) return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = target(v, conditions);
      if (t !== undefined && t !== null) return t;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    for (const [cond, v] of Object.entries(value)) {
      if (!conditions.includes(cond)) continue;
      const t = target(v, conditions);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/** The exports map as `subpath -> value`, whatever shorthand package.json uses. */
function subpaths(pkg) {
  const { exports } = pkg;
  if (exports === undefined) return { '.': pkg.types ?? pkg.typings ?? pkg.main ?? null };
  const isMap =
    typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  return isMap ? exports : { '.': exports };
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `[subpath, file]` for a target; a `*` pattern gives one pair per existing file it matches. */
function expand(root, subpath, file) {
  if (!subpath.includes('*')) return [[subpath, file]];
  const [prefix, suffix] = file.split('*');
  const base = join(root, prefix.slice(0, prefix.lastIndexOf('/') + 1));
  return filesUnder(base)
    .map((f) => `./${posix(relative(root, f))}`)
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix) && f.length >= prefix.length + suffix.length)
    .map((f) => [subpath.replace('*', f.slice(prefix.length, f.length - suffix.length)), f]);
}

/** Declaration files reachable from `files` through relative imports and re-exports (a `.js` specifier stands for its `.d.ts`). */
function reachable(root, files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const f = queue.pop();
    if (seen.has(f) || !existsSync(join(root, f))) continue;
    seen.add(f);
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const next = declarationsOf(`./${posix(join(dirname(f), m[1]))}`);
      if (next !== undefined) queue.push(next);
    }
  }
  return seen;
}

/**
 * The entry points of the package in `root`: subpath, mode, target file (relative, `./…`) and its
 * declaration file (undefined when it has none, e.g. JSON), sorted by subpath. A pattern over
 * declaration files that another entry point already reaches (e.g. one file per type, all
 * re-exported by an index) is one entry too, with `via`: that entry point's subpath.
 */
export function entryPoints(root = repoRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = [];
  const fixed = Object.entries(subpaths(pkg))
    .filter(([subpath]) => !subpath.includes('*'))
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([subpath, value]) => {
      const files = Object.values(MODES)
        .map((c) => target(value, c))
        .filter((f) => typeof f === 'string')
        .map(declarationsOf);
      return [
        subpath,
        reachable(
          root,
          files.filter((f) => f !== undefined),
        ),
      ];
    });
  for (const [subpath, value] of Object.entries(subpaths(pkg))) {
    const seen = new Set();
    for (const [mode, conditions] of Object.entries(MODES)) {
      const file = target(value, conditions);
      if (typeof file !== 'string') continue;
      const expanded = expand(root, subpath, file);
      // A pattern over data files (JSON schemas) is one entry: the files have no declarations to list.
      if (
        subpath.includes('*') &&
        expanded.length > 0 &&
        expanded.every(([, f]) => declarationsOf(f) === undefined || !existsSync(join(root, declarationsOf(f))))
      ) {
        const key = `${subpath} ${file}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ subpath, mode, file, types: undefined, count: expanded.length });
        }
        continue;
      }
      const via =
        subpath.includes('*') && expanded.length > 0
          ? fixed.find(([, files]) => expanded.every(([, f]) => files.has(declarationsOf(f))))?.[0]
          : undefined;
      if (via !== undefined) {
        const key = `${subpath} ${file}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ subpath, mode, file, types: undefined, count: expanded.length, via });
        }
        continue;
      }
      for (const [sub, f] of expanded) {
        if (!existsSync(join(root, f))) throw new Error(`${sub} points at ${f}, which does not exist (run \`npm run build\` first)`);
        const declarations = declarationsOf(f);
        const types = declarations !== undefined && existsSync(join(root, declarations)) ? declarations : undefined;
        const key = `${sub} ${types ?? f}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ subpath: sub, mode, file: f, types });
      }
    }
  }
  return out.sort((a, b) => byCodeUnit(a.subpath, b.subpath) || byCodeUnit(a.mode, b.mode));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const printer = ts.createPrinter({ removeComments: true });

/**
 * A transformer that writes what the files may spell several ways one way: string literals in
 * double quotes, property names unquoted where they are identifiers, nodes on one line.
 */
function spelledOneWay(context) {
  const visit = (node) => {
    let out = ts.visitEachChild(node, visit, context);
    if (ts.isStringLiteral(out)) {
      const parent = node.parent;
      const isName =
        parent !== undefined &&
        'name' in parent &&
        parent.name === node &&
        !ts.isModuleDeclaration(parent) &&
        !ts.isImportSpecifier(parent) &&
        !ts.isExportSpecifier(parent);
      out = isName && IDENTIFIER.test(out.text) ? ts.factory.createIdentifier(out.text) : ts.factory.createStringLiteral(out.text);
    }
    ts.setEmitFlags(out, ts.EmitFlags.SingleLine);
    return out;
  };
  return visit;
}

/** One line of code: comments dropped, spelled one way, whitespace outside literals collapsed. */
function oneLine(node) {
  const result = ts.transform(node.compilerNode, [spelledOneWay]);
  const text = printer.printNode(ts.EmitHint.Unspecified, result.transformed[0], node.getSourceFile().compilerNode);
  result.dispose();
  return text
    .replace(/("(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)|\s+/g, (m, literal) => literal ?? ' ')
    .replace(/^(export\s+)?(default\s+)?(declare\s+)?/, '')
    .replace(/[;,]\s*$/, '')
    .trim();
}

/** A Markdown code span that survives backticks inside. */
function code(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The package a declaration comes from when it is not this package's own, e.g. `typebox`. */
function foreignPackage(node, root) {
  const rel = posix(relative(root, node.getSourceFile().getFilePath()));
  const at = rel.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = rel.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const isPrivate = (m) =>
  (Node.isModifierable(m) && m.hasModifier(ts.SyntaxKind.PrivateKeyword)) || (Node.hasName(m) && m.getName().startsWith('#'));

/** `Name<T, …> extends …`: the name, type parameters and heritage clauses of a declaration. */
function heading(node) {
  const params = node.getTypeParameters().map(oneLine);
  const heritage = Node.isTypeAliasDeclaration(node) ? [] : node.getHeritageClauses().map(oneLine);
  return [`${node.getName()}${params.length > 0 ? `<${params.join(', ')}>` : ''}`, ...heritage].join(' ');
}

/** Kind, one-line declaration (without its keyword) and, for a long one, its members one per line. */
function describe(node) {
  if (Node.isFunctionDeclaration(node)) return { kind: 'function', line: oneLine(node).replace(/^function\s+/, '') };
  if (Node.isVariableDeclaration(node)) return { kind: node.getVariableStatement()?.getDeclarationKind() ?? 'var', line: oneLine(node) };
  if (Node.isEnumDeclaration(node))
    return { kind: node.isConstEnum() ? 'const enum' : 'enum', line: oneLine(node).replace(/^(const\s+)?enum\s+/, '') };
  if (Node.isTypeAliasDeclaration(node)) {
    const typeNode = node.getTypeNodeOrThrow();
    const line = `${heading(node)} = ${oneLine(typeNode)}`;
    if (line.length <= LINE_LIMIT) return { kind: 'type', line };
    if (Node.isUnionTypeNode(typeNode))
      return { kind: 'type', line: `${heading(node)} = union of`, members: typeNode.getTypeNodes().map((t) => `| ${oneLine(t)}`) };
    if (Node.isTypeLiteral(typeNode)) return { kind: 'type', line: `${heading(node)} = {…}`, members: typeNode.getMembers().map(oneLine) };
    return { kind: 'type', line };
  }
  if (Node.isInterfaceDeclaration(node) || Node.isClassDeclaration(node)) {
    const kind = Node.isInterfaceDeclaration(node) ? 'interface' : node.isAbstract() ? 'abstract class' : 'class';
    const members = node
      .getMembers()
      .filter((m) => !isPrivate(m))
      .map(oneLine);
    const line = `${heading(node)} {${members.map((m) => ` ${m};`).join('')} }`;
    return line.length <= LINE_LIMIT ? { kind, line } : { kind, line: heading(node), members };
  }
  if (Node.isModuleDeclaration(node)) return { kind: 'namespace', line: node.getName() };
  return { kind: node.getKindName(), line: '' };
}

/**
 * Markdown list of the exports of one module. A namespace re-exported from a file
 * (`export * as v2 from …`) is listed by name and queued in `sections` as a section of its own.
 */
function renderModule(sourceFile, title, root, sections) {
  const lines = [];
  const exported = [...sourceFile.getExportedDeclarations()].sort(([a], [b]) => byCodeUnit(a, b));
  for (const [name, decls] of exported) {
    for (const d of decls) {
      const from = foreignPackage(d, root);
      if (from !== undefined) {
        lines.push(`- **${Node.isSourceFile(d) ? 'namespace' : describe(d).kind}** ${code(name)}, from ${code(from)}`);
        continue;
      }
      if (Node.isSourceFile(d)) {
        const subTitle = `${title} › ${code(name)}`;
        lines.push(`- **namespace** ${code(name)}: see [${subTitle.replace(/`/g, '')}](#${anchor(subTitle)})`);
        sections.push(() => [`### ${subTitle}`, '', ...renderModule(d, subTitle, root, sections)].join('\n'));
        continue;
      }
      const { kind, line, members } = describe(d);
      lines.push(`- **${kind}** ${line === '' ? code(name) : code(line)}`);
      for (const m of members ?? []) lines.push(`  - ${code(m)}`);
    }
  }
  return [`${exported.length} exported names.`, '', ...lines];
}

/** The lines of an entry point's section: its exports, then a section for each namespace among them. */
function renderEntry(sourceFile, title, root) {
  const sections = [];
  const lines = renderModule(sourceFile, title, root, sections);
  while (sections.length > 0) lines.push('', sections.shift()());
  return lines;
}

/** GitHub's heading anchor for a title. */
function anchor(title) {
  return title
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The text of docs/api.md for the package in `root`. */
export function renderApiReport(root = repoRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = entryPoints(root);
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    skipLoadingLibFiles: true,
    compilerOptions: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, allowJs: false, strict: true },
  });
  for (const e of entries) if (e.types !== undefined) project.addSourceFileAtPath(join(root, e.types));

  const out = [
    '# Public API',
    '',
    `Generated by \`npm run api-report\` (scripts/api-report.mjs) from the \`exports\` map of package.json and the`,
    'declaration files it points at; do not edit. One section per entry point, names in code-unit order,',
    `each declaration on one line without comments (declarations longer than ${LINE_LIMIT} characters member by member).`,
    '',
  ];
  out.push('| entry point | condition | file | declarations |', '| --- | --- | --- | --- |');
  for (const e of entries) {
    const types =
      e.via !== undefined
        ? `those of ${code(specifier(pkg.name, e.via))}`
        : e.types === undefined
          ? 'none'
          : e.types === e.file
            ? 'the file itself'
            : code(e.types);
    out.push(`| ${code(specifier(pkg.name, e.subpath))} | ${e.mode} | ${code(e.file)} | ${types} |`);
  }
  /** Title of the section that lists each set of exports: an entry point that re-exports another's is not listed twice. */
  const rendered = new Map();
  for (const e of entries) {
    const title = `${code(specifier(pkg.name, e.subpath))}${e.mode === 'require' ? ' (require)' : ''}`;
    out.push('', `## ${title}`, '');
    if (e.via !== undefined) {
      out.push(
        `${code(e.file)}: ${e.count} declaration files, every one reached from ${code(specifier(pkg.name, e.via))}, whose section lists their exports.`,
      );
      continue;
    }
    if (e.types === undefined) {
      if (e.count !== undefined)
        out.push(`${code(e.file)}: ${e.count} ${e.file.endsWith('.json') ? 'JSON documents' : 'files'} without TypeScript declarations.`);
      else out.push(`${code(e.file)}: ${e.file.endsWith('.json') ? 'a JSON document' : 'a file'} without TypeScript declarations.`);
      continue;
    }
    const sf = project.getSourceFileOrThrow(join(root, e.types));
    const key = renderEntry(sf, '', root).join('\n');
    const same = rendered.get(key);
    if (same !== undefined) {
      out.push(`The same exports, declared the same way, as [${same.replace(/`/g, '')}](#${anchor(same)}).`);
      continue;
    }
    rendered.set(key, title);
    out.push(...renderEntry(sf, title, root));
  }
  return `${out.join('\n')}\n`;
}

function specifier(name, subpath) {
  return subpath === '.' ? name : `${name}${subpath.slice(1)}`;
}

function main(args) {
  const file = join(repoRoot, REPORT_FILE);
  const text = renderApiReport(repoRoot);
  if (args.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) return 0;
    console.error(`${REPORT_FILE} is stale: run \`npm run api-report\``);
    return 1;
  }
  writeFileSync(file, text);
  console.log(`wrote ${REPORT_FILE}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
