// A scripted stand-in for the OpenAI Responses API, for running the real `codex app-server`
// against. It listens on 127.0.0.1 only and answers every `POST …/responses` with the next
// response of its script, streamed as server-sent events; every request is recorded.
//
// Plain ESM with JSDoc types, so `node` runs it without a build:
//
//   node test/e2e/support/model-server.mjs SCRIPT.json [REQUESTS.jsonl]
//
// prints `listening http://127.0.0.1:PORT` and serves until killed.

import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * One output step of a scripted response. Each becomes one or more SSE events; a response ends
 * with `response.completed` unless a `hang` step keeps its stream open (until the client goes).
 * A message or reasoning step is streamed as `deltas` (by default its text in three pieces);
 * an `open` message sends only its deltas, not its `output_item.done`.
 * @typedef {(
 *   | { type: 'message', text: string, deltas?: string[], id?: string, open?: boolean }
 *   | { type: 'reasoning', summary: string, deltas?: string[], id?: string }
 *   | { type: 'function_call', name: string, arguments: unknown, callId: string, id?: string }
 *   | { type: 'custom_tool_call', name: string, input: string, callId: string, id?: string }
 *   | { type: 'hang' }
 *   | { type: 'event', event: Record<string, unknown> }
 * )} Step
 */

/**
 * One scripted response: the answer to one `POST …/responses`.
 * `status` other than 200 answers with that HTTP status and `{"error":{…}}` instead of a stream.
 * @typedef {{ steps: Step[], status?: number, note?: string }} ScriptedResponse
 */

/** @typedef {{ responses: ScriptedResponse[] }} Script */

/**
 * What the server recorded about one HTTP request.
 * @typedef {{ seq: number, method: string, path: string, headers: Record<string, string>, body: unknown, answered: string }} RecordedRequest
 */

/** Splits `text` into `n` roughly equal, non-empty pieces (fewer when the text is short). @param {string} text */
export function splitText(text, n = 3) {
  const size = Math.max(1, Math.ceil(text.length / n));
  const parts = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length > 0 ? parts : [''];
}

/**
 * The SSE events of one scripted response, in order, each as the JSON object sent in `data:`.
 * A `hang` step stops the list; `hangs` says whether the stream is then kept open.
 * @param {ScriptedResponse} response
 * @param {string} responseId
 * @returns {{ events: Record<string, unknown>[], hangs: boolean }}
 */
export function eventsFor(response, responseId) {
  /** @type {Record<string, unknown>[]} */
  const events = [{ type: 'response.created', response: { id: responseId, object: 'response', status: 'in_progress', output: [] } }];
  let outputIndex = 0;
  for (const step of response.steps) {
    const index = outputIndex;
    const itemId = 'id' in step && step.id ? step.id : `${stepPrefix(step)}_${responseId}_${index}`;
    switch (step.type) {
      case 'message': {
        const deltas = step.deltas ?? splitText(step.text);
        if (deltas.join('') !== step.text) throw new Error(`message deltas do not add up to its text: ${JSON.stringify(step.text)}`);
        events.push({
          type: 'response.output_item.added',
          output_index: index,
          item: { type: 'message', id: itemId, role: 'assistant', status: 'in_progress', content: [] },
        });
        events.push({
          type: 'response.content_part.added',
          item_id: itemId,
          output_index: index,
          content_index: 0,
          part: { type: 'output_text', text: '', annotations: [] },
        });
        for (const delta of deltas)
          events.push({ type: 'response.output_text.delta', item_id: itemId, output_index: index, content_index: 0, delta });
        // An open message stops after its deltas, as a model still writing it would.
        if (step.open) break;
        events.push({ type: 'response.output_text.done', item_id: itemId, output_index: index, content_index: 0, text: step.text });
        events.push({
          type: 'response.output_item.done',
          output_index: index,
          item: {
            type: 'message',
            id: itemId,
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: step.text, annotations: [] }],
          },
        });
        break;
      }
      case 'reasoning': {
        const deltas = step.deltas ?? splitText(step.summary, 2);
        if (deltas.join('') !== step.summary)
          throw new Error(`reasoning deltas do not add up to its summary: ${JSON.stringify(step.summary)}`);
        events.push({ type: 'response.output_item.added', output_index: index, item: { type: 'reasoning', id: itemId, summary: [] } });
        events.push({
          type: 'response.reasoning_summary_part.added',
          item_id: itemId,
          output_index: index,
          summary_index: 0,
          part: { type: 'summary_text', text: '' },
        });
        for (const delta of deltas)
          events.push({ type: 'response.reasoning_summary_text.delta', item_id: itemId, output_index: index, summary_index: 0, delta });
        events.push({
          type: 'response.reasoning_summary_text.done',
          item_id: itemId,
          output_index: index,
          summary_index: 0,
          text: step.summary,
        });
        events.push({
          type: 'response.output_item.done',
          output_index: index,
          item: { type: 'reasoning', id: itemId, summary: [{ type: 'summary_text', text: step.summary }] },
        });
        break;
      }
      case 'function_call': {
        const args = typeof step.arguments === 'string' ? step.arguments : JSON.stringify(step.arguments);
        const item = { type: 'function_call', id: itemId, call_id: step.callId, name: step.name, arguments: args, status: 'completed' };
        events.push({ type: 'response.output_item.added', output_index: index, item: { ...item, arguments: '', status: 'in_progress' } });
        events.push({ type: 'response.function_call_arguments.done', item_id: itemId, output_index: index, arguments: args });
        events.push({ type: 'response.output_item.done', output_index: index, item });
        break;
      }
      case 'custom_tool_call': {
        const item = {
          type: 'custom_tool_call',
          id: itemId,
          call_id: step.callId,
          name: step.name,
          input: step.input,
          status: 'completed',
        };
        events.push({ type: 'response.output_item.added', output_index: index, item: { ...item, input: '', status: 'in_progress' } });
        events.push({ type: 'response.output_item.done', output_index: index, item });
        break;
      }
      case 'event':
        events.push(step.event);
        continue;
      case 'hang':
        return { events, hangs: true };
      default:
        throw new Error(`unknown script step ${JSON.stringify(step)}`);
    }
    outputIndex += 1;
  }
  events.push({
    type: 'response.completed',
    response: {
      id: responseId,
      object: 'response',
      status: 'completed',
      usage: {
        input_tokens: 100,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: 20,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 120,
      },
    },
  });
  return { events, hangs: false };
}

/** @param {Step} step */
function stepPrefix(step) {
  return { message: 'msg', reasoning: 'rs', function_call: 'fc', custom_tool_call: 'ctc' }[/** @type {string} */ (step.type)] ?? 'item';
}

/** @param {Record<string, unknown>} event */
function sseFrame(event) {
  return `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * Starts the server. Responses are served in script order, one per `POST …/responses`; a request
 * beyond the script gets HTTP 500 (recorded as `exhausted`), so a scenario that asks the model
 * more often than scripted fails visibly. Other paths get 404.
 * @param {Script} script
 * @param {{ requestsLog?: string, port?: number }} [options]
 */
export async function startModelServer(script, options = {}) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Set<import('node:http').ServerResponse>} */
  const open = new Set();
  let served = 0;
  let seq = 0;

  /** @param {RecordedRequest} entry */
  const record = (entry) => {
    requests.push(entry);
    if (options.requestsLog) appendFileSync(options.requestsLog, `${JSON.stringify(entry)}\n`);
  };

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      /** @type {unknown} */
      let body = text;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        // Not JSON (or compressed): recorded as text.
      }
      const path = (req.url ?? '/').split('?')[0];
      /** @type {Record<string, string>} */
      const headers = {};
      for (const [k, v] of Object.entries(req.headers)) if (k !== 'authorization') headers[k] = String(v);
      const entry = { seq: seq++, method: req.method ?? '', path: req.url ?? '/', headers, body, answered: '' };

      if (req.method !== 'POST' || !path.endsWith('/responses')) {
        entry.answered = 'not found';
        record(entry);
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: `no route for ${req.method} ${path}` } }));
        return;
      }
      const scripted = script.responses[served];
      if (scripted === undefined) {
        entry.answered = 'exhausted';
        record(entry);
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: `the script has no response #${served + 1}`, type: 'server_error' } }));
        return;
      }
      const responseId = `resp_${served + 1}`;
      served += 1;
      entry.answered = responseId;
      record(entry);
      if (scripted.status !== undefined && scripted.status !== 200) {
        res
          .writeHead(scripted.status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: scripted.note ?? 'scripted error', type: 'invalid_request_error' } }));
        return;
      }
      const { events, hangs } = eventsFor(scripted, responseId);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': `req_${responseId}` });
      for (const event of events) res.write(sseFrame(event));
      if (hangs) {
        open.add(res);
        res.on('close', () => open.delete(res));
      } else {
        res.end();
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('model server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    port: address.port,
    requests,
    /** How many scripted responses have been served. */
    served: () => served,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

/** Reads a script file (JSON). @param {string} file */
export function readScript(file) {
  const script = JSON.parse(readFileSync(file, 'utf8'));
  if (!script || !Array.isArray(script.responses)) throw new Error(`${file}: a script is {"responses": [...]}`);
  return /** @type {Script} */ (script);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, log] = process.argv.slice(2);
  if (file === undefined) {
    process.stderr.write('usage: node model-server.mjs SCRIPT.json [REQUESTS.jsonl]\n');
    process.exit(2);
  }
  const server = await startModelServer(readScript(file), { requestsLog: log });
  process.stdout.write(`listening ${server.url}\n`);
}
