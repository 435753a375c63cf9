// Plain JavaScript with require(): no TypeScript, no bundler. probe.cjs is shared/probe.ts with
// its types stripped (it imports nothing at run time).
'use strict';
const runtime = require('codex-app-server-protocol/runtime');
const translate = require('codex-app-server-protocol/translate');
const validators = require('codex-app-server-protocol/validators');
const schema = require('codex-app-server-protocol/json/v2/AgentMessageDeltaNotification.json');
const { probe } = require('./probe.cjs');

// The package root holds the wire types only: at run time it is an empty module.
const root = require('codex-app-server-protocol');
if (Object.keys(root).length !== 0) throw new Error(`the package root exports values: ${Object.keys(root).join(', ')}`);
// The whole bundle and the meta model are JSON entry points too.
const bundle = require('codex-app-server-protocol/schema.json');
const meta = require('codex-app-server-protocol/protocol.json');
if (!bundle.definitions.ServerNotification || meta.version !== require('codex-app-server-protocol/package.json').version) {
  throw new Error('schema.json or protocol.json is not the bundle and meta model of this release');
}

console.log(JSON.stringify(probe({ runtime, validators, translate, schema })));
