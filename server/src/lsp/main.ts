/**
 * The language server (bundled to dist/language-server.js, which dist/server.js loads: boot/server.ts). The transport comes from the command line, as
 * vscode-languageserver reads it: `--stdio` (other editors, `nianbao-language-server --stdio`), `--node-ipc`
 * (the VS Code client), `--socket=N` or `--pipe=NAME`.
 */
import { join } from 'node:path';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { JSON_UTF8_ENCODER } from './transport.js';
import { setTierUpBudget } from '../node/tier-up.js';
import { localRuleDocs } from '../node/rule-docs.js';
import { ruleDocLinks } from '../core/index.js';

setTierUpBudget();

// The rule pages shipped beside the bundle (the .vsix holds docs/rules next to dist/): the editor's rule
// links open them offline, in the installed version. A server without them links to the web pages.
const options = { docLink: ruleDocLinks(localRuleDocs(join(__dirname, '..', 'docs', 'rules'))) };

const USAGE = 'nianbao-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)';
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`nianbao-language-server: the LSP server for 政府信息公开工作年度报告 drafts.\n\nUsage: ${USAGE}\n`);
  process.exit(0);
}
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write('0.1.0\n');
  process.exit(0);
}
const badTransport = transportProblem(argv);
if (badTransport) {
  // A usage error as the CLI gives one (one line on stderr, exit code 2): started without `--stdio` (an editor config
  // that forgot it, or `--stdin`), the server used to wait on stdin and exit 1 silently, or throw a stack trace.
  process.stderr.write(`nianbao-language-server: ${badTransport}; usage: ${USAGE}\n`);
  process.exit(2);
}
if (process.argv.includes('--stdio')) {
  // Over stdio the messages are written by our encoder (transport.ts: the same bytes, a faster UTF-8 write of the
  // long diagnostics lists). Given its streams, vscode-languageserver no longer routes `console` away from stdout,
  // which carries the protocol: any console output goes to stderr.
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[k] = (...a: unknown[]) => { process.stderr.write(format(...a) + '\n'); };
  // stdin stays a stream (vscode-languageserver then exits when it ends, as with `--stdio`); the writer is a
  // MessageWriter, which vscode-jsonrpc takes as is (its overloads only type both-streams or both-objects).
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: JSON_UTF8_ENCODER });
  startServer(createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream), options);
} else startServer(createConnection(ProposedFeatures.all), options);

/**
 * What is wrong with the transport on the command line, as vscode-languageserver reads it (the first of `--stdio`,
 * `--node-ipc`, `--socket=PORT` / `--socket PORT`, `--pipe=NAME` / `--pipe NAME` wins; other arguments such as
 * `--clientProcessId=N` are passed over); null when it can start.
 */
function transportProblem(args: string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--stdio' || a === '--node-ipc') return null;
    const m = /^--(socket|pipe)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const value = m[2] ?? args[i + 1] ?? '';
    if (m[1] === 'pipe') return value ? null : '--pipe needs a pipe name';
    // vscode-languageserver reads the port with parseInt: a port it cannot read left it with no input stream.
    return /^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536 ? null : `--socket needs a port number (got ${JSON.stringify(value)})`;
  }
  const unknown = args.filter((a) => a.startsWith('-') && !/^--clientProcessId(=|$)/.test(a));
  return unknown.length ? `no transport given (unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(' ')})` : 'no transport given';
}
