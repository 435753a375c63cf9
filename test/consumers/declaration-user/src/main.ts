import { archive, conn, firstDelta, pending } from '../../declaration-lib/out/index.js';

const r = conn('{}');
export const method: string | null = r.ok && r.kind === 'notification' ? r.message.method : null;
export const delta: string | undefined = firstDelta('{}')?.delta;
const p = pending();
export const sent: 'thread/archive' = p.track(archive(1, 't')).method;
const s = p.settle({ id: 1, result: {} });
export const settled: boolean = s.ok && s.method === 'thread/archive';
