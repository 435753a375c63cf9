#!/usr/bin/env node
import { run } from '../dist/codegen/cli.js';

process.exitCode = await run('generate-ts', process.argv.slice(2));
