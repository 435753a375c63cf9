#!/usr/bin/env node
import { runDiff } from '../dist/codegen/diff/cli.js';
import { stopQuietlyOnClosedPipe } from '../dist/codegen/stdio.js';

stopQuietlyOnClosedPipe();
process.exitCode = runDiff(process.argv.slice(2));
