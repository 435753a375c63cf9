#!/usr/bin/env node
// Writes the JSON Schema output from the JSON folder this package ships (no dependency needed).
import { run } from '../dist/codegen/cli.js';
import { stopQuietlyOnClosedPipe } from '../dist/codegen/stdio.js';
import { shippedGeneration } from '../dist/codegen/shipped.js';

stopQuietlyOnClosedPipe();
process.exitCode = await run('generate-json-schema', process.argv.slice(2), shippedGeneration);
