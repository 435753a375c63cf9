/**
 * The generated TypeScript: no bigint, strict type-checking as consumed by ESM (nodenext),
 * CommonJS and bundler projects, and agreement with an independent generator
 * (json-schema-to-typescript) on a sample of message types.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { listFiles } from '../codegen/files.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedJsonDir as jsonDirOf, generatedTsDir as tsDirOf, repoRoot } from './support/schemas.js';
import { RELEASES } from '../src/releases.js';

// The consumer below uses 0.64.0's shapes (v1 events, camelCase policies).
const generatedTsDir = tsDirOf('0.64.0');
const generatedJsonDir = jsonDirOf('0.64.0');

const work = join(repoRoot, '.tmp', 'ts-consumers');
const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');

function tsFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** Runs tsc on a project folder; returns its diagnostics ('' when clean). */
function typecheck(dir: string): string {
  try {
    execFileSync(tsc, ['-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}` || String(e);
  }
}

const CONSUMER = (indexPath: string) => `
import type { ClientRequest, ClientRequestParams, ClientRequestResult, EventMsg, ServerNotification, ServerNotificationParams, ServerRequestResult, v2 } from "${indexPath}";

export const start: ClientRequestParams<"thread/start"> = { model: "gpt-5.1-codex", approvalPolicy: "onRequest", sandbox: "workspaceWrite" };
export const logout: ClientRequest = { id: 1, method: "account/logout" };
export const request: ClientRequest = { id: "a", method: "turn/start", params: { threadId: "t", input: [{ type: "text", text: "hi" }] } };

export function threadId(result: ClientRequestResult<"thread/start">): string {
  return result.thread.id;
}

export function describeNotification(n: ServerNotification): string {
  switch (n.method) {
    case "item/started":
      return n.params.item.type === "commandExecution" ? n.params.item.command : n.params.item.type;
    case "turn/completed":
      return n.params.turn.status === "failed" ? n.params.turn.error.message : n.params.turn.status;
    case "codex/event/task_started":
      return n.params.msg.type;
    default:
      return n.method;
  }
}

export function eventText(p: ServerNotificationParams<"codex/event/agent_message">): string {
  return p.msg.message;
}

export const decision: ServerRequestResult<"item/commandExecution/requestApproval"> = { decision: "accept", acceptSettings: { forSession: true } };
export const tokens: number = (null as unknown as v2.TokenUsageBreakdown).totalTokens;
export const bare: EventMsg = { type: "context_compacted" };

// @ts-expect-error v2 approval policies are camelCase; kebab-case is the v1 spelling
export const wrongPolicy: v2.AskForApproval = "on-request";
// @ts-expect-error a codex/event/task_started notification carries a task_started event
export const mismatched: ServerNotificationParams<"codex/event/task_started"> = { id: "0", conversationId: "c", msg: { type: "agent_message", message: "hi" } };
`;

const SETUPS = {
  'esm-nodenext': { packageType: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  commonjs: { packageType: 'commonjs', compilerOptions: { module: 'commonjs' } },
  'commonjs-nodenext': { packageType: 'commonjs', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  bundler: { packageType: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
} as const;

describe('generated TypeScript', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  });

  it('uses number for every JSON number: no bigint anywhere', () => {
    const files = RELEASES.flatMap((r) => tsFiles(tsDirOf(r)));
    expect(files.length).toBeGreaterThan(200);
    expect(files.filter((f) => /\bbigint\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('imports other files with relative .js specifiers and carries the do-not-edit banner', () => {
    for (const f of RELEASES.flatMap((r) => tsFiles(tsDirOf(r)))) {
      const text = readFileSync(f, 'utf8');
      expect(text.startsWith('// GENERATED CODE'), f).toBe(true);
      for (const m of text.matchAll(/from "([^"]+)"/g)) expect(m[1], f).toMatch(/^\.\.?\/.*\.js$/);
    }
  });

  for (const [name, setup] of Object.entries(SETUPS)) {
    it(`type-checks under strict as consumed by a ${name} project`, () => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      const index = relative(dir, join(generatedTsDir, 'index.js')).split('\\').join('/');
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: setup.packageType }));
      writeFileSync(join(dir, 'consumer.ts'), CONSUMER(index.startsWith('.') ? index : `./${index}`));
      const compilerOptions = { strict: true, noEmit: true, target: 'es2022', skipLibCheck: false, types: [], ...setup.compilerOptions };
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions, files: ['consumer.ts', ...tsFiles(generatedTsDir).map((f) => relative(dir, f))] }, null, 2),
      );
      expect(typecheck(dir)).toBe('');
    });
  }

  it('reports a type error through the same harness (the consumer check can fail)', () => {
    const dir = join(work, 'broken');
    mkdirSync(dir, { recursive: true });
    const index = relative(dir, join(generatedTsDir, 'index.js'));
    writeFileSync(join(dir, 'consumer.ts'), `import type { v2 } from "${index}";\nexport const t: v2.Thread = { id: 1 };\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] },
        files: ['consumer.ts'],
      }),
    );
    expect(typecheck(dir)).toMatch(/error TS/);
  });

  it('agrees with json-schema-to-typescript on a sample of message types (mutually assignable)', async () => {
    const sample: [jsonFile: string, generated: string][] = [
      ['v2/ThreadStartParams.json', 'v2.ThreadStartParams'],
      ['v2/ThreadStartResponse.json', 'v2.ThreadStartResponse'],
      ['v2/TurnStartParams.json', 'v2.TurnStartParams'],
      ['v2/TurnCompletedNotification.json', 'v2.TurnCompletedNotification'],
      ['v2/ItemStartedNotification.json', 'v2.ItemStartedNotification'],
      ['v2/CommandExecutionRequestApprovalParams.json', 'v2.CommandExecutionRequestApprovalParams'],
      ['v2/CommandExecutionRequestApprovalResponse.json', 'v2.CommandExecutionRequestApprovalResponse'],
      ['v2/ErrorNotification.json', 'v2.ErrorNotification'],
      ['v2/GetAccountResponse.json', 'v2.GetAccountResponse'],
      ['v2/LoginAccountResponse.json', 'v2.LoginAccountResponse'],
      ['v1/SendUserTurnParams.json', 'SendUserTurnParams'],
      ['v1/NewConversationParams.json', 'NewConversationParams'],
    ];
    const dir = join(work, 'oracle');
    mkdirSync(dir, { recursive: true });
    const lines = [
      `import type * as Gen from "${relative(dir, join(generatedTsDir, 'index.js'))}";`,
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    ];
    for (const [i, [file, generated]] of sample.entries()) {
      const schema = JSON.parse(readFileSync(join(generatedJsonDir, file), 'utf8'));
      const source = await compile(schema, `Oracle${i}`, {
        bannerComment: '',
        additionalProperties: false,
        format: false,
        declareExternallyReferenced: true,
      });
      writeFileSync(join(dir, `oracle${i}.ts`), source);
      const rootName = schema.title as string;
      expect(source).toMatch(new RegExp(`export (type|interface) ${rootName}\\b`));
      lines.push(`import type { ${rootName} as O${i} } from "./oracle${i}.js";`);
      lines.push(`export const same${i}: Same<Gen.${generated}, O${i}> = true;`);
    }
    writeFileSync(join(dir, 'check.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] },
        include: ['*.ts'],
      }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    expect(typecheck(dir)).toBe('');
  });
});
