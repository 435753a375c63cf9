/**
 * Which result answers which request, when no meta model says it. A bundle lists the requests
 * with their params but not their results; the upstream export names them by convention, so the
 * pairing is read off the names, in three steps:
 *
 * 1. params name: `XParams` is answered by `XResponse` (same namespace first);
 * 2. method name: `thread/start` is answered by `ThreadStartResponse`;
 * 3. name words: a `…Response` definition no step above claimed, whose name shares the most
 *    words with the method name (at least two, and more than any other such definition), e.g.
 *    `account/logout` -> `LogoutAccountResponse`. Several methods may share one (the two
 *    `config/…Write` methods answer with `ConfigWriteResponse`).
 *
 * A request none of them pairs keeps an unknown result (and the diff says so).
 */
import { bundleDefinitions, definitionKey, shortName } from '../bundle.js';
import type { MethodEntry } from './protocol.js';

/** How a method's result was found. */
export type ResultSource = 'meta model' | 'params name' | 'method name' | 'name words';

export interface Pairing {
  readonly result: string;
  readonly source: ResultSource;
}

/** `account/rateLimits/read` -> `AccountRateLimitsRead`. */
function pascal(method: string): string {
  return method
    .split(/[/_]/)
    .filter((s) => s !== '')
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
}

/** Lower-case words of a name: `GetAccountRateLimits` and `account/rateLimits/read` both give account, rate, limits (+ get / read). */
export function nameWords(name: string): string[] {
  return name
    .split(/[/_\s]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/**
 * Results for the requests among `methods` that have none, from the names in `bundle`. Returns
 * a map method -> pairing; methods that cannot be paired are absent.
 */
export function pairResults(bundle: unknown, methods: readonly MethodEntry[]): Map<string, Pairing> {
  const responses = new Map<string, string[]>(); // short name -> pointers (root and v2 may both have it)
  for (const [pointer] of bundleDefinitions(bundle)) {
    const name = shortName(pointer);
    if (!name.endsWith('Response') || name.startsWith('JSONRPC')) continue;
    responses.set(name, [...(responses.get(name) ?? []), pointer]);
  }
  const lookup = (name: string, preferV2: boolean): string | undefined => {
    const found = responses.get(name);
    if (found === undefined) return undefined;
    return found.find((p) => definitionKey(p).startsWith('v2/') === preferV2) ?? found[0];
  };

  const out = new Map<string, Pairing>();
  const open = methods.filter((m) => m.kind === 'request' && m.result === undefined);
  for (const m of open) {
    const v2 = m.namespace === 'v2';
    const params = m.params === null ? undefined : shortName(m.params);
    const byParams = params?.endsWith('Params')
      ? lookup(`${params.slice(0, -'Params'.length)}Response`, m.params!.includes('/v2/'))
      : undefined;
    if (byParams !== undefined) {
      out.set(m.method, { result: byParams, source: 'params name' });
      continue;
    }
    const byMethod = lookup(`${pascal(m.method)}Response`, v2);
    if (byMethod !== undefined) out.set(m.method, { result: byMethod, source: 'method name' });
  }

  // Step 3 only considers responses no method claims by the steps above (nor a meta model).
  const claimed = new Set([...out.values()].map((p) => shortName(p.result)));
  for (const m of methods) if (typeof m.result === 'string') claimed.add(shortName(m.result));
  const free = [...responses.keys()].filter((name) => !claimed.has(name));
  for (const m of open) {
    if (out.has(m.method)) continue;
    const words = new Set(nameWords(m.method));
    let best: string | undefined;
    let bestScore = 0;
    let tie = false;
    for (const name of free) {
      const score = nameWords(name.slice(0, -'Response'.length)).filter((w) => words.has(w)).length;
      if (score > bestScore) [best, bestScore, tie] = [name, score, false];
      else if (score === bestScore) tie = true;
    }
    if (best !== undefined && bestScore >= 2 && !tie)
      out.set(m.method, { result: lookup(best, m.namespace === 'v2')!, source: 'name words' });
  }
  return out;
}
