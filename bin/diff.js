#!/usr/bin/env node
import { runDiff } from '../dist/codegen/diff/cli.js';

process.exitCode = runDiff(process.argv.slice(2));
