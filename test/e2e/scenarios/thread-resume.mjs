import { handshake, runTurn, startThread } from './common.mjs';

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'thread-resume',
  description:
    'a thread written by one server process (a command and a message; not recorded) is resumed with its history by a fresh one, which then runs a turn on it',
  applies: () => true,
  async run(h) {
    const r = h.release;
    const setup = h.connect(
      {
        responses: [{ steps: [r.shell('echo teapot', 'call_echo')] }, { steps: [{ type: 'message', text: 'The word is teapot.' }] }],
      },
      { record: false },
    );
    await handshake(setup);
    const { thread } = await startThread(setup, h.work, { approvalPolicy: r.approval.never, sandbox: r.sandbox.workspaceWrite });
    await runTurn(setup, { threadId: thread.id, text: 'Pick a word and echo it.' });
    await setup.close();

    const conn = h.connect({ responses: [{ steps: [{ type: 'message', text: 'It was teapot.' }] }] });
    await handshake(conn);
    await conn.request('thread/resume', { threadId: thread.id });
    await runTurn(conn, { threadId: thread.id, text: 'Which word was it?' });
  },
};
