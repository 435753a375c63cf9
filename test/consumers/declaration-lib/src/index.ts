// No annotations on purpose: every exported type below is inferred from the package's runtime.
import { clientRequest, parse, PendingRequests, type ClientSide } from 'codex-app-server-protocol/runtime';
import { createTranslator } from 'codex-app-server-protocol/translate';

export const conn = (line: string) => parse(line, 'serverToClient');

export function pending() {
  return new PendingRequests<ClientSide>();
}

export const archive = (id: number, threadId: string) => clientRequest(id, 'thread/archive', { threadId });

export const translator = (threadId: string) => createTranslator({ threadId });

export function firstDelta(line: string) {
  const r = parse(line, 'serverToClient');
  return r.ok && r.kind === 'notification' && r.message.method === 'item/agentMessage/delta' ? r.message.params : null;
}
