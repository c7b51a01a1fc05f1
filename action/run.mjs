#!/usr/bin/env node
// The script of the nianbao GitHub Action (action.yml): checks the reports, prints the findings as workflow
// commands (annotations on the pull request's diff), appends the Markdown summary to $GITHUB_STEP_SUMMARY,
// optionally writes SARIF for code scanning, and sets the step outputs in $GITHUB_OUTPUT.
//
// Inputs come as environment variables (a composite action passes them explicitly):
//   NIANBAO_PATHS       files, folders or globs, one per line or separated by spaces (default: .)
//   NIANBAO_ARGS        more options for `nianbao check` (e.g. --max-warnings 0 --locale en)
//   NIANBAO_SARIF_FILE  write SARIF here as well (empty: no SARIF)
//   NIANBAO_FAIL        "false": always exit 0 (report only); otherwise the CLI's exit code
// Outputs: errors, warnings, notices, exit-code, sarif-file.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist/cli.js');
if (!fs.existsSync(cliPath)) {
  console.log(`::error title=nianbao::${cliPath} is missing: the action builds it with npm ci && npm run build`);
  process.exit(2);
}
const cli = createRequire(import.meta.url)(cliPath);
const env = process.env;
const cwd = env.GITHUB_WORKSPACE || process.cwd();

/** Splits an input: one item per line, or (on one line) per run of spaces. */
export function splitList(s) {
  const lines = String(s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length === 1 ? lines[0].split(/\s+/) : lines;
}

const paths = splitList(env.NIANBAO_PATHS);
const extra = splitList(env.NIANBAO_ARGS);
const run = async (args) => {
  let stdout = '', stderr = '';
  const code = await cli.run(['check', ...args, ...extra, ...(paths.length ? paths : ['.'])], {
    cwd, env, isTTY: false, errIsTTY: false, out: (s) => (stdout += s), err: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
};

const gh = await run(['--format', 'github', '--no-color']);
process.stdout.write(gh.stdout);
// Problems of the run itself (bad config, unreadable file) become error annotations too; a config problem
// (`FILE:LINE:COL: key: expected …`) is annotated on the config file's line.
const esc = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
for (const line of gh.stderr.split('\n').filter(Boolean)) {
  process.stderr.write(line + '\n');
  if (gh.code !== 2) continue;
  const m = /^(.+?):(\d+):(\d+): (.*)$/.exec(line);
  if (m) console.log(`::error file=${escProp(m[1])},line=${m[2]},col=${m[3]},title=nianbao::${esc(m[4])}`);
  else console.log(`::error title=nianbao::${esc(line)}`);
}
const count = (kind) => gh.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `)).length;
const outputs = { errors: count('error'), warnings: count('warning'), notices: count('notice'), 'exit-code': gh.code, 'sarif-file': '' };

if (env.NIANBAO_SARIF_FILE) {
  // The step summary was written by the first run; the SARIF run must not append it again.
  const sarifEnv = { ...env };
  delete sarifEnv.GITHUB_STEP_SUMMARY;
  let stdout = '';
  await cli.run(['check', '--format', 'sarif', ...extra, ...(paths.length ? paths : ['.'])], {
    cwd, env: sarifEnv, isTTY: false, errIsTTY: false, out: (s) => (stdout += s), err: () => {},
  });
  const file = path.resolve(cwd, env.NIANBAO_SARIF_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stdout);
  outputs['sarif-file'] = file;
}

if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
process.exit(env.NIANBAO_FAIL === 'false' ? 0 : gh.code);
