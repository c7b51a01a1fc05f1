#!/usr/bin/env node
// The script of the nianbao GitHub Action (action.yml): checks the reports, prints the findings as workflow
// commands (annotations on the pull request's diff), appends the Markdown summary to $GITHUB_STEP_SUMMARY,
// optionally writes SARIF for code scanning, and sets the step outputs in $GITHUB_OUTPUT.
//
// Inputs come as environment variables (a composite action passes them explicitly):
//   NIANBAO_PATHS       files, folders or globs: one per line, or on one line split as a shell does (quotes);
//                       set but empty: nothing to check (exit 0), not the whole workspace
//   NIANBAO_ARGS        more options for `nianbao check` (e.g. --max-warnings 0 --config "ci cfg/x.jsonc"),
//                       split as a shell does; --format, --fix and the like are refused (the action owns them)
//   NIANBAO_SARIF_FILE  write SARIF here as well (empty: no SARIF)
//   NIANBAO_FAIL        "false": findings do not fail the step; a run that could not check everything (exit
//                       code 2: bad arguments, bad config, a path that does not exist) fails it all the same
//   NIANBAO_SARIF_MAX_RESULTS  (for the tests) the results the SARIF keeps at most, instead of GitHub's 25,000
// --quiet in NIANBAO_ARGS thins the annotations and the summary; the SARIF keeps every finding (code scanning would
// close the alerts of those left out as fixed).
// Outputs: errors, warnings, notices (the findings of each severity, those --quiet does not annotate included; a path
// that could not be checked is none), exit-code, sarif-file.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { InputError, inputPaths, refusedArgs, shellWords } from './args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist/cli.js');
const env = process.env;
const cwd = env.GITHUB_WORKSPACE || process.cwd();

const esc = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The action's own lines: in English with --locale en in args or NIANBAO_LOCALE=en…, else in Chinese (as the CLI);
 * after the CLI has run, in the language of its own text (a config's `locale` too; helper-216 #7).
 */
const rawArgs = String(env.NIANBAO_ARGS ?? '');
// (Once the CLI has run, the language its own text took: a config's `locale` too.)
let en = /(?:^|\s)--locale(?:=|\s+)["']?en\b/.test(rawArgs) || (!/(?:^|\s)--locale\b/.test(rawArgs) && /^en/i.test(env.NIANBAO_LOCALE ?? ''));
const say = (t) => (en ? t.en : t.zh);

/** Appends Markdown to the step summary (when the runner gives one). */
const summarize = (md) => {
  if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, md);
};
const summarySize = () => {
  try {
    return env.GITHUB_STEP_SUMMARY ? fs.statSync(env.GITHUB_STEP_SUMMARY).size : 0;
  } catch {
    return 0;
  }
};

/** The lines the "could not complete" block lists at most (the step's log and annotations have them all). */
const CANNOT_CHECK_LISTED = 20;
/** The bytes that block may take: the CLI leaves this much of GitHub's step summary budget (CANNOT_CHECK_ROOM). */
const CANNOT_CHECK_ROOM = 2000;

/**
 * Says in the step summary what could not be checked (exit code 2), with the CLI's own lines: a path that does not
 * exist, a bad config, an unreadable file. `headed`: the CLI already wrote the summary's heading. `listedAbove`: the
 * CLI's summary already lists these paths at its top (❗), so they are referred to, not repeated; `configAbove`: it
 * lists the problems of the config that stopped the run (❗), likewise referred to. The lines are
 * capped (first few, then how many more), so that the block stays within CANNOT_CHECK_ROOM bytes.
 */
function summarizeCannotCheck(lines, headed, listedAbove = false, configAbove = false) {
  const more = (n) => say({ zh: `……另有 ${n} 行未列出（见这一步的日志）`, en: `… and ${n} more line${n === 1 ? '' : 's'}, not listed (see the step's log)` });
  let shown = lines.map(unprefixed).slice(0, CANNOT_CHECK_LISTED);
  // After the CLI's summary (headed), the block must fit the room the CLI left it, whatever the lines' length (the
  // heading and the paragraph take under 600 bytes); alone in the summary, the first lines are enough.
  const room = headed ? CANNOT_CHECK_ROOM - 600 : Infinity;
  while (shown.length && Buffer.byteLength(shown.join('\n')) > room) shown = shown.slice(0, -1);
  if (!shown.length && !listedAbove) shown = [[...unprefixed(lines[0] ?? '')].slice(0, 200).join('')];
  const body = [...shown, ...(lines.length > shown.length ? [more(lines.length - shown.length)] : [])].join('\n');
  const ticks = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1;
  const fence = '`'.repeat(ticks);
  summarize([
    headed ? '' : `## ${say({ zh: 'nianbao 年报检查', en: 'nianbao report check' })}\n`,
    `### ❗ ${say({ zh: '未能完成检查（退出码 2）', en: 'The check could not be completed (exit code 2)' })}\n`,
    configAbove
      ? say({
        zh: '上面标有 ❗ 的配置文件问题使 nianbao 没有检查任何报告。这一步因此失败，与 `fail` 的设置无关（`fail` 只管检查出的问题）。\n',
        en: 'Because of the config problems marked ❗ above nianbao checked no report. The step fails whatever `fail` says (`fail` is about findings).\n',
      })
      : listedAbove
      ? say({
        zh: `上面标有 ❗ 的 ${lines.length} 个路径未能检查，上面的结果不完整。这一步因此失败，与 \`fail\` 的设置无关（\`fail\` 只管检查出的问题）。\n`,
        en: `${lines.length === 1 ? 'The path' : `The ${lines.length} paths`} marked ❗ above could not be checked: the results above are incomplete. The step fails whatever \`fail\` says (\`fail\` is about findings).\n`,
      })
      : say({
        zh: '下面的问题使 nianbao 没能检查全部报告，上面的结果（如有）不完整。这一步因此失败，与 `fail` 的设置无关（`fail` 只管检查出的问题）。',
        en: 'Because of the problems below nianbao could not check every report: the results above (if any) are incomplete. The step fails whatever `fail` says (`fail` is about findings).',
      }) + '\n',
    listedAbove || configAbove ? '' : `${fence}text\n${body}\n${fence}\n`,
  ].filter(Boolean).join('\n'));
}

/** A CLI line without its `nianbao：` lead (an annotation's title already says nianbao). */
const unprefixed = (l) => l.replace(/^nianbao[：:] ?/, '');

/** Ends the step before any check: an error annotation, the summary, exit-code 2. */
function stop(lines) {
  for (const l of lines) console.log(`::error title=nianbao::${esc(unprefixed(l))}`);
  summarizeCannotCheck(lines, false);
  if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, 'errors=0\nwarnings=0\nnotices=0\nexit-code=2\nsarif-file=\n');
  process.exit(2);
}

if (!fs.existsSync(cliPath)) {
  stop([say({ zh: `缺少 ${cliPath}：Action 的第一步应已构建它（npm run build:cli）`, en: `${cliPath} is missing: the action's first step builds it (npm run build:cli)` })]);
}
const cli = createRequire(import.meta.url)(cliPath);
// V8 set for a long run, as the `nianbao` bin sets it (the heap kept near what is live: half the peak memory).
cli.tuneProcess();

let paths, extra;
try {
  paths = inputPaths(env.NIANBAO_PATHS, cwd);
  extra = shellWords(rawArgs, 'args');
} catch (e) {
  if (e instanceof InputError) stop([say(e.text)]);
  throw e;
}
// The action's own SARIF file (written into the workspace by an earlier run, and committed by accident) is output,
// not a report: left out of the paths, as any path naming it.
if (env.NIANBAO_SARIF_FILE && paths) {
  const sarifPath = path.resolve(cwd, env.NIANBAO_SARIF_FILE);
  paths = paths.filter((p) => path.resolve(cwd, p) !== sarifPath);
}
// `paths` given but empty: a list of changed reports that came out empty (no report changed). Nothing to check,
// which is not a failure; and not `.` either, which would check every report of the repository.
if (env.NIANBAO_PATHS !== undefined && paths.length === 0) {
  const note = say({ zh: 'paths 为空：没有要检查的报告（例如 PR 没有改动任何报告），未做检查', en: 'paths is empty: no report to check (the pull request changes none, say); nothing was checked' });
  console.log(`::notice title=nianbao::${esc(note)}`);
  summarize(`## ${say({ zh: 'nianbao 年报检查', en: 'nianbao report check' })}\n\n${note}\n`);
  if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, 'errors=0\nwarnings=0\nnotices=0\nexit-code=0\nsarif-file=\n');
  process.exit(0);
}
const refused = refusedArgs(extra);
if (refused.length) stop(refused.map((r) => say({ zh: `args 中不能有 ${r.arg}：${r.why.zh}`, en: `${r.arg} cannot be given in args: ${r.why.en}` })));

/**
 * `extra` without --quiet (before a `--`): for the SARIF uploaded to code scanning, which takes it as the whole analysis
 * and would close every warning and note alert as fixed (brk174 #4). --quiet thins the annotations and the summary only.
 */
const notQuiet = (args) => {
  const end = args.indexOf('--');
  return args.filter((a, k) => a !== '--quiet' || (end >= 0 && k > end));
};

const run = async (args, runEnv = env, codeScanning = undefined, options = extra) => {
  let stdout = '', stderr = '';
  /** The CLI's counts of findings (those --quiet does not list included); null when it stopped before checking. */
  let counts = null;
  /** The CLI's stderr lines about what it could not check (a run that checked); null when it stopped before checking. */
  let incomplete = null;
  // `--` before the paths: a report named `-x.md` (or `--quiet`) is a path, not an option (helper-216 #2).
  const code = await cli.run(['check', ...args, ...options, ...(options.includes('--') ? [] : ['--']), ...(paths.length ? paths : ['.'])], {
    cwd, env: runEnv, isTTY: false, errIsTTY: false, out: (s) => (stdout += s), err: (s) => (stderr += s),
    onCounts: (c) => (counts = c), onIncomplete: (lines) => (incomplete = lines), onRunLocale: (l) => (en = l === 'en'), codeScanning,
  });
  return { code, stdout, stderr, counts, incomplete };
};

const before = summarySize();
const gh = await run(['--format', 'github', '--no-color']);
process.stdout.write(gh.stdout);
// A run stopped before checking by bad arguments printed no annotations: its lines on stderr become error annotations.
// A run stopped by a bad config has annotated each problem at its line in the config itself; a run that checked has
// annotated each path it could not read itself (once), and its other lines on stderr are notes.
const stderrLines = gh.stderr.split('\n').filter(Boolean);
for (const line of stderrLines) {
  process.stderr.write(line + '\n');
  if (gh.code !== 2 || gh.counts || gh.stdout.trim()) continue;
  const m = /^(.+?):(\d+):(\d+): (.*)$/.exec(unprefixed(line));
  if (m) console.log(`::error file=${escProp(m[1])},line=${m[2]},col=${m[3]},title=nianbao::${esc(m[4])}`);
  else console.log(`::error title=nianbao::${esc(unprefixed(line))}`);
}
// The findings of each severity, as action.yml documents the outputs: not the paths that could not be read (they
// fail the run: exit-code 2), and with --quiet the warnings and notices it does not annotate too.
const outputs = { errors: gh.counts?.errors ?? 0, warnings: gh.counts?.warnings ?? 0, notices: gh.counts?.infos ?? 0, 'exit-code': gh.code, 'sarif-file': '' };

// The run could not check everything: the summary says what and why (the CLI's summary, if it wrote one, only
// counts the reports it checked). A run that checked names the paths it could not check; its other lines on stderr
// are notes (a config glob that matched none of the files, last year's report not found), not reasons.
// The CLI's summary lists those paths at its top (❗): the block refers to that list rather than repeating it.
// A run stopped by a bad config: the CLI's summary lists the config's problems (❗), which the block refers to.
if (gh.code === 2) {
  const headed = summarySize() > before;
  summarizeCannotCheck(gh.incomplete?.length ? gh.incomplete : stderrLines, headed, headed && Boolean(gh.incomplete?.length), headed && !gh.counts);
}

/**
 * Why no SARIF is written for code scanning (null: it is). Code scanning takes an upload as the whole analysis: an
 * alert the file does not have is closed as fixed. So none after a run that could not check everything (exit code 2:
 * a bad config, a report that could not be read, a path that does not exist; the alerts of what was not checked would
 * be closed), nor after one that checked no report (every named file ignored by the config: every alert closed).
 */
const noSarifWhy = (code, counts) =>
  code === 2
    ? say({
      zh: '未写 SARIF，不上传到 code scanning：这次运行未能检查全部报告（退出码 2），不完整的结果会让 code scanning 把未检查的报告的警报当作已修复关闭。',
      en: 'No SARIF written or uploaded to code scanning: this run could not check every report (exit code 2), and incomplete results would make code scanning close the alerts of the reports not checked as fixed.',
    })
    : counts && !counts.reports
    ? say({
      zh: '未写 SARIF，不上传到 code scanning：这次运行没有检查任何报告，空的结果会让 code scanning 把所有警报当作已修复关闭。',
      en: 'No SARIF written or uploaded to code scanning: this run checked no report, and an empty result would make code scanning close every alert as fixed.',
    })
    : null;

if (env.NIANBAO_SARIF_FILE && noSarifWhy(gh.code, gh.counts)) {
  const note = noSarifWhy(gh.code, gh.counts);
  console.log(`::notice title=nianbao::${esc(note)}`);
  summarize(`\n${note}\n`);
} else if (env.NIANBAO_SARIF_FILE) {
  // The step summary was written by the first run; the SARIF run must not append it again.
  const sarifEnv = { ...env };
  delete sarifEnv.GITHUB_STEP_SUMMARY;
  // As code scanning takes it: without the suppressed findings (it does not read `suppressions`, and would show them
  // as open alerts), and within its 25,000 results per run (it rejects a file with more), the most severe kept.
  let cut = null;
  const maxResults = Number(env.NIANBAO_SARIF_MAX_RESULTS) || undefined;
  // Every finding, --quiet or not: code scanning would close the warnings and notes left out as fixed.
  const sarif = await run(['--format', 'sarif'], sarifEnv, { maxResults, onCut: (c) => (cut = c) }, notQuiet(extra));
  // (As the first run found: a run that could not check everything, or checked nothing, writes no file; see noSarifWhy.)
  if (sarif.counts && sarif.stdout.trim() && !noSarifWhy(sarif.code, sarif.counts)) {
    const file = path.resolve(cwd, env.NIANBAO_SARIF_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, sarif.stdout);
    outputs['sarif-file'] = file;
  }
  if (cut) {
    const n = (x) => x.toLocaleString('en-US');
    const levels = [[cut.left.error, '个错误', 'error'], [cut.left.warning, '个警告', 'warning'], [cut.left.note, '个提示', 'info']].filter(([k]) => k);
    const [kept, total, left] = [n(cut.kept), n(cut.total), n(cut.total - cut.kept)];
    const note = say({
      zh: `GitHub code scanning 每次运行最多接收 ${kept} 个结果：上传的 SARIF 保留了全部 ${total} 个中最严重的 ${kept} 个，另有 ${left} 个未上传（${levels.map(([k, zh]) => `${n(k)} ${zh}`).join('、')}）。完整结果见 \`nianbao check --format json\`。`,
      en: `GitHub code scanning takes at most ${kept} results per run: the SARIF uploaded keeps the ${kept} most severe of all ${total}, ${left} left out (${levels.map(([k, , e]) => `${n(k)} ${e}${k === 1 || e === 'info' ? '' : 's'}`).join(', ')}). \`nianbao check --format json\` lists every finding.`,
    });
    console.log(`::warning title=nianbao::${esc(note)}`);
    // (Within GitHub's 1 MiB: the CLI's summary stops at about 1,000,000 bytes.)
    summarize(`\n> [!WARNING]\n> ${note}\n`);
  }
}

if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
// `fail: false` lets findings pass; a run that could not check everything (2) fails the step all the same.
process.exit(gh.code === 2 || env.NIANBAO_FAIL !== 'false' ? gh.code : 0);
