// The review outputs (`nianbao check --format sarif|github|gitlab|rdjson|markdown`) on real corpus reports:
// SARIF validated against the vendored SARIF 2.1.0 schema, rdjson against reviewdog's schema, positions and
// fixes checked against the JSON contract and the text, fingerprints that survive inserted lines, GitHub's
// 10-annotations-per-kind limit, and the Markdown summary compared with an expected file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { core, runCli, CORPUS, ROOT, edit } from '../helpers.mjs';

const SEED1 = 'seeds/001_417062a3286660b0.txt';
const SEED3 = 'seeds/003_7487cbc35b761747.txt';
/** 表四 of this report does not add up in two groups (sum-review ×2): arithmetic with related cells and fixes. */
const HONGZE = 'peers/kiro_hongze-district_2023.txt';
/** 25 blank-cell warnings: more than GitHub shows on a diff. */
const SHUYANG = 'peers/kiro_shuyang-fgj_2023.txt';
const FILES = [SEED1, SEED3, HONGZE];
const text = (f) => readFileSync(join(CORPUS, f), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-review-'));
const schema = (name) => JSON.parse(readFileSync(join(ROOT, 'test/data/schemas', name), 'utf8'));

/** Runs `nianbao check` from the corpus folder, so paths are `seeds/…` and `peers/…`. */
const check = (format, files = FILES, env = {}) => runCli(['check', '--format', format, ...files], { cwd: CORPUS, env });
const contract = async (files = FILES) => JSON.parse((await check('json', files)).stdout);

function validator(schemaName) {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema(schemaName));
}

/** UTF-16 offset of a 1-based line and 1-based UTF-16 column. */
function offsetOf(src, line, column) {
  const lines = src.split(/(?<=\n)/);
  let off = 0;
  for (let i = 0; i < line - 1; i++) off += lines[i].length;
  return off + column - 1;
}

/** Applies SARIF replacements (regions in UTF-16 columns) to a text. */
function applySarif(src, replacements) {
  const rs = replacements.map((r) => ({
    start: offsetOf(src, r.deletedRegion.startLine, r.deletedRegion.startColumn),
    end: offsetOf(src, r.deletedRegion.endLine ?? r.deletedRegion.startLine, r.deletedRegion.endColumn ?? r.deletedRegion.startColumn),
    text: r.insertedContent?.text ?? '',
  })).sort((a, b) => b.start - a.start);
  for (const r of rs) src = src.slice(0, r.start) + r.text + src.slice(r.end);
  return src;
}

test('sarif: valid SARIF 2.1.0 (vendored OASIS schema) with every registry rule and helpUri', async () => {
  const r = await check('sarif');
  const log = JSON.parse(r.stdout);
  const validate = validator('sarif-schema-2.1.0.json');
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'nianbao');
  const ids = run.tool.driver.rules.map((x) => x.id);
  for (const rule of core.RULES) {
    const d = run.tool.driver.rules.find((x) => x.id === rule.meta.id);
    assert.ok(d, `driver.rules has ${rule.meta.id}`);
    assert.equal(d.helpUri, core.docsUrl(rule.meta.id));
    assert.equal(d.shortDescription.text, rule.meta.description.zh);
    assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[rule.meta.defaultSeverity]);
  }
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  assert.deepEqual(run.invocations.map((i) => i.executionSuccessful), [true]);
});

test('sarif: one result per finding, at the JSON contract\'s line and column, with ruleIndex and level', async () => {
  const run = JSON.parse((await check('sarif')).stdout).runs[0];
  const doc = await contract();
  const diags = doc.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));
  assert.equal(run.results.length, diags.length);
  run.results.forEach((res, i) => {
    const d = diags[i];
    assert.equal(res.ruleId, d.ruleId);
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.message.text, d.message);
    const loc = res.locations[0].physicalLocation;
    assert.equal(decodeURIComponent(loc.artifactLocation.uri), d.path);
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual([loc.region.startLine, loc.region.startColumn], [d.line, d.column]);
    assert.deepEqual([loc.region.endLine, loc.region.endColumn], [d.range.end.line + 1, d.range.end.character + 1]);
    assert.equal(res.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[d.severity]);
    assert.match(res.partialFingerprints['nianbao/v1'], /^[0-9a-f]{32}$/);
  });
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, new URL(`file://${CORPUS}/`).href);
});

test('sarif: arithmetic findings list the summed cells as related locations; fixes replace the right text', async () => {
  const run = JSON.parse((await check('sarif')).stdout).runs[0];
  const review = run.results.filter((x) => x.ruleId === 'sum-review');
  assert.equal(review.length, 2, 'hongze 2023: two 表四 groups do not add up');
  const hongze = text(HONGZE);
  for (const res of review) {
    // The prose says nothing of 表四: no prose location.
    assert.equal(res.relatedLocations.length, 4, '结果维持, 结果纠正, 其他结果, 尚未审结');
    assert.ok(res.relatedLocations.every((l) => /^(结果维持|结果纠正|其他结果|尚未审结)：\d+$/.test(l.message.text)), res.relatedLocations.map((l) => l.message.text).join());
    // The related regions cover the summed numbers in the text.
    const nums = res.relatedLocations.map((l) => {
      const g = l.physicalLocation.region;
      return Number(hongze.slice(offsetOf(hongze, g.startLine, g.startColumn), offsetOf(hongze, g.endLine, g.endColumn)));
    });
    assert.equal(nums.reduce((a, b) => a + b, 0), res.properties.expected);
    // Nothing confirms that the total (0) is the wrong number rather than a result: no fix (sum-review).
    assert.equal(res.fixes, undefined);
    assert.match(res.message.text, /核对这五个数/);
  }
  // Seed 003: the row-label fix turns 不分公开 into 部分公开 on that line, nothing else.
  const label = run.results.find((x) => x.ruleId === 'row-label' && x.locations[0].physicalLocation.region.startLine === 35);
  const src = text(SEED3);
  const fixed = applySarif(src, label.fixes[0].artifactChanges[0].replacements);
  assert.match(fixed.split('\n')[34], /^[(（]二[)）]部分公开/);
  assert.equal(fixed.split('\n').filter((l, i) => l !== src.split('\n')[i]).length, 1);
  // Every fix agrees with the core's own edits, applied by the core.
  const { findings } = core.analyze(src);
  for (const res of run.results.filter((x) => x.fixes && decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri) === SEED3)) {
    const f = findings.find((x) => x.ruleId === res.ruleId && x.range.start.line + 1 === res.locations[0].physicalLocation.region.startLine);
    assert.equal(applySarif(src, res.fixes[0].artifactChanges[0].replacements), core.applyFixes(src, f.fix.edits).text);
  }
});

test('sarif: a file outside the working folder gets a file: URI; an unreadable one is a tool notification', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  const r = await runCli(['check', '--format', 'sarif', join(CORPUS, SEED3), join(dir, 'binary.txt')], { cwd: ROOT });
  assert.equal(r.code, 2);
  const log = JSON.parse(r.stdout);
  assert.ok(validator('sarif-schema-2.1.0.json')(log));
  assert.ok(log.runs[0].results.every((x) => x.locations[0].physicalLocation.artifactLocation.uri === new URL(`file://${join(CORPUS, SEED3)}`).href));
  const inv = log.runs[0].invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.match(inv.toolExecutionNotifications[0].message.text, /binary\.txt: binary file/);
});

test('github: one workflow command per finding with file, line, col, endLine, title=rule-id', async () => {
  const r = await check('github', FILES, { GITHUB_WORKSPACE: CORPUS });
  const doc = await contract();
  const cmds = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  const diags = doc.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));
  assert.equal(cmds.length, diags.length);
  cmds.forEach((c, i) => {
    const d = diags[i];
    const m = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+)(?:,endColumn=(\d+))?,title=([^:]+)::(.*)$/.exec(c);
    assert.ok(m, c);
    assert.equal(m[1], { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[d.severity]);
    assert.equal(m[2], d.path);
    assert.deepEqual([Number(m[3]), Number(m[4]), Number(m[5])], [d.line, d.column, d.range.end.line + 1]);
    assert.equal(m[7], d.ruleId);
    assert.equal(m[8], d.message.replace(/%/g, '%25'));
  });
  assert.match(r.stdout.trim().split('\n').pop(), /^nianbao：检查了 3 个报告，\d+ 个错误/);
});

test('github: file names and messages are escaped as workflow commands require', async () => {
  const dir = tmp();
  copyFileSync(join(CORPUS, SEED3), join(dir, 'a,b:c%.txt'));
  const r = await runCli(['check', '--format', 'github', join(dir, 'a,b:c%.txt')], { cwd: dir });
  const cmds = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.ok(cmds.length > 0);
  for (const c of cmds) assert.match(c, /file=a%2Cb%3Ac%25\.txt,line=/);
});

test('github: the step summary gets the Markdown summary; past 10 annotations of a kind it says how many the diff does not show', async () => {
  const dir = tmp();
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '# earlier step\n');
  // 沭阳's 表三 with one 商业企业 cell filled: its other blank cells are no longer whole columns (said once), so each
  // row has a cell-blank warning of its own, more than 10.
  const many = join(dir, 'shuyang-many.txt');
  writeFileSync(many, edit(readFileSync(join(CORPUS, SHUYANG), 'utf8'), '| 一、本年新收政府信息公开申请数量 | 26 |  |', '| 一、本年新收政府信息公开申请数量 | 26 | 0 |'));
  const r = await check('github', [many, SEED1], { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: CORPUS });
  const cmds = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  const warnings = cmds.filter((c) => c.startsWith('::warning ')).length;
  const notices = cmds.filter((c) => c.startsWith('::notice ')).length;
  assert.ok(warnings > 10, `${warnings} warnings`);
  const md = readFileSync(summary, 'utf8');
  assert.ok(md.startsWith('# earlier step\n## nianbao 年报检查'), 'appended, not overwritten');
  assert.match(md, new RegExp(`GitHub 在差异视图中每种级别只显示前 10 条注释：${warnings} 条警告注释中的 ${warnings - 10} 条没有显示在差异中`));
  if (notices <= 10) assert.doesNotMatch(md, /个提示中的/);
  // Every finding is listed in the summary: with a link to its line in the workspace (seed 001), without one outside it
  // (the edited copy in a temporary folder: it has no page at the commit).
  const items = md.split('\n').filter((l) => /^- .*:\d+\]?\(?.* `[a-z-]+` /.test(l));
  assert.equal(items.length, cmds.length);
  assert.ok(items.some((l) => l.startsWith('- [seeds/')) && items.some((l) => l.startsWith(`- ${many}:`)), items.join('\n'));
  assert.match(r.stdout, /差异视图中每种级别只显示前 10 条，全部见步骤摘要/);
  // Without GITHUB_STEP_SUMMARY nothing is written anywhere but stdout.
  const plain = await check('github', [SEED3]);
  assert.doesNotMatch(plain.stdout, /步骤摘要/);
  // A summary file that cannot be written is a warning, not a crash; the annotations still come.
  const broken = await check('github', [SEED3], { GITHUB_STEP_SUMMARY: join(dir, 'no/such/dir/summary.md') });
  assert.equal(broken.code, 0);
  assert.match(broken.stdout, /^::warning title=nianbao::无法写入步骤摘要 .*summary\.md：ENOENT/m);
  assert.ok(broken.stdout.split('\n').filter((l) => l.startsWith('::warning file=')).length >= 6);
});

test('gitlab: Code Quality issues with check_name, severity, path, lines and unique fingerprints', async () => {
  const issues = JSON.parse((await check('gitlab', FILES, { CI_PROJECT_DIR: CORPUS })).stdout);
  const doc = await contract();
  const diags = doc.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));
  assert.equal(issues.length, diags.length);
  issues.forEach((x, i) => {
    const d = diags[i];
    assert.equal(x.type, 'issue');
    assert.equal(x.check_name, d.ruleId);
    assert.equal(x.description, d.message);
    assert.equal(x.severity, { error: 'major', warning: 'minor', info: 'info', hint: 'info' }[d.severity]);
    assert.deepEqual(x.location, { path: d.path, lines: { begin: d.line, end: d.range.end.line + 1 } });
    assert.ok(['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'].includes(x.categories[0]));
  });
  assert.equal(new Set(issues.map((x) => x.fingerprint)).size, issues.length, 'fingerprints are unique');
});

test('fingerprints: stable when unrelated lines are inserted or the file moves lines; new when the offending line changes', async () => {
  const dir = tmp();
  const file = join(dir, 'r.txt');
  const src = text(HONGZE);
  const fps = async () => JSON.parse((await runCli(['check', '--format', 'gitlab', file], { cwd: dir })).stdout).map((x) => `${x.check_name} ${x.fingerprint}`);
  writeFileSync(file, src);
  const a = await fps();
  writeFileSync(file, '前言\n\n' + src.replace('\n', '\n补充说明一行。\n'));
  const b = await fps();
  assert.ok(a.length >= 4);
  assert.deepEqual(b, a);
  // SARIF carries the same fingerprints.
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', file], { cwd: dir })).stdout);
  assert.deepEqual(sarif.runs[0].results.map((x) => `${x.ruleId} ${x.partialFingerprints['nianbao/v1']}`), a);
  // Editing the line of a finding (the row-label misspelling 其他法律行政止公开) gives that finding, and only it, a new
  // fingerprint; re-aligning it (spaces only) does not (brk108 #1).
  const realigned = readFileSync(file, 'utf8').replace('2.其他法律行政止公开      0', '2.其他法律行政止公开  0');
  assert.notEqual(realigned, readFileSync(file, 'utf8'));
  writeFileSync(file, realigned);
  assert.deepEqual(await fps(), a);
  const edited = realigned.replace('2.其他法律行政止公开  0', '2.其他法律行政止公开※  0');
  assert.notEqual(edited, readFileSync(file, 'utf8'));
  writeFileSync(file, edited);
  const c = await fps();
  assert.equal(c.length, a.length);
  const changed = c.filter((x) => !a.includes(x));
  assert.deepEqual(changed.map((x) => x.split(' ')[0]), ['row-label']);
  // The same file under another path is another finding.
  copyFileSync(file, join(dir, 'copy.txt'));
  const other = JSON.parse((await runCli(['check', '--format', 'gitlab', join(dir, 'copy.txt')], { cwd: dir })).stdout);
  assert.ok(other.every((x) => !c.includes(`${x.check_name} ${x.fingerprint}`)));
});

test('rdjson: valid against reviewdog\'s DiagnosticResult schema; columns in UTF-8 bytes; code with docs url', async () => {
  const d = JSON.parse((await check('rdjson')).stdout);
  const validate = validator('rdjson-DiagnosticResult.json');
  assert.ok(validate(d), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.equal(d.source.name, 'nianbao');
  const doc = await contract();
  const diags = doc.files.flatMap((f) => f.diagnostics.map((x) => ({ ...x, path: f.path })));
  assert.equal(d.diagnostics.length, diags.length);
  d.diagnostics.forEach((x, i) => {
    const j = diags[i];
    assert.equal(x.location.path, j.path);
    assert.equal(x.code.value, j.ruleId);
    assert.equal(x.code.url, core.docsUrl(j.ruleId));
    assert.equal(x.severity, { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' }[j.severity]);
    assert.equal(x.location.range.start.line, j.line);
    // The column counts the UTF-8 bytes before the finding on its line.
    const line = text(j.path).split(/\r?\n/)[j.line - 1];
    assert.equal(x.location.range.start.column, Buffer.byteLength(line.slice(0, j.range.start.character)) + 1);
  });
  // 表二's column label 采购金额 on line 26 of seed 003 starts after Chinese text: bytes, not characters.
  const col = d.diagnostics.find((x) => x.location.path === SEED3 && x.code.value === 'column-label' && x.location.range.start.line === 26);
  const l26 = text(SEED3).split('\n')[25];
  assert.equal(col.location.range.start.column, Buffer.byteLength(l26.slice(0, l26.indexOf('采购金额'))) + 1);
  assert.ok(col.location.range.start.column > l26.indexOf('采购金额') + 1);
});

test('rdjson: each fix is one line-based suggestion; replacing those lines gives the core\'s fixed text', async () => {
  const d = JSON.parse((await check('rdjson')).stdout);
  const withFix = d.diagnostics.filter((x) => x.suggestions);
  assert.ok(withFix.length >= 5);
  for (const x of withFix) {
    assert.equal(x.suggestions.length, 1);
    const s = x.suggestions[0];
    assert.equal(s.range.start.column, undefined, 'line-based');
    const src = text(x.location.path);
    const lines = src.split('\n');
    const after = [...lines.slice(0, s.range.start.line - 1), ...s.text.split('\n'), ...lines.slice(s.range.end.line)].join('\n');
    const f = core.analyze(src).findings.find((y) => y.ruleId === x.code.value && y.message === x.message);
    assert.equal(after, core.applyFixes(src, f.fix.edits).text, `${x.code.value} at ${x.location.path}:${x.location.range.start.line}`);
  }
  // Arithmetic findings carry the summed cells as related locations.
  const sr = d.diagnostics.find((x) => x.code.value === 'sum-review');
  assert.equal(sr.related_locations.length, 4);
});

/** Rules outside this fixed set are turned off for the expected-file comparison, so a new rule elsewhere does not change it. */
const SUMMARY_RULES = ['section-missing', 'section-order', 'section-title', 'ordinal-malformed', 'table-missing', 'table-empty', 'row-missing', 'row-label',
  'column-label', 'cell-count', 'format-mixed', 'format-anachronism', 'template-note', 'table-unreadable', 'number-invalid', 'cell-blank', 'sum-balance', 'sum-results', 'sum-applicants', 'sum-review'];

test('markdown: per report format and year, a ✅/❌ line per table check, findings by severity with links (expected file)', async () => {
  const off = core.RULES.map((r) => r.meta.id).filter((id) => !SUMMARY_RULES.includes(id)).flatMap((id) => ['--rule', `${id}=off`]);
  const files = [SEED1, SEED3, HONGZE, 'seeds/000_f7ed614ce96fc61e.txt', 'peers/kiro_suqian-city_2023-vs-2024_comparison.txt'];
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/reports', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' };
  const r = await runCli(['check', '--format', 'markdown', ...off, ...files], { cwd: CORPUS, env });
  const expectedFile = join(ROOT, 'test/data/review/markdown-summary.md');
  if (process.env.UPDATE_EXPECTED === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, r.stdout);
  assert.equal(r.stdout, readFileSync(expectedFile, 'utf8'), 'the summary differs from test/data/review/markdown-summary.md (UPDATE_EXPECTED=1 rewrites it after a deliberate change)');
  // What the expected file must show, independently of its exact wording:
  const md = r.stdout;
  assert.match(md, /### ❌ `peers\/kiro_hongze-district_2023\.txt`/);
  assert.match(md, /\| 表四 \| 总计 = 维持 \+ 纠正 \+ 其他 \+ 尚未审结 \| ❌ \| [^|]*各项之和 \d+，总计 \d+/);
  assert.match(md, /\| 表三 \| 收支平衡[^|]*\| ✅ \| 总计列 20 \+ 0 = 20 \+ 0 \|/, 'seed 001 balances: 新收 20 + 结转 0 = 总计 20 + 结转下年度 0');
  assert.match(md, /\| 表四 \| 总计 = [^|]*\| ✅ \| 行政复议 3 = 3 \+ 0 \+ 0 \+ 0；未经复议直接起诉 0 = 0 \+ 0 \+ 0 \+ 0；复议后起诉 0 = 0 \+ 0 \+ 0 \+ 0 \|/, 'seed 001 表四: 行政复议 3 = 3 + 0 + 0 + 0');
  assert.match(md, /2019 年以前的格式（未规定统计表） · 2018 年度/);
  assert.match(md, /\[seeds\/003\\_7487cbc35b761747\.txt:35\]\(https:\/\/github\.com\/example\/reports\/blob\/0123456789abcdef0123456789abcdef01234567\/seeds\/003_7487cbc35b761747\.txt#L35\) `row-label`/);
  assert.match(md, /⚪ \| 表三似乎是两张表并排排版/);
  assert.match(md, /### ⚪ `peers\/kiro_suqian-city_2023-vs-2024_comparison\.txt`/, 'its 表三 was not read: no ✅ heading (brk119 #7)');
});

test('markdown: English summary and GitLab links', async () => {
  const env = { CI_PROJECT_URL: 'https://gitlab.example/org/reports', CI_COMMIT_SHA: 'abc123' };
  const md = (await runCli(['check', '--format', 'markdown', '--locale', 'en', HONGZE], { cwd: CORPUS, env })).stdout;
  assert.match(md, /^## nianbao report check/);
  assert.match(md, /\| 表四 \| total \(总计\) = upheld \(结果维持\) \+ corrected \(结果纠正\) \+ other results \(其他结果\) \+ pending \(尚未审结\) \| ❌ \| [^|]*sum of the results \d+, total \d+/);
  assert.match(md, /\(https:\/\/gitlab\.example\/org\/reports\/-\/blob\/abc123\/peers\/kiro_hongze-district_2023\.txt#L\d+\)/);
});

test('sarif: paths that named nothing to check (a missing file, a glob without matches) make the run unsuccessful, one notification each', async () => {
  // The formatter as bundled from the sources (dist/cli.js exports the CLI only), given what the run could not list.
  const { buildSync } = await import('esbuild');
  const { createRequire } = await import('node:module');
  const out = buildSync({ stdin: { contents: "export { sarifLog } from './sarif.ts';", resolveDir: join(ROOT, 'server/src/cli/format'), loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'error', mainFields: ['module', 'main'] });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(join(ROOT, 'package.json')));
  const unlisted = [
    { message: { zh: 'nonexist.md：没有这个文件或文件夹', en: 'nonexist.md: no such file or folder' }, path: 'nonexist.md', absPath: join(CORPUS, 'nonexist.md') },
    { message: { zh: 'drafts/*.md：没有匹配的文件', en: 'drafts/*.md: no file matches' } },
  ];
  const log = mod.exports.sarifLog([], { locale: 'zh', color: false, cwd: CORPUS, env: {}, unlisted });
  assert.ok(validator('sarif-schema-2.1.0.json')(log));
  const inv = log.runs[0].invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.deepEqual(inv.toolExecutionNotifications, [
    { level: 'error', message: { text: 'nonexist.md: no such file or folder' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'nonexist.md', uriBaseId: '%SRCROOT%' } } }] },
    { level: 'error', message: { text: 'drafts/*.md: no file matches' } },
  ]);
  assert.equal(mod.exports.sarifLog([], { locale: 'zh', color: false, cwd: CORPUS, env: {} }).runs[0].invocations[0].executionSuccessful, true);
});

test('sarif: `nianbao check --format sarif nonexist.md` exits 2, executionSuccessful false, one notification per path', async () => {
  const r = await runCli(['check', '--format', 'sarif', 'nonexist.md', 'seeds/*.nope', SEED1], { cwd: CORPUS });
  assert.equal(r.code, 2);
  const log = JSON.parse(r.stdout);
  assert.ok(validator('sarif-schema-2.1.0.json')(log));
  const inv = log.runs[0].invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.deepEqual(inv.toolExecutionNotifications.map((n) => [n.level, n.message.text, n.locations?.[0].physicalLocation.artifactLocation.uri]),
    [['error', 'nonexist.md: no such file or folder', 'nonexist.md'], ['error', 'seeds/*.nope: no file matches', undefined]]);
  assert.ok(log.runs[0].results.length > 0, 'the file that exists is still checked');
});

test('markdown: a file holding two agencies’ reports gets a table summary per report, each from its own tables', async () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  // The second agency's （七）总计 is 49 instead of 47.
  const second = correct.replace(/某某市某某局/g, '某某市另一局').replace(/(\| （七）总计 +\|(?: [^|]+\|){6}) 47 /, '$1 49 ');
  assert.notEqual(second, correct.replace(/某某市某某局/g, '某某市另一局'));
  const dir = tmp();
  writeFileSync(join(dir, 'two.md'), `${correct}\n${second}`);
  const out = (await runCli(['check', '--format', 'markdown', 'two.md'], { cwd: dir })).stdout;
  const at = (s) => { const i = out.indexOf(s); assert.ok(i >= 0, `${s} in\n${out}`); return i; };
  const first = at('**第 1 份：某某市某某局2024年政府信息公开工作年度报告**（第 1 行起）');
  const other = at(`**第 2 份：某某市另一局2024年政府信息公开工作年度报告**（第 ${correct.split('\n').length + 1} 行起）`);
  const results = '| 表三 | （七）总计 = 各办理结果之和 |';
  // The first report's 表三 adds up; the second's does not, with its own numbers.
  assert.match(out.slice(first, other), new RegExp(`${results.replace(/[|()（）]/g, '\\$&')} ✅ \\| 总计列 47 = 47 \\|`));
  assert.match(out.slice(other), new RegExp(`${results.replace(/[|()（）]/g, '\\$&')} ❌ \\| 总计列：各办理结果之和 47，（七）总计 49 \\|`));
  assert.equal(out.split('2021 年格式（国办公开办函〔2021〕30号） · 2024 年度').length - 1, 2);
});
