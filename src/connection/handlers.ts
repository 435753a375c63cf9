/**
 * The handlers of a connection: for notifications, several per method and catch-alls; for
 * requests, one per method and one catch-all. Each registration returns the function that
 * removes it. Notification handlers are looked up without hashing the method name (a fresh
 * string from JSON.parse on every message), through an index rebuilt when they change.
 */
import { nameIndex } from '../dispatch.js';
import type { NotificationHandler, RequestHandler } from './types.js';

export class Handlers {
  readonly #notifications = new Map<string, NotificationHandler[]>();
  #of: (method: string) => NotificationHandler[] | undefined = () => undefined;
  #anyNotification: NotificationHandler[] = [];
  readonly #requests = new Map<string, RequestHandler>();
  #anyRequest: RequestHandler | undefined;

  /** The handlers of a notification method (undefined: none). */
  of(method: string): readonly NotificationHandler[] | undefined {
    return this.#of(method);
  }

  get anyNotification(): readonly NotificationHandler[] {
    return this.#anyNotification;
  }

  request(method: string): RequestHandler | undefined {
    return this.#requests.get(method);
  }

  get anyRequest(): RequestHandler | undefined {
    return this.#anyRequest;
  }

  onNotification(method: string, handler: NotificationHandler): () => void {
    this.#notifications.set(method, [...(this.#notifications.get(method) ?? []), handler]);
    this.#of = nameIndex([...this.#notifications]);
    return () => {
      const now = this.#notifications.get(method)?.filter((h) => h !== handler) ?? [];
      if (now.length > 0) this.#notifications.set(method, now);
      else this.#notifications.delete(method);
      this.#of = nameIndex([...this.#notifications]);
    };
  }

  onAnyNotification(handler: NotificationHandler): () => void {
    this.#anyNotification = [...this.#anyNotification, handler];
    return () => void (this.#anyNotification = this.#anyNotification.filter((h) => h !== handler));
  }

  onRequest(method: string, handler: RequestHandler): () => void {
    if (this.#requests.has(method)) throw new Error(`onRequest: ${method} has a handler already (call its unsubscribe function first)`);
    this.#requests.set(method, handler);
    return () => {
      if (this.#requests.get(method) === handler) this.#requests.delete(method);
    };
  }

  onAnyRequest(handler: RequestHandler): () => void {
    if (this.#anyRequest !== undefined)
      throw new Error('onAnyRequest: a catch-all request handler is registered already (call its unsubscribe function first)');
    this.#anyRequest = handler;
    return () => {
      if (this.#anyRequest === handler) this.#anyRequest = undefined;
    };
  }
}
