// The CLI's own lines (usage errors, per-file notes, run summaries, --help) in Chinese and English, chosen like the
// findings' language: --locale, the config's locale, NIANBAO_LOCALE, else Chinese. Runs the built bin/nianbao.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, otherFigures, ROOT } from '../helpers.mjs';

const BIN = join(ROOT, 'bin/nianbao.js');
const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');
const H2023 = 'kiro_hongze-district_2023.txt';
const H2024 = 'kiro_hongze-district_2024.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-i18n-'));
/** A writable copy (the corpus files are read-only). */
const copy = (from, to) => writeFileSync(to, readFileSync(from));

/** Runs `nianbao ARGS` in `cwd`; NIANBAO_LOCALE only when `env` sets it. */
function nb(args, { cwd = ROOT, env = {}, input } = {}) {
  const e = { ...process.env, ...env };
  if (!('NIANBAO_LOCALE' in env)) delete e.NIANBAO_LOCALE;
  delete e.CI;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: e, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const EN = { NIANBAO_LOCALE: 'en' };

test('usage errors: Chinese by default, English with --locale en (even after the bad option) or NIANBAO_LOCALE=en', () => {
  const zh = nb(['check', '--bogus', SEED3]);
  assert.equal(zh.code, 2);
  assert.equal(zh.stderr, 'nianbao：未知的选项 --bogus；nianbao check --help 列出全部选项\n');
  const en = 'nianbao: unknown option --bogus; the options are listed by nianbao check --help\n';
  assert.equal(nb(['check', '--bogus', '--locale', 'en', SEED3]).stderr, en);
  assert.equal(nb(['check', '--bogus', SEED3], { env: EN }).stderr, en);
  assert.equal(nb(['check', '--locale=en', '--bogus', SEED3], { env: { NIANBAO_LOCALE: 'zh' } }).stderr, en, '--locale wins over the variable');

  assert.equal(nb(['check', '--format', 'xml', SEED3]).stderr, 'nianbao：未知的 --format "xml"；可选：text, json, sarif, github, gitlab, rdjson, markdown\n');
  assert.equal(nb(['check', '--format', 'xml', SEED3], { env: EN }).stderr, 'nianbao: unknown --format "xml"; one of text, json, sarif, github, gitlab, rdjson, markdown\n');
  assert.equal(nb(['check', '--year', 'last', SEED3]).stderr, 'nianbao：--year 应为 2008–2099 之间的年份（年度报告自 2008 年起编制），例如 2024，不能是 "last"\n');
  assert.equal(nb(['check', '--year', 'last', '--locale', 'en', SEED3]).stderr, 'nianbao: --year must be a year from 2008 to 2099 (annual reports start in 2008), such as 2024, not "last"\n');
  // One range for every command, named (breaker31 #14): 1999 and 2100 are years, outside it.
  for (const y of ['1999', '2007', '2100']) {
    for (const cmd of [['check', SEED3], ['inspect', SEED3], ['new', '--agency', '某局']]) {
      assert.equal(nb([...cmd, '--year', y]).stderr, `nianbao：--year 应为 2008–2099 之间的年份（年度报告自 2008 年起编制），例如 2024，不能是 "${y}"\n`, `${cmd[0]} ${y}`);
    }
  }
  assert.equal(nb(['check', '--locale', 'fr', SEED3]).stderr, 'nianbao：--locale 只能是 zh 或 en（也可写作 zh-CN、en-US 等），不能是 "fr"。--locale must be zh or en (or a form such as zh-CN or en-US), not "fr"\n');
  assert.equal(nb(['check', '--locale', 'fr', SEED3], { env: EN }).stderr, 'nianbao: --locale must be zh or en (or a form such as zh-CN or en-US), not "fr"\n');
  assert.equal(nb(['check', '--year']).stderr, 'nianbao：选项 --year 需要一个值；nianbao check --help 列出全部选项\n');
  assert.equal(nb(['check', '--fix', '--fix-dry-run', SEED3]).stderr, 'nianbao：--fix 和 --fix-dry-run 不能同时使用：请选择其一\n');
  assert.equal(nb(['check', '--previous', 'no-such-2023.md', SEED3]).stderr, 'nianbao：--previous no-such-2023.md：没有这个文件\n');
  assert.equal(nb(['frobnicate']).stderr, 'nianbao：未知的命令 "frobnicate"；请运行 nianbao --help\n');
  assert.equal(nb(['frobnicate'], { env: EN }).stderr, 'nianbao: unknown command "frobnicate"; try nianbao --help\n');
  const dir = tmp();
  const missing = nb(['new', '--year', '2024', '--agency', '某局', '-o', join(dir, 'nodir', 'x.md')]);
  assert.match(missing.stderr, /^nianbao：.*x\.md：文件夹 .*nodir 不存在\n$/);
  const wrote = nb(['new', '--year', '2024', '--agency', '某局', '-o', 'x.md'], { cwd: dir, env: EN });
  assert.equal(wrote.stderr, 'nianbao: wrote x.md\n');
  assert.equal(nb(['new', '--year', '2024', '--agency', '某局', '-o', 'y.md'], { cwd: dir }).stderr, 'nianbao：已写入 y.md\n');
});

test('--help: Chinese by default, English with --locale en or NIANBAO_LOCALE=en; the English text as before', () => {
  const zh = nb(['--help']);
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /^用法：$/m);
  assert.match(zh.stdout, /^ {2}--fix-dry-run +以统一差异格式输出修复，不改动文件$/m);
  assert.match(zh.stdout, /^退出码：0 没有错误/m);
  const en = nb(['check', '--help', '--locale', 'en']).stdout;
  assert.equal(nb(['--help'], { env: EN }).stdout, en);
  assert.match(en, /^Usage:$/m);
  assert.match(en, /^ {2}--fix-dry-run {22}print the fixes as a unified diff, change nothing$/m);
  assert.match(en, /^Exit codes: 0 no errors, 1 at least one error-severity finding \(or more warnings than --max-warnings\),$/m);
  assert.doesNotMatch(en, /[用选项退出码]/);
});

test('new and inspect: -h/--help prints the command\'s own options in the run\'s language (exit 0); an unknown option names it and its --help', () => {
  for (const cmd of ['new', 'inspect']) {
    const zh = nb([cmd, '--help']);
    assert.equal(zh.code, 0, `${cmd} --help`);
    assert.equal(zh.stderr, '');
    assert.match(zh.stdout, new RegExp(`^用法：nianbao ${cmd} `));
    assert.match(zh.stdout, /^选项：$/m);
    assert.match(zh.stdout, /^ {2}--report-format pre2019\|2019\|2021 {2}\S/m);
    assert.match(zh.stdout, /^ {2}--locale zh\|en {21}\S.*NIANBAO_LOCALE=en 为英文）$/m);
    assert.match(zh.stdout, /^ {2}-h, --help {25}显示此帮助$/m);
    assert.equal(nb([cmd, '-h']).stdout, zh.stdout, `${cmd} -h`);
    assert.equal(nb(['help', cmd]).stdout, zh.stdout, `help ${cmd}`);
    const en = nb([cmd, '-h', '--locale', 'en']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, new RegExp(`^Usage: nianbao ${cmd} `));
    assert.match(en.stdout, /^Options:$/m);
    assert.match(en.stdout, /^ {2}-h, --help {25}show this help$/m);
    assert.doesNotMatch(en.stdout, /[用选项显示]/);
    assert.equal(nb([cmd, '--help'], { env: EN }).stdout, en.stdout, `${cmd}: NIANBAO_LOCALE=en`);
    assert.notEqual(en.stdout, nb(['--help'], { env: EN }).stdout, `${cmd}: not the general help`);
    // Help comes before the checks of the other options (new without --agency, inspect without a file).
    assert.equal(nb([cmd, '--year', '2024', '--help']).code, 0);

    const bogus = nb([cmd, '--bogus']);
    assert.equal(bogus.code, 2);
    assert.equal(bogus.stdout, '');
    assert.equal(bogus.stderr, `nianbao：未知的选项 --bogus；nianbao ${cmd} --help 列出全部选项\n`);
    assert.equal(nb([cmd, '--bogus'], { env: EN }).stderr, `nianbao: unknown option --bogus; the options are listed by nianbao ${cmd} --help\n`);
    assert.equal(nb([cmd, '--year'], { env: EN }).stderr, `nianbao: option --year needs a value; the options are listed by nianbao ${cmd} --help\n`);
  }
  assert.match(nb(['new', '--help']).stdout, /^ {2}--agency 机关名称 {18}报告机关的名称（必填，不含年度）/m);
  assert.match(nb(['new', '--help'], { env: EN }).stdout, /^ {2}-o, --output FILE {18}write to this file/m);
  assert.match(nb(['inspect', '--help']).stdout, /^用法：nianbao inspect 文件 /);
  // --locale is an option of both (it was an unknown option of new); its value is checked.
  const dir = tmp();
  assert.equal(nb(['new', '--year', '2024', '--agency', '某局', '-o', 'z.md', '--locale', 'en'], { cwd: dir }).stderr, 'nianbao: wrote z.md\n');
  assert.equal(nb(['new', '--agency', '某局', '--locale', 'fr']).stderr, 'nianbao：--locale 只能是 zh 或 en（也可写作 zh-CN、en-US 等），不能是 "fr"。--locale must be zh or en (or a form such as zh-CN or en-US), not "fr"\n');
  assert.equal(nb(['inspect', SEED3, '--locale', 'fr'], { env: EN }).stderr, 'nianbao: --locale must be zh or en (or a form such as zh-CN or en-US), not "fr"\n');
  // The general help names the commands' own help.
  assert.match(nb(['--help']).stdout, /^ {2}nianbao inspect\|new --help +inspect 或 new 的选项$/m);
  assert.match(nb(['--help'], { env: EN }).stdout, /^ {2}nianbao inspect\|new --help +the options of inspect or new$/m);
});

test('inspect: labels and headings in Chinese by default, English with --locale en or NIANBAO_LOCALE=en; the findings too', () => {
  const ERRORS = join(ROOT, 'examples/errors-2024.nianbao.md');
  const zh = nb(['inspect', ERRORS]);
  assert.equal(zh.code, 0);
  const lines = zh.stdout.split('\n');
  assert.match(lines[0], /^格式：2021（本年制发件数、.*、〔2021〕30号）$/);
  assert.equal(lines[1], '年度：2024（标题 2024 第 1 行、统计期限 2024 第 3 行、落款日期推定 2024 第 112 行）');
  assert.equal(lines[2], '标题：某某市某某区某某局2024年政府信息公开工作年度报告');
  assert.equal(lines[3], '是否为年报：是');
  assert.equal(lines[5], '提纲：');
  assert.equal(lines[6], '     5  一、总体情况  → 第 1 部分');
  assert.ok(lines.includes('    29  二、主动公开政府信息情况  → 第 2 部分  [t2]'));
  assert.ok(lines.includes('表格：'));
  assert.ok(lines.includes('  表二  第 31–55 行  排版 竖线'));
  // (Written with the 2019 format's name: read as its row, shown as a variant of it.)
  assert.ok(lines.includes('    T2.2    行政规范性文件  [异文：规范性文件]'));
  assert.ok(lines.includes('            3 | 1 | 25   （第 36 行）'));
  assert.ok(lines.includes('            0 | 0 | 0   （第 35 行）'));
  assert.ok(lines.includes('  表三  第 59–89 行  排版 竖线  （六）其他处理：分三行'));
  assert.ok(lines.some((l) => /^ {4}列：.* · 商业企业 \[错字：商业机构\] · /.test(l)));
  assert.ok(lines.includes('    R3.2    （二）部分公开（区分处理的，只计这一情形，不计其他情形）  [错字：（二）不分公开（区分处理的，只计这一情形，不计其他情形）]'));
  assert.ok(lines.includes('            （分组）'));
  assert.match(zh.stdout, /^检查结果：\d+ 个问题$/m);
  assert.ok(lines.includes('  97:47  错误  sum-review  表四“行政复议”的总计应为 3（2 + 0 + 1 + 0），实为 4，相差 +1。正文“行政复议3件”与各项之和 3 一致：很可能是总计填错了，可把总计改为 3。'));
  assert.ok(lines.includes('  101:6  提示  section-title  “五、存在的主要问题及下步工作打算”是标准标题的变体，格式规定为“五、存在的主要问题及改进情况”。'));
  // No English label left (the rule ids of the findings are ids, the same in both).
  assert.doesNotMatch(zh.stdout.slice(0, zh.stdout.indexOf('检查结果')), /\b(?:format|year|title|outline|section|tables|columns|lines|layout|misspelled|absent|group|line|none)\b/);
  assert.doesNotMatch(zh.stdout, /^ {2}\d+:\d+ {2}(?:error|warning|info|hint) /m);

  const en = nb(['inspect', ERRORS, '--locale', 'en']);
  assert.equal(nb(['inspect', ERRORS], { env: EN }).stdout, en.stdout);
  const enLines = en.stdout.split('\n');
  assert.equal(enLines.length, lines.length, 'the same lines in both languages');
  assert.match(enLines[0], /^format: 2021 {2}\(本年制发件数, .*, 〔2021〕30号\)$/);
  assert.equal(enLines[1], 'year:   2024  (title 2024 @1, period 2024 @3, signature date implies 2024 @112)');
  assert.equal(enLines[3], 'is a report: yes');
  assert.ok(enLines.includes('  表三  lines 59–89  layout pipe  （六）其他处理: split'));
  assert.ok(enLines.includes('    T2.2    行政规范性文件  [variant: 规范性文件]'));
  assert.ok(enLines.includes('            0 | 0 | 0   (line 35)'));
  assert.ok(enLines.some((l) => /^ {4}columns: .* · 商业企业 \[misspelled: 商业机构\] · /.test(l)));
  assert.ok(enLines.includes('  97:47  error  sum-review  表四 行政复议 (administrative review): the total (总计) should be 3 (2 + 0 + 1 + 0), is 4 (difference +1). The prose “行政复议3件” agrees with the sum 3: the total is likely the wrong number; it can be set to 3.'));

  // An override and a text that is no report.
  const over = nb(['inspect', ERRORS, '--report-format', '2019', '--year', '2020']).stdout.split('\n');
  assert.deepEqual(over.slice(0, 2), ['格式：2019（指定）', '年度：2020（标题 2024 第 1 行、统计期限 2024 第 3 行、落款日期推定 2024 第 112 行）']);
  // A format and a year that do not go together (a 2023 report uses the 2021 format) are refused, as by check and new.
  const refused = nb(['inspect', ERRORS, '--report-format', '2019', '--year', '2023']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^nianbao：2019 格式不适用于 2023 年度的报告：2023 年度应使用 2021 格式/);
  const dir = tmp();
  writeFileSync(join(dir, 'notes.md'), '随便写点什么\n');
  assert.equal(nb(['inspect', 'notes.md'], { cwd: dir }).stdout, '格式：未识别（无依据）\n年度：未知（无依据）\n是否为年报：否\n\n提纲：\n\n表格：\n  （无）\n\n检查结果：0 个问题\n');
  assert.equal(nb(['inspect', 'notes.md'], { cwd: dir, env: EN }).stdout, 'format: unknown  (no evidence)\nyear:   unknown  (no evidence)\nis a report: no\n\noutline:\n\ntables:\n  (none)\n\nfindings: 0\n');
  assert.equal(nb(['inspect', 'notes.md', '--year', 'last'], { cwd: dir }).stderr, 'nianbao：--year 应为 2008–2099 之间的年份（年度报告自 2008 年起编制），例如 2024，不能是 "last"\n');
});

test('a bad config: the frame line and the problems (file:line:col: key: …) in the run\'s language (breaker16: English lines under a Chinese header)', () => {
  const dir = tmp();
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "row-label": "loud" } }');
  copy(SEED3, join(dir, 'r.txt'));
  const zh = nb(['check', 'r.txt'], { cwd: dir });
  assert.equal(zh.code, 2);
  assert.equal(zh.stderr, 'nianbao：配置文件 .nianbao.jsonc 有误：\n.nianbao.jsonc:1:27: rules.row-label：应为以下之一："off", "info", "warning", "error"，实为 "loud"\n');
  assert.equal(nb(['check', 'r.txt'], { cwd: dir, env: EN }).stderr, 'nianbao: invalid config .nianbao.jsonc:\n.nianbao.jsonc:1:27: rules.row-label: expected one of "off", "info", "warning", "error", got "loud"\n');
  // Every kind of problem has its Chinese: an unknown rule, a wrong type, a JSON syntax error.
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "row-lable": "off" }, "ignore": "a" }');
  assert.equal(nb(['check', 'r.txt'], { cwd: dir }).stderr, [
    'nianbao：配置文件 .nianbao.jsonc 有误：',
    '.nianbao.jsonc:1:14: rules.row-lable：没有规则 "row-lable"（是否想写 "row-label"？）；应为规则 id，如 "section-missing"、"section-order"、"section-title"（见规则目录）',
    '.nianbao.jsonc:1:46: ignore：应为 glob 模式的列表，实为 "a"',
    '',
  ].join('\n'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "row-label": "off" ');
  assert.match(nb(['check', 'r.txt'], { cwd: dir }).stderr, /\.nianbao\.jsonc:1:\d+: JSON 格式有误：应有右花括号 }（是否漏了逗号或括号？） \[CloseBraceExpected\]\n$/);
  assert.equal(nb(['check', '--config', 'nope.jsonc', 'r.txt'], { cwd: dir }).stderr, 'nianbao：nope.jsonc：无法读取配置文件（没有这个文件）\n');
});

test('a bad config that states its locale is said in that language, unless --locale says otherwise (also with a JSON error after it)', () => {
  const dir = tmp();
  copy(SEED3, join(dir, 'r.txt'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "locale": "en", "rules": { "row-label": "loud" } }');
  assert.equal(nb(['check', 'r.txt'], { cwd: dir }).stderr, 'nianbao: invalid config .nianbao.jsonc:\n.nianbao.jsonc:1:43: rules.row-label: expected one of "off", "info", "warning", "error", got "loud"\n');
  assert.match(nb(['check', 'r.txt', '--format', 'markdown'], { cwd: dir }).stdout, /^## nianbao report check\n\n❗ Invalid config `\.nianbao\.jsonc`/);
  assert.match(nb(['check', 'r.txt', '--locale', 'zh'], { cwd: dir }).stderr, /^nianbao：配置文件 \.nianbao\.jsonc 有误：\n.*应为以下之一/);
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "locale": "en", "rules": { "row-label": "off" ');
  assert.match(nb(['check', 'r.txt'], { cwd: dir }).stderr, /^nianbao: invalid config \.nianbao\.jsonc:\n\.nianbao\.jsonc:1:\d+: invalid JSON: a closing \} was expected/);
  // A Chinese config under an English environment: the config's word wins, as it does for a run it configures.
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "locale": "zh", "ignore": "a" }');
  assert.equal(nb(['check', 'r.txt'], { cwd: dir, env: EN }).stderr, 'nianbao：配置文件 .nianbao.jsonc 有误：\n.nianbao.jsonc:1:29: ignore：应为 glob 模式的列表，实为 "a"\n');
});

test('per-file lines: last year\'s report found, not a report, unreadable, --previous of the wrong year, files fixed', () => {
  const dir = tmp();
  copy(join(CORPUS, 'peers', H2023), join(dir, H2023));
  copy(join(CORPUS, 'peers', H2024), join(dir, H2024));
  writeFileSync(join(dir, 'README.md'), '# 说明\n\n这里放本单位的年报草稿。\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  const args = ['check', H2024, 'README.md', 'binary.txt', 'nope.md'];
  const zh = nb(args, { cwd: dir });
  assert.equal(zh.code, 2);
  assert.deepEqual(zh.stderr.split('\n'), [
    'nianbao：nope.md：没有这个文件或文件夹',
    `nianbao：${H2024}：上年度（2023 年度）报告：${H2023}（在同一文件夹中找到；可用 --previous FILE 另行指定）`,
    'nianbao：README.md：未识别为年度报告（没有标题、统计期限或模板章节），未检查',
    'nianbao：binary.txt：二进制文件（含 NUL 字节，第一个在字节偏移 4 处），不是文本报告',
    '',
  ]);
  // README.md and binary.txt were given but not checked: the summary says so.
  assert.match(zh.stdout, /^检查了 1 个文件：0 个错误，2 个警告，1 个提示；1 个文件不是年度报告，未检查；1 个文件无法读取\n$/m);
  const en = nb([...args, '--locale', 'en'], { cwd: dir });
  assert.deepEqual(en.stderr.split('\n'), [
    'nianbao: nope.md: no such file or folder',
    `nianbao: ${H2024}: last year's report (2023): ${H2023} (found beside it; --previous FILE to choose another)`,
    'nianbao: README.md: Not recognised as an annual report (no title, 统计期限 or template sections); nothing checked.',
    'nianbao: binary.txt: binary file (contains NUL bytes, the first at byte offset 4), not a text report',
    '',
  ]);
  assert.match(en.stdout, /^1 file checked: 0 errors, 2 warnings, 1 info; 1 file not an annual report, not checked; 1 file unreadable\n$/m);
  // --previous of the wrong year: the agency's own report of another year (another agency's is not used, and the
  // report's own last year's report is looked for: brk129 #2).
  const wrong = nb(['check', '--previous', H2024, H2024], { cwd: dir });
  assert.match(wrong.stderr, new RegExp(`^nianbao：${H2024}：--previous ${H2024.replace(/\./g, '\\.')} 识别为 2024 年度，而不是 2023 年度：不用于这份报告，改为照常查找它的上年度报告\\n`));
  // --fix says what it changed.
  copy(SEED3, join(dir, 'fix-zh.txt'));
  copy(SEED3, join(dir, 'fix-en.txt'));
  assert.match(nb(['check', '--fix', 'fix-zh.txt'], { cwd: dir }).stderr, /^nianbao：fix-zh\.txt：修复了 7 个问题（column-label ×3、row-label ×2、section-title ×2）\n$/);
  assert.match(nb(['check', '--fix', 'fix-en.txt'], { cwd: dir, env: EN }).stderr, /^nianbao: fix-en\.txt: fixed 7 findings \(column-label ×3, row-label ×2, section-title ×2\)\n$/);
});

test('the config\'s locale decides when --locale is not given (over NIANBAO_LOCALE); --locale wins over the config', () => {
  const dir = tmp();
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "locale": "en" }');
  copy(SEED3, join(dir, 'r.txt'));
  writeFileSync(join(dir, 'README.md'), '# notes\n');
  const en = nb(['check', 'r.txt', 'README.md', '--max-warnings', '0'], { cwd: dir });
  assert.equal(en.code, 1);
  assert.equal(en.stderr, 'nianbao: README.md: Not recognised as an annual report (no title, 统计期限 or template sections); nothing checked.\nnianbao: 7 warnings, more than --max-warnings 0\n');
  assert.equal(nb(['check', 'r.txt', 'README.md', '--max-warnings', '0'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } }).stderr, en.stderr);
  const zh = nb(['check', '--locale', 'zh', 'r.txt', 'README.md', '--max-warnings', '0'], { cwd: dir, env: EN });
  assert.equal(zh.stderr, 'nianbao：README.md：未识别为年度报告（没有标题、统计期限或模板章节），未检查\nnianbao：7 个警告，超过 --max-warnings 0\n');
  assert.match(zh.stdout, /检查了 1 个文件/);
});

test('run summaries for many files: last year\'s reports found, ties, files skipped in a folder', () => {
  const dir = tmp();
  for (let i = 0; i < 6; i++) {
    mkdirSync(join(dir, `copy${i}`));
    for (const n of [H2023, H2024]) copy(join(CORPUS, 'peers', n), join(dir, `copy${i}`, n));
  }
  // (Another version with other figures: a copy of the same report is taken as it, brk166 #2.)
  writeFileSync(join(dir, 'copy0', 'kiro_hongze-district_2023-copy.txt'), otherFigures(readFileSync(join(CORPUS, 'peers', H2023), 'utf8')));
  writeFileSync(join(dir, 'copy1', 'README.md'), '# 说明\n');
  const zh = nb(['check', '--format', 'json', '.'], { cwd: dir });
  assert.deepEqual(zh.stderr.split('\n'), [
    'nianbao：所检查的 13 个文件中有 1 个在同一文件夹（或上一年度的文件夹）中有两个或更多文件都可能是上年度报告，这些报告未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）（单独检查其中一个可看到是哪些文件，或用 --previous FILE 指定）',
    'nianbao：所检查的 13 个文件中有 5 个在同一文件夹（或上一年度的文件夹）中找到了同一机关的上年度报告，已用于跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）（可用 --previous FILE 指定）',
    'nianbao：所检查的文件夹中有 1 个文件不是年度报告（没有标题、统计期限或模板章节，或是其他信息公开制度的年报，如高等学校的学年报告），已跳过：copy1/README.md',
    '',
  ]);
  const en = nb(['check', '--format', 'json', '.'], { cwd: dir, env: EN });
  assert.deepEqual(en.stderr.split('\n'), [
    'nianbao: 1 of the 13 files checked has two or more files beside it (or in last year\'s folder) that could be last year\'s report; carry-over, stock-flow, content-copied and prose-change\'s comparisons with last year\'s report are not checked for it (check one alone to see which, or choose with --previous FILE)',
    'nianbao: last year\'s report of the same agency was found beside 5 of the 13 files checked (or in last year\'s folder) and used for carry-over, stock-flow, content-copied and prose-change\'s comparisons with last year\'s report (--previous FILE to choose one)',
    'nianbao: 1 file in the folders checked is not an annual report (no title, 统计期限 or template sections, or another disclosure regime’s report such as a university’s 学年 report) and was skipped: copy1/README.md',
    '',
  ]);
  // A few files: the tie is named for the file.
  const one = nb(['check', join('copy0', H2024)], { cwd: dir });
  assert.match(one.stderr, /^nianbao：copy0\/kiro_hongze-district_2024\.txt：同一文件夹中有 2 个文件都可能是上年度报告（copy0\/kiro_hongze-district_2023-copy\.txt、copy0\/kiro_hongze-district_2023\.txt）：未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）；请用 --previous FILE 指定其一\n$/);
});

test('machine-readable outputs keep their English text in a Chinese run; the review formats people read follow the locale', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  copy(SEED3, join(dir, 'r.txt'));
  const sarif = JSON.parse(nb(['check', '--format', 'sarif', 'r.txt', 'binary.txt'], { cwd: dir }).stdout);
  assert.deepEqual(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text), ['binary.txt: binary file (contains NUL bytes, the first at byte offset 4), not a text report']);
  const json = nb(['check', '--format', 'json', 'r.txt', 'binary.txt'], { cwd: dir });
  assert.deepEqual(JSON.parse(json.stdout).files.map((f) => f.path), ['r.txt']);
  assert.equal(json.stderr, 'nianbao：binary.txt：二进制文件（含 NUL 字节，第一个在字节偏移 4 处），不是文本报告\n');
  const gh = nb(['check', '--format', 'github', 'binary.txt'], { cwd: dir }).stdout;
  assert.match(gh, /^::error file=binary\.txt,title=nianbao::二进制文件（含 NUL 字节，第一个在字节偏移 4 处），不是文本报告$/m);
  const ghEn = nb(['check', '--format', 'github', 'binary.txt'], { cwd: dir, env: EN }).stdout;
  assert.match(ghEn, /^::error file=binary\.txt,title=nianbao::binary file \(contains NUL bytes, the first at byte offset 4\), not a text report$/m);
  assert.match(nb(['check', '--format', 'markdown', 'binary.txt'], { cwd: dir }).stdout, /^- ❗ `binary\.txt`: 二进制文件（含 NUL 字节，第一个在字节偏移 4 处），不是文本报告$/m);
  assert.deepEqual(readdirSync(dir).sort(), ['binary.txt', 'r.txt']);
});

// A 表二 column the header leaves out (its rows read by the header's names, the column blank) was shown `[按位置]`, as if
// its numbers had been read by their place.
test('inspect: a 表二 column the table leaves out is shown missing, not read by position', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inspect-col-'));
  const text = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8')
    .replace('| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年制发件数 | 现行有效件数 |')
    .replace('| -------------- | ------------ | ------------ | ------------ |', '| --- | --- | --- |')
    .replace('| 规章           | 0            | 0            | 0            |', '| 规章 | 0 | 0 |')
    .replace('| 行政规范性文件 | 3            | 1            | 25           |', '| 行政规范性文件 | 3 | 25 |');
  const file = join(dir, 'r.nianbao.md');
  writeFileSync(file, text);
  const out = nb(['inspect', file]).stdout.split('\n');
  assert.ok(out.includes('    列：本年制发件数 · 本年废止件数 [缺失] · 现行有效件数 · 本年处理决定数量 · 本年收费金额（单位：万元）'), out.filter((l) => l.includes('列：')).join('\n'));
  assert.ok(out.includes('            3 | · | 25   （第 36 行）'));
  assert.ok(nb(['inspect', file, '--locale', 'en']).stdout.split('\n').some((l) => /^ {4}columns: 本年制发件数 · 本年废止件数 \[absent\] · 现行有效件数/.test(l)));
});
