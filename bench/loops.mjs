// The loops that throughput.mjs and ab.mjs time: JSON.parse alone, and a peer's parse + validate.

/**
 * The corpus as the two peers see it: the client parses what the server sends, the server what
 * the client sends, each with its own direction at the call site (as a real peer does). Each
 * entry is `{ line, answers }`, `answers` naming the request a response answers.
 */
export function peerStreams(entries) {
  const streams = { serverToClient: [], clientToServer: [] };
  for (const [direction, message, answers] of entries) streams[direction].push({ line: JSON.stringify(message), answers });
  return streams;
}

/** JSON.parse alone: the baseline. The loop around it is the same as in the runtime's loops. */
export function parseOnly(slice) {
  let ok = 0;
  for (const e of slice) if (JSON.parse(e.line) !== null) ok++;
  return ok;
}

/**
 * What each peer of a runtime runs on each line it receives: parse + validate (a response through
 * its method's result check), by the direction it receives. Each calls parse with its own
 * direction, a constant at its call site (as a real peer's is).
 */
export function peerLoops({ parse, validateResult }) {
  function peerLoop(slice, direction) {
    let ok = 0;
    for (const e of slice) {
      const r = parse(e.line, direction);
      if (r.ok && (r.kind !== 'response' || r.message.result === undefined || validateResult(e.answers, r.message.result).ok)) ok++;
    }
    return ok;
  }
  return { serverToClient: (slice) => peerLoop(slice, 'serverToClient'), clientToServer: (slice) => peerLoop(slice, 'clientToServer') };
}

/**
 * The runtime of `release` with its layout reader turned off: every line goes through JSON.parse,
 * then the same checks. Against JSON.parse alone, it gives what validation itself costs; the
 * runtime as shipped reads the streaming notifications without JSON.parse (codegen/checks/readers.ts).
 */
export async function runtimeWithoutReader(release) {
  const { NEWEST } = await import('../dist/src/runtime/index.js');
  const { createRuntime } = await import('../dist/src/runtime/api.js');
  const path = release === NEWEST ? '../dist/generated/validators/index.js' : `../dist/generated/releases/${release}/validators/index.js`;
  const tables = await import(path);
  return createRuntime(release, { ...tables, read: () => undefined });
}
