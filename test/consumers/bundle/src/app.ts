// A small app that esbuild bundles three ways (ES module and CommonJS for node, and for the
// browser): everything it imports from the package must be followable by a bundler.
import * as runtime from 'codex-app-server-protocol/runtime';
import * as translate from 'codex-app-server-protocol/translate';
import * as validators from 'codex-app-server-protocol/validators';
import schema from 'codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json';
import { probe } from './probe.js';

console.log(JSON.stringify(probe({ runtime, validators, translate, schema })));
