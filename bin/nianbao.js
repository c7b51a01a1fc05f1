#!/usr/bin/env node
// The `nianbao` command: a thin launcher for the bundled CLI (build with `npm run build`).
require('../dist/cli.js').main();
