#!/usr/bin/env node
import { run } from '../dist/codegen/cli.js';

process.exitCode = await run('generate-json-schema', process.argv.slice(2));
