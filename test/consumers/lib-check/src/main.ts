// Names something from each typed entry point that needs no peer dependency, so its declarations
// are loaded and checked, and makes exactly one mistake of its own (the line after the marker).
// The copy installed with the peer typebox also compiles with-peer/entries.ts (/schemas, /diff).
import type { ClientRequest, ServerNotification, v2 } from 'codex-app-server-protocol';
import type { ClientRequestParams, JsonValue } from 'codex-app-server-protocol/types';
import { parse, PendingRequests, type ClientSide, type ParseResult } from 'codex-app-server-protocol/runtime';
import { createTranslator } from 'codex-app-server-protocol/translate';
import { check, router } from 'codex-app-server-protocol/validators';

export const request: ClientRequest = { id: 1, method: 'thread/archive', params: { threadId: 't' } };
export const seen: ServerNotification['method'] = 'turn/started';
export const policy: v2.AskForApproval = 'on-request';
export const item: v2.ThreadItem['type'] = 'agentMessage';
export const value: JsonValue = { any: ['json'] };
export const parsed: ParseResult<'serverToClient'> = parse('{}', 'serverToClient');
export const pending = new PendingRequests<ClientSide>();
export const translator = createTranslator({ threadId: 't' });
export const fast: boolean | undefined = check('v2/ThreadArchiveParams')?.({ threadId: 't' });
export const route: number = router('clientToServer')('thread/archive', { threadId: 't' });

// deliberate error: a model name must be a string (TS2322)
export const start: ClientRequestParams<'thread/start'> = { model: 42 };
