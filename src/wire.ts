/** Words of the wire shared by the definitions, the generator and the runtime. */

/** Who sends a message: the client (IDE, app) or the app-server. */
export type Direction = 'clientToServer' | 'serverToClient';

/** A request expects a response with the same id; a notification gets none. */
export type MethodKind = 'request' | 'notification';

/** API generation: `v1` is the legacy conversation API (root namespace), `v2` the thread/turn/item API. */
export type Api = 'v1' | 'v2';
