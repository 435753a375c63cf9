import { handshake } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'initialize',
  description: 'initialize and initialized, then model/list: the handshake and what the server announces after it',
  applies: () => true,
  async run(h) {
    const conn = h.connect({ responses: [] });
    await handshake(conn);
    await conn.request('model/list', {});
  },
};
