import { join } from 'node:path';
import { handshake } from './common.mjs';

/**
 * A request whose error reply is part of what the scenario records: resolves with the result,
 * or with the error, instead of failing the scenario.
 * @param {import('../support/rpc.mjs').Connection} conn @param {string} method @param {unknown} [params]
 */
async function attempt(conn, method, params) {
  try {
    return { result: await conn.request(method, params) };
  } catch (e) {
    if (e instanceof Error && 'error' in e) return { error: e.error };
    throw e;
  }
}

/** @type {import('../support/harness.mjs').Scenario} */
export default {
  name: 'config-account',
  description:
    'config/read with layers, config writes (one refused for a stale version), account/read, API-key login, rate limits, a ChatGPT login started and cancelled, logout, model/list of hidden models',
  applies: () => true,
  async run(h) {
    const newer = h.release.version !== '0.64.0';
    const userConfig = join(h.root, 'home', 'config.toml');
    const conn = h.connect({ responses: [] });
    await handshake(conn);

    // Configuration: read with layers, one write, one batch, one write against a stale version.
    const read = await conn.request('config/read', newer ? { includeLayers: true, cwd: h.work } : { includeLayers: true });
    const userLayer = read.layers.find((l) => (newer ? l.name.type === 'user' : l.name === 'user'));
    if (userLayer === undefined) throw new Error('config/read: no user layer');
    const written = await conn.request('config/value/write', {
      ...(newer ? {} : { filePath: userConfig }),
      keyPath: 'model_reasoning_summary',
      value: 'concise',
      mergeStrategy: 'replace',
      expectedVersion: userLayer.version,
    });
    await conn.request('config/batchWrite', {
      ...(newer ? { reloadUserConfig: true } : { filePath: userConfig }),
      edits: [
        // 0.171.0 no longer writes `profiles` tables.
        newer
          ? { keyPath: 'tools', value: { web_search: { context_size: 'low' } }, mergeStrategy: 'upsert' }
          : { keyPath: 'profiles.e2e', value: { model: h.release.model }, mergeStrategy: 'upsert' },
        { keyPath: 'model_verbosity', value: 'low', mergeStrategy: 'replace' },
      ],
      expectedVersion: written.version,
    });
    await attempt(conn, 'config/value/write', {
      filePath: userConfig,
      keyPath: 'model_verbosity',
      value: 'high',
      mergeStrategy: 'replace',
      expectedVersion: userLayer.version,
    });
    await conn.request('config/read', {});

    // Account: nobody signed in, then an API key, then rate limits (which need ChatGPT).
    await conn.request('account/read', {});
    let since = conn.mark();
    await conn.request('account/login/start', { type: 'apiKey', apiKey: 'sk-e2e-not-a-real-key' });
    await conn.notification('account/login/completed', () => true, { since });
    await conn.request('account/read', { refreshToken: false });
    // 0.64.0 takes no params here; 0.171.0 takes optional ones: without, null, empty and set.
    await attempt(conn, 'account/rateLimits/read', undefined);
    if (newer) {
      await attempt(conn, 'account/rateLimits/read', null);
      await attempt(conn, 'account/rateLimits/read', {});
      await attempt(conn, 'account/rateLimits/read', { excludeResetCreditDetails: true });
    }

    // A ChatGPT login (its callback server listens on loopback), cancelled before anyone signs in.
    since = conn.mark();
    const login = await attempt(conn, 'account/login/start', { type: 'chatgpt' });
    if (login.result !== undefined) {
      await attempt(conn, 'account/login/cancel', { loginId: login.result.loginId });
      await conn.notification('account/login/completed', (p) => p.loginId === login.result.loginId, { since });
    }
    await attempt(conn, 'account/login/cancel', { loginId: 'no-such-login' });

    since = conn.mark();
    await conn.request('account/logout');
    await conn.notification('account/updated', () => true, { since });
    await conn.request('account/read', {});
    if (newer) await conn.request('model/list', { includeHidden: true, limit: 2 });
  },
};
