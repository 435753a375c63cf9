/** The scripted model server on its own: the SSE it streams and what it records. */
import { afterEach, describe, expect, it } from 'vitest';
import { eventsFor, splitText, startModelServer } from './support/model-server.mjs';

type Server = Awaited<ReturnType<typeof startModelServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Reads an SSE body into its events: each frame's `event:` name and parsed `data:`. */
function parseSse(text: string): { event: string; data: Record<string, any> }[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => {
      const lines = frame.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? '';
      const data = JSON.parse(lines.find((l) => l.startsWith('data: '))?.slice(6) ?? 'null');
      return { event, data };
    });
}

describe('model server', () => {
  it('splits text into pieces that add up to it', () => {
    expect(splitText('Hello world', 3)).toEqual(['Hell', 'o wo', 'rld']);
    expect(splitText('ab', 3)).toEqual(['a', 'b']);
    expect(splitText('', 3)).toEqual(['']);
  });

  it('streams a message as added, deltas and done, between created and completed', () => {
    const { events, hangs } = eventsFor({ steps: [{ type: 'message', text: 'Hi there', deltas: ['Hi', ' there'] }] }, 'resp_1');
    expect(hangs).toBe(false);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.filter((e) => e.type === 'response.output_text.delta').map((e) => e.delta)).toEqual(['Hi', ' there']);
    expect(events[6]).toMatchObject({ item: { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hi there' }] } });
  });

  it('refuses deltas that do not add up to the text', () => {
    expect(() => eventsFor({ steps: [{ type: 'message', text: 'Hi', deltas: ['H'] }] }, 'r')).toThrow(/add up/);
  });

  it('sends function-call arguments as a JSON string, and stops at a hang without completing', () => {
    const { events, hangs } = eventsFor(
      { steps: [{ type: 'function_call', name: 'exec_command', callId: 'c1', arguments: { cmd: 'ls' } }, { type: 'hang' }] },
      'r',
    );
    expect(hangs).toBe(true);
    expect(events.at(-1)).toMatchObject({
      type: 'response.output_item.done',
      item: { type: 'function_call', call_id: 'c1', name: 'exec_command', arguments: '{"cmd":"ls"}' },
    });
    expect(events.some((e) => e.type === 'response.completed')).toBe(false);
  });

  it('serves the script in order over HTTP, records requests, and answers 500 once it runs out', async () => {
    server = await startModelServer({
      responses: [{ steps: [{ type: 'message', text: 'one' }] }, { steps: [{ type: 'message', text: 'two' }] }],
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const post = (body: unknown) =>
      fetch(`${server!.url}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
        body: JSON.stringify(body),
      });

    const first = await post({ n: 1 });
    expect(first.headers.get('content-type')).toBe('text/event-stream');
    const events = parseSse(await first.text());
    expect(events.every((e) => e.event === e.data.type)).toBe(true);
    expect(events.at(-1)?.data).toMatchObject({ type: 'response.completed', response: { id: 'resp_1' } });
    expect(events.find((e) => e.event === 'response.output_item.done')?.data.item.content[0].text).toBe('one');

    expect(parseSse(await (await post({ n: 2 })).text()).at(-1)?.data.response.id).toBe('resp_2');
    const third = await post({ n: 3 });
    expect(third.status).toBe(500);
    expect((await fetch(`${server.url}/v1/models`)).status).toBe(404);

    expect(server.requests.map((r) => [r.method, r.path, r.answered, r.body])).toEqual([
      ['POST', '/v1/responses', 'resp_1', { n: 1 }],
      ['POST', '/v1/responses', 'resp_2', { n: 2 }],
      ['POST', '/v1/responses', 'exhausted', { n: 3 }],
      ['GET', '/v1/models', 'not found', null],
    ]);
    expect(server.requests.every((r) => !('authorization' in r.headers))).toBe(true);
  });
});
