// An ES module client (TypeScript `module: nodenext`): the `import` conditions of every entry point.
import * as runtime from 'codex-app-server-protocol/runtime';
import * as translate from 'codex-app-server-protocol/translate';
import * as validators from 'codex-app-server-protocol/validators';
import schema from 'codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json' with { type: 'json' };
import { probe } from './probe.js';

console.log(JSON.stringify(probe({ runtime, validators, translate, schema })));
