import { handshake, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'thread-start',
  description: 'thread/start with explicit settings, answered by the thread and thread/started',
  applies: () => true,
  async run(h) {
    const conn = h.connect({ responses: [] });
    await handshake(conn);
    await startThread(conn, h.work, {
      model: h.release.model,
      approvalPolicy: h.release.approval.onRequest,
      sandbox: h.release.sandbox.readOnly,
    });
  },
};
