/**
 * Partners' tools on the JSON Schema the package publishes, for every release it carries (the
 * JSON folders of the exports map): quicktype on the bundle and on every per-type file, Python
 * `jsonschema` over the captured server notifications against the dispatch bundle, and the
 * snippets of docs/partners.md run exactly as written (Ajv draft-07 / 2019-09 / 2020-12,
 * json-schema-to-typescript, quicktype, Python). Timing lives in `npm run bench`
 * (bench/partners.mjs), never here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from 'quicktype-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exec, repoRoot, tsc } from './support/consumers.js';
import { BUNDLE, DISPATCH_BUNDLE, jsonFolders, perTypeFiles } from './support/package-layout.js';
import { codeBlocks, taggedBlock } from './support/snippets.js';
import { serverNotifications, wireReleases } from './support/wire.js';

const folders = jsonFolders(repoRoot);
const checker = join(repoRoot, 'test', 'support', 'jsonschema-check.py');
const work = join(repoRoot, '.tmp', 'partners');

/** quicktype's TypeScript for `schema` (text), from its root or from the given `#/...` pointers. */
async function quicktypeLines(name: string, schema: string, uris?: string[]): Promise<readonly string[]> {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name, schema, ...(uris === undefined ? {} : { uris }) });
  const inputData = new InputData();
  inputData.addInput(input);
  return (await quicktype({ inputData, lang: 'typescript', rendererOptions: { 'just-types': 'true' } })).lines;
}

describe.each(folders.map((f) => [f.release, f] as const))('quicktype, release %s', (_release, folder) => {
  it('reads the bundle: its root, the message unions and every method result', async () => {
    const text = readFileSync(join(folder.dir, BUNDLE), 'utf8');
    const meta = JSON.parse(readFileSync(join(folder.dir, 'protocol.json'), 'utf8')) as { methods: { result: string | null }[] };
    const results = [...new Set(meta.methods.map((m) => m.result).filter((r): r is string => r !== null))];
    await quicktypeLines('CodexAppServerProtocol', text); // the root only holds definitions: no types, but no crash
    const unions = ['ClientRequest', 'ServerRequest', 'ServerNotification', 'ClientNotification'].map((k) => `#/definitions/${k}`);
    const lines = await quicktypeLines('Messages', text, [...unions, ...results]);
    expect(results.length).toBeGreaterThan(0);
    // quicktype names the union types after their source; they are there, with the params types.
    expect(lines.join('\n')).toMatch(/export interface \w*Request\b/);
  });

  it('reads every per-type file (types for each one with properties)', async () => {
    const files = perTypeFiles(folder.dir);
    expect(files.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(folder.dir, file), 'utf8');
      try {
        const lines = await quicktypeLines(file.replace(/\.json$/, '').replace(/\//g, '_'), text);
        const properties = (JSON.parse(text) as { properties?: object }).properties;
        if (properties !== undefined && Object.keys(properties).length > 0 && lines.length === 0) failures.push(`${file}: no output`);
      } catch (e) {
        failures.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** Python jsonschema's verdicts (test/support/jsonschema-check.py). */
function pythonCheck(bundle: string, messages: readonly unknown[]): { valid: boolean; path: string | null; message: string | null }[] {
  const r = spawnSync('python3', [checker], {
    input: JSON.stringify({ mode: 'check', bundle, definition: 'ServerNotification', messages }),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`jsonschema-check.py failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { results: { valid: boolean; path: string | null; message: string | null }[] }).results;
}

describe('Python jsonschema and the dispatch bundle', () => {
  beforeAll(() => {
    const r = spawnSync('python3', ['-c', 'import jsonschema, referencing'], { encoding: 'utf8' });
    if (r.error !== undefined || r.status !== 0) {
      throw new Error(
        `python3 with the jsonschema package is needed (Debian: apt-get install python3-jsonschema): ${r.error?.message ?? r.stderr}`,
      );
    }
  });

  it('has captures for every release the package carries', () => {
    expect(folders.map((f) => f.release).filter((r) => !wireReleases().includes(r))).toEqual([]);
  });

  it.each(folders.map((f) => [f.release, f] as const))(
    '%s: every captured server notification is valid; a wrong type deep in params is refused at its path',
    (release, folder) => {
      const messages = serverNotifications(release);
      expect(messages.length).toBeGreaterThan(50);
      // The first completed command item with actions: its first action's command becomes a number.
      const model = messages.find(
        (m) => m.method === 'item/completed' && Array.isArray((m.params as { item?: { commandActions?: unknown[] } }).item?.commandActions),
      );
      expect(model, 'a captured item/completed with commandActions').toBeDefined();
      const broken = structuredClone(model) as { params: { item: { commandActions: { command: unknown }[] } } };
      broken.params.item.commandActions[0]!.command = 5;

      const results = pythonCheck(join(folder.dir, DISPATCH_BUNDLE), [...messages, broken]);
      const invalid = results.slice(0, -1).flatMap((r, i) => (r.valid ? [] : [`${messages[i]!.method}: ${r.path} ${r.message}`]));
      expect(invalid).toEqual([]);
      expect(results.at(-1)).toEqual({ valid: false, path: '/params/item/commandActions/0/command', message: "5 is not of type 'string'" });
    },
  );
});

describe('docs/partners.md snippets, run as written', () => {
  const blocks = codeBlocks(readFileSync(join(repoRoot, 'docs', 'partners.md'), 'utf8'));
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  });

  /**
   * Runs a snippet as an ES module inside the repository, where `codex-app-server-protocol`
   * resolves to this package (self-reference through its exports) and the tools to devDependencies.
   */
  async function runSnippet(tag: string, edit: (text: string) => string = (t) => t) {
    const file = join(work, `${tag.replace('/', '-')}-${Math.random().toString(36).slice(2, 8)}.mjs`);
    writeFileSync(file, edit(taggedBlock(blocks, tag).text));
    const r = await exec(process.execPath, [file], { cwd: work });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trimEnd().split('\n');
  }

  it('Ajv draft-07: valid, and 1e400 refused with strictNumbers (accepted without it)', async () => {
    expect(await runSnippet('partners/ajv-draft-07')).toEqual(['true', 'false', '/params/value']);
    const lenient = await runSnippet('partners/ajv-draft-07', (t) => t.replace('strictNumbers: true', 'strictNumbers: false'));
    expect(lenient.slice(0, 2)).toEqual(['true', 'true']);
  });

  it('Ajv 2019-09 with the draft-07 meta-schema: the bundle', async () => {
    expect(await runSnippet('partners/ajv-2019')).toEqual(['true', 'false', '/params/approvalPolicy']);
  });

  it('Ajv 2020-12 with the draft-07 meta-schema: a per-type file', async () => {
    expect(await runSnippet('partners/ajv-2020')).toEqual(['true', 'false', '/input/0/text']);
  });

  it('json-schema-to-typescript: the generated interface compiles and matches the shape', async () => {
    const ts = (await runSnippet('partners/json2ts')).join('\n');
    expect(ts).toContain('export interface TurnStartParams');
    const project = join(work, 'json2ts');
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'generated.ts'),
      `${ts}\nexport const ok: TurnStartParams = { threadId: 't', input: [{ type: 'text', text: 'hi' }] };\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', types: [] },
        files: ['generated.ts'],
      }),
    );
    expect((await tsc('7', project)).output).toBe('');
  });

  it('quicktype: TypeScript for the server notifications', async () => {
    expect((await runSnippet('partners/quicktype')).join('\n')).toMatch(/export interface \w+/);
  });

  it('Python jsonschema: names the failing field', () => {
    const program = join(work, 'python-jsonschema.py');
    writeFileSync(program, taggedBlock(blocks, 'partners/python-jsonschema').text);
    const delta = { method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' } };
    const input = [delta, { ...delta, params: { ...delta.params, delta: 5 } }].map((m) => JSON.stringify(m)).join('\n');
    const out = execFileSync('python3', [program, join(folders[0]!.dir, DISPATCH_BUNDLE)], { input, encoding: 'utf8' });
    expect(out.trimEnd().split('\n')).toEqual(['valid', "/params/delta: 5 is not of type 'string'"]);
  });
});

it('the JSON folders hold what the exports map says (bundle, dispatch bundle, meta model)', () => {
  for (const f of folders)
    expect(readdirSync(f.dir), f.release).toEqual(expect.arrayContaining([BUNDLE, DISPATCH_BUNDLE, 'protocol.json']));
});
