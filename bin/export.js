#!/usr/bin/env node
import { run } from '../dist/codegen/cli.js';

process.exitCode = await run('export', process.argv.slice(2));
