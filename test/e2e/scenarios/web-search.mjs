import { handshake, runTurn, startThread } from './common.mjs';

/** The model's hosted web search, as the Responses API streams its output item. */
const webSearchCall = (status, action) => ({
  type: 'web_search_call',
  id: 'ws_weather',
  status,
  ...(action === undefined ? {} : { action }),
});

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'web-search',
  description: 'one turn in which the model reports a web search (a hosted tool) after its message',
  applies: () => true,
  async run(h) {
    const conn = h.connect({
      responses: [
        {
          steps: [
            { type: 'message', text: 'Here is what I found.' },
            { type: 'event', event: { type: 'response.output_item.added', output_index: 1, item: webSearchCall('in_progress') } },
            {
              type: 'event',
              event: {
                type: 'response.output_item.done',
                output_index: 1,
                item: webSearchCall('completed', { type: 'search', query: 'weather in Paris' }),
              },
            },
          ],
        },
      ],
    });
    await handshake(conn);
    const { thread } = await startThread(conn, h.work);
    await runTurn(conn, { threadId: thread.id, text: 'Search the weather in Paris.' });
  },
};
