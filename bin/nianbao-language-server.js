#!/usr/bin/env node
// The standalone language server (`nianbao-language-server --stdio`), for any LSP client.
require('../dist/server.js');
