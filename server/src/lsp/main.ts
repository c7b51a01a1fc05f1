/**
 * Entry of the language server (bundled to dist/server.js). The transport comes from the command line, as
 * vscode-languageserver reads it: `--stdio` (other editors, `nianbao-language-server --stdio`), `--node-ipc`
 * (the VS Code client), `--socket=N` or `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('nianbao-language-server: the LSP server for 政府信息公开工作年度报告 drafts.\n\nUsage: nianbao-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exit(0);
}
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write('0.1.0\n');
  process.exit(0);
}
if (!argv.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  // Without a transport flag, createConnection would throw a cryptic error: default to stdio.
  process.argv.push('--stdio');
}
startServer(createConnection(ProposedFeatures.all));
