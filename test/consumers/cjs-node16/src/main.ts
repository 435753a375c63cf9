// A CommonJS client (TypeScript `module: node16`, package type commonjs): the `require` conditions.
import runtime = require('codex-app-server-protocol/runtime');
import translate = require('codex-app-server-protocol/translate');
import validators = require('codex-app-server-protocol/validators');
import schema = require('codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json');
import { probe } from './probe';

console.log(JSON.stringify(probe({ runtime, validators, translate, schema })));
