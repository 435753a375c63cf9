#!/usr/bin/env node
// Development export: every output of every release, generated from the TypeBox definitions under src/.
import { run } from '../dist/codegen/cli.js';
import { stopQuietlyOnClosedPipe } from '../dist/codegen/stdio.js';
import { currentGeneration } from '../dist/codegen/current.js';

stopQuietlyOnClosedPipe();
process.exitCode = await run('export', process.argv.slice(2), currentGeneration);
