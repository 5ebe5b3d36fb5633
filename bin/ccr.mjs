#!/usr/bin/env node
// Global `ccr` (after `npm link`): runs the TypeScript CLI through tsx.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
