// The entry points whose declarations need the optional peer typebox: /schemas (the TypeBox
// values) and /diff (its declarations reach src/def.d.ts, which names typebox's TSchema).
import { messageUnions, NEWEST, protocolFor, type TSchema } from 'codex-app-server-protocol/schemas';
import { diffProtocols, type DiffReport } from 'codex-app-server-protocol/diff';

export const schema: TSchema = messageUnions(protocolFor(NEWEST).methods).ClientRequest.schema;
export const diff: typeof diffProtocols = diffProtocols;
export type Report = DiffReport;
