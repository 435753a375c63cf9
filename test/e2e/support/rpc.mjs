// The harness's own JSON-RPC driver: newline-delimited JSON over a child process's stdin and
// stdout, as `codex app-server` speaks it (no `jsonrpc` member). It records every message in wire
// order as seen from the client, and lets a scenario wait for server messages. Deliberately
// minimal: no validation, no typing by method.

import { createInterface } from 'node:readline';

/** @typedef {{ from: 'client' | 'server', message: Record<string, any> }} TranscriptEntry */
/** @typedef {Record<string, any>} Message */

export class RpcError extends Error {
  /** @param {string} method @param {{ code: number, message: string, data?: unknown }} error */
  constructor(method, error) {
    super(`${method} failed: ${error.code} ${error.message}`);
    this.method = method;
    this.error = error;
  }
}

/** Default hang guard for one wait. Generous: it only turns a hang into a failure. */
export const WAIT_MS = 60_000;

export class Connection {
  /**
   * @param {import('node:child_process').ChildProcessWithoutNullStreams} child
   */
  constructor(child) {
    this.child = child;
    /** @type {TranscriptEntry[]} */
    this.transcript = [];
    /** @type {Message[]} every server message, in order */
    this.received = [];
    this.stderr = '';
    /** @type {string | undefined} */
    this.exited = undefined;
    this.nextId = 1;
    /** @type {Set<() => void>} */
    this.listeners = new Set();

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-20_000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.trim() === '') return;
      /** @type {Message} */
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        message = { unparsed: line };
      }
      this.received.push(message);
      this.transcript.push({ from: 'server', message });
      this.notifyListeners();
    });
    /** resolves when the process has exited and its output is read */
    this.exit = new Promise((resolve) => {
      child.on('close', (code, signal) => {
        this.exited = signal ? `signal ${signal}` : `exit status ${code}`;
        this.notifyListeners();
        resolve(code);
      });
    });
  }

  notifyListeners() {
    // A snapshot: a listener may remove itself.
    for (const listener of Array.from(this.listeners)) listener();
  }

  /** @param {Message} message */
  send(message) {
    if (this.exited)
      throw new Error(`cannot send ${message.method ?? 'a response'}: the server has already ended (${this.exited})${this.stderrTail()}`);
    this.transcript.push({ from: 'client', message });
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  /**
   * Sends a request and resolves with its result; an error response rejects with RpcError.
   * @param {string} method @param {unknown} [params] @param {number} [timeoutMs]
   * @returns {Promise<any>}
   */
  async request(method, params, timeoutMs = WAIT_MS) {
    const id = this.nextId++;
    const message = params === undefined ? { id, method } : { id, method, params };
    const since = this.received.length;
    this.send(message);
    const reply = await this.waitFor((m) => m.id === id && m.method === undefined, { since, timeoutMs, what: `the reply to ${method}` });
    if (reply.error) throw new RpcError(method, reply.error);
    return reply.result;
  }

  /** @param {string} method @param {unknown} [params] */
  notify(method, params) {
    this.send(params === undefined ? { method } : { method, params });
  }

  /** Answers a server request. @param {string | number} id @param {unknown} result */
  respond(id, result) {
    this.send({ id, result });
  }

  /** How many server messages have arrived so far: pass as `since` to wait only for later ones. */
  mark() {
    return this.received.length;
  }

  /**
   * Resolves with the first server message (at index `since` or later) that satisfies `match`.
   * @param {(m: Message) => boolean} match
   * @param {{ since?: number, timeoutMs?: number, what?: string }} [options]
   * @returns {Promise<Message>}
   */
  waitFor(match, options = {}) {
    const { since = 0, timeoutMs = WAIT_MS, what = 'a matching server message' } = options;
    return new Promise((resolve, reject) => {
      let scanned = since;
      const check = () => {
        for (; scanned < this.received.length; scanned++) {
          if (match(this.received[scanned])) {
            done();
            resolve(this.received[scanned]);
            return;
          }
        }
        if (this.exited) {
          done();
          reject(new Error(`server ended (${this.exited}) while waiting for ${what}${this.stderrTail()}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} within ${timeoutMs} ms${this.stderrTail()}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /**
   * Waits for a notification by method (and optional params test).
   * @param {string} method @param {(params: any) => boolean} [test] @param {{ since?: number, timeoutMs?: number }} [options]
   */
  notification(method, test = () => true, options = {}) {
    return this.waitFor((m) => m.method === method && m.id === undefined && test(m.params), { what: `notification ${method}`, ...options });
  }

  /**
   * Resolves once no server message has arrived for `quietMs` (bounded by `maxMs`), so that
   * notifications the server sends after the last awaited one are part of the transcript.
   */
  settle(quietMs = 300, maxMs = 5_000) {
    return new Promise((resolve) => {
      const start = Date.now();
      let count = this.received.length;
      const tick = () => {
        if (this.received.length === count || this.exited || Date.now() - start > maxMs) return resolve(undefined);
        count = this.received.length;
        setTimeout(tick, quietMs);
      };
      setTimeout(tick, quietMs);
    });
  }

  /** Closes stdin (the server exits at end of input) and waits; kills after `graceMs`. */
  async close(graceMs = 10_000) {
    if (!this.exited) this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exit;
    clearTimeout(timer);
  }

  stderrTail() {
    const tail = this.stderr.trim().split('\n').slice(-15).join('\n');
    return tail ? `\n--- server stderr (tail) ---\n${tail}` : '';
  }
}
