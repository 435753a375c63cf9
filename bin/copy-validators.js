#!/usr/bin/env node
// Build step: the compiled runtime (dist/src/runtime) imports ../../generated/validators, so the
// precompiled validators are copied next to it (tsc does not copy JavaScript it did not compile).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = `${root}generated/validators`;
const to = `${root}dist/generated/validators`;
rmSync(to, { recursive: true, force: true });
if (existsSync(from)) cpSync(from, to, { recursive: true });
