// An older CommonJS set-up (TypeScript 5.9, `module: commonjs`, node10 resolution): subpaths are
// found through typesVersions. The per-type schema is loaded at run time (node10 cannot type it).
import * as runtime from 'codex-app-server-protocol/runtime';
import * as translate from 'codex-app-server-protocol/translate';
import * as validators from 'codex-app-server-protocol/validators';
import { probe, type Entries } from './probe';

declare const require: (id: string) => unknown;
const schema = require('codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json') as Entries['schema'];

console.log(JSON.stringify(probe({ runtime, validators, translate, schema })));
