// The GitHub Action's inputs as a CI engineer wrote them (breaker 12): `args` with quotes (a config path with a
// space), options the action owns (--format, --fix…) refused with an error, `fail: false` with a run that could not
// check anything (exit 2 fails the step all the same, and the step summary says what was not checked), a bad config
// in the summary, and a dangling symbolic link in the checked folder (a note, not a failure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';
import { shellWords, inputPaths, refusedArgs, InputError, gitUnquoted } from '../../action/args.mjs';
import { execFileSync } from 'node:child_process';



test('args are split as a shell splits words: quotes, backslashes, line breaks; an unclosed quote is an error', () => {
  assert.deepEqual(shellWords('--config "ci cfg/my.jsonc" --max-warnings 0'), ['--config', 'ci cfg/my.jsonc', '--max-warnings', '0']);
  assert.deepEqual(shellWords("--config 'ci cfg/my.jsonc'"), ['--config', 'ci cfg/my.jsonc']);
  assert.deepEqual(shellWords('--config ci\\ cfg/my.jsonc'), ['--config', 'ci cfg/my.jsonc']);
  assert.deepEqual(shellWords('--config=" a \\"b\\" "x'), ['--config= a "b" x']);
  assert.deepEqual(shellWords("'it''s'"), ['its']);
  assert.deepEqual(shellWords('"$HOME" \'$HOME\' "a\\nb"'), ['$HOME', '$HOME', 'a\\nb'], 'nothing is expanded; \\n stays in double quotes');
  assert.deepEqual(shellWords('--quiet\n  --locale en\r\n'), ['--quiet', '--locale', 'en']);
  assert.deepEqual(shellWords('a "" b'), ['a', '', 'b']);
  assert.deepEqual(shellWords(''), []);
  assert.deepEqual(shellWords(undefined), []);
  assert.deepEqual(shellWords('--rule "row-label=off" --rule=cell-blank=error'), ['--rule', 'row-label=off', '--rule=cell-blank=error']);
  assert.throws(() => shellWords('--config "ci cfg'), (e) => e instanceof InputError && e.text.zh === 'args 中的引号 " 没有闭合：--config "ci cfg');
  assert.throws(() => shellWords("--config 'x"), InputError);
});

test('paths: one per line as written; on one line, an existing name is taken whole, else split as a shell does', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  writeFileSync(join(r.ws, 'reports', 'with space 报告.md'), '');
  assert.deepEqual(inputPaths('reports/with space 报告.md', r.ws), ['reports/with space 报告.md']);
  assert.deepEqual(inputPaths('reports/with space 报告.md\nreports/003.txt\n', r.ws), ['reports/with space 报告.md', 'reports/003.txt']);
  assert.deepEqual(inputPaths('"reports/with space 报告.md" reports/003.txt', r.ws), ['reports/with space 报告.md', 'reports/003.txt']);
  assert.deepEqual(inputPaths('reports drafts', r.ws), ['reports', 'drafts']);
  assert.deepEqual(inputPaths('', r.ws), []);
});

test('paths as git diff --name-only writes them: a C-quoted name (with ", \\ or, without core.quotePath=false, any non-ASCII) is unquoted (breaker47 #7)', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  const names = ['报告"终稿".md', 'a\\b 报告.md', '普通.md'];
  for (const n of names) copyFileSync(join(r.ws, 'reports', '003.txt'), join(r.ws, 'reports', n));
  // What git itself writes for them, with and without core.quotePath=false.
  const git = (...args) => execFileSync('git', args, { cwd: r.ws, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  for (const quotePath of ['false', 'true']) {
    const listed = git('-c', `core.quotePath=${quotePath}`, 'diff', '--cached', '--name-only', '--', 'reports/*.md');
    const lines = listed.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('"')), `git quotes some names (quotePath=${quotePath}): ${listed}`);
    assert.deepEqual(inputPaths(listed, r.ws).sort(), names.map((n) => `reports/${n}`).sort());
    // One changed file alone: the same.
    for (const l of lines) assert.equal(inputPaths(l, r.ws).length, 1, l);
  }
  assert.equal(gitUnquoted('"\\346\\212\\245\\345\\221\\212\\t\\"x\\".md"'), '报告\t"x".md');
  // A line with quotes that names an existing file is that file.
  writeFileSync(join(r.ws, '"q".md'), '');
  assert.deepEqual(inputPaths('"q".md\nreports/003.txt', r.ws), ['"q".md', 'reports/003.txt']);
  // The action checks them all.
  const listed = git('-c', 'core.quotePath=false', 'diff', '--cached', '--name-only', '--', 'reports/*.md');
  const res = runAction(r, { NIANBAO_PATHS: listed });
  assert.notEqual(res.code, 2, res.stdout + res.stderr);
  assert.doesNotMatch(res.stdout, /::error title=nianbao::/);
});

test('the options the action owns are refused: --format, --fix, --fix-dry-run, stdin, --help', () => {
  const refused = (s) => refusedArgs(shellWords(s)).map((x) => x.arg);
  assert.deepEqual(refused('--format json'), ['--format']);
  assert.deepEqual(refused('--format=sarif --quiet'), ['--format=sarif']);
  // check has no -f, -o or --output (brk142 #7): the CLI's own `未知的选项` says so, the action does not claim to own them.
  assert.deepEqual(refused('-f json -o out.txt --output=x'), []);
  assert.deepEqual(refused('--fix --fix-dry-run - --stdin-filename a.md -h'), ['--fix', '--fix-dry-run', '-', '--stdin-filename', '-h']);
  assert.deepEqual(refused('--quiet --max-warnings 0 --locale en --config "ci cfg/x.jsonc" -j 2 --rule row-label=off --report-unused-disable'), []);
});

test('the action: a quoted --config path with a space reaches the CLI whole', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  mkdirSync(join(r.ws, 'ci cfg'));
  writeFileSync(join(r.ws, 'ci cfg', 'my.jsonc'), '{ "rules": { "row-label": "off", "column-label": "off", "format-mixed": "off" } }');
  const plain = runAction(runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]), { NIANBAO_PATHS: 'reports' });
  const res = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--config "ci cfg/my.jsonc"' });
  assert.notEqual(res.code, 2, res.stdout + res.stderr);
  assert.doesNotMatch(res.stdout + res.stderr, /无法读取配置文件/);
  assert.ok(plain.stdout.includes('title=row-label'), 'without the config seed 003 has row-label findings');
  assert.ok(!res.stdout.includes('title=row-label'), 'the config turned row-label off');
});

test('the action: --format in args is refused with an error annotation, exit 2, before any check', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  const res = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--format json' });
  assert.equal(res.code, 2);
  assert.match(res.stdout, /^::error title=nianbao::args 中不能有 --format：Action 自己选择输出格式（标注、步骤摘要、SARIF）/m);
  assert.doesNotMatch(res.stdout, /^::(warning|notice) file=/m, 'nothing was checked');
  assert.equal(res.outputs['exit-code'], '2');
  assert.match(res.summary, /### ❗ 未能完成检查（退出码 2）/);
  const en = runAction(runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]), { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--locale en --format=json' });
  assert.match(en.stdout, /^::error title=nianbao::--format=json cannot be given in args: the action chooses the output formats itself/m);
  const quote = runAction(runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]), { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--config "ci cfg' });
  assert.equal(quote.code, 2);
  assert.match(quote.stdout, /^::error title=nianbao::args 中的引号 " 没有闭合/m);
});

test('the action: fail=false does not hide a run that could not check (exit 2); the summary names the missing path', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  const res = runAction(r, { NIANBAO_PATHS: 'nope', NIANBAO_FAIL: 'false' });
  assert.equal(res.code, 2, 'exit 2 fails the step whatever fail says');
  assert.equal(res.outputs['exit-code'], '2');
  assert.match(res.summary, /### ❗ 未能完成检查（退出码 2）/);
  // Named once, in the list at the top of the CLI's summary, which the block refers to.
  assert.match(res.summary, /^- ❗ `nope`: 没有这个文件或文件夹$/m);
  assert.match(res.summary, /上面标有 ❗ 的 1 个路径未能检查/);
  assert.match(res.summary, /与 `fail` 的设置无关/);
  // Findings only: fail=false still lets the step pass.
  const findings = runAction(runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]), { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--max-warnings 0', NIANBAO_FAIL: 'false' });
  assert.equal(findings.code, 0);
  assert.equal(findings.outputs['exit-code'], '1');
  assert.doesNotMatch(findings.summary, /未能完成检查/);
});

test('the action: a bad config reaches the step summary (the CLI\'s ❗ lines, which the action\'s block refers to), in English with --locale en', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  writeFileSync(join(r.ws, '.nianbao.jsonc'), '{ "rules": { "row-label": "loud" } }');
  const res = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--locale en', NIANBAO_FAIL: 'false', NIANBAO_SARIF_FILE: 'nianbao.sarif' });
  assert.equal(res.code, 2);
  assert.match(res.summary, /^## nianbao report check\n/);
  assert.match(res.summary, /### ❗ The check could not be completed \(exit code 2\)/);
  assert.match(res.summary, /^❗ Invalid config `\.nianbao\.jsonc`: no report was checked \(exit code 2\)\.$/m);
  assert.match(res.summary, /^- ❗ \[`\.nianbao\.jsonc:1:27`\]\(https:\/\/github\.com\/example\/reports\/blob\/deadbeef\/\.nianbao\.jsonc#L1\): rules\.row-label: expected one of "off", "info", "warning", "error", got "loud"$/m);
  assert.match(res.summary, /^Because of the config problems marked ❗ above nianbao checked no report\. The step fails whatever `fail` says/m);
  assert.equal(res.summary.split('.nianbao.jsonc:1:27').length - 1, 1, 'the problem is listed once');
  assert.equal(res.outputs['sarif-file'], '', 'no SARIF file to upload when nothing was checked');
});

test('the action: a dangling symbolic link in the checked folder is a note; the reports are checked', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  symlinkSync('/nonexistent-nianbao-b12', join(r.ws, 'reports', 'broken.md'));
  const res = runAction(r, { NIANBAO_PATHS: 'reports' });
  assert.equal(res.code, 0, res.stdout + res.stderr);
  assert.match(res.stderr, /reports\/broken\.md：符号链接指向的文件不存在，已跳过/);
  assert.doesNotMatch(res.stdout, /^::error/m);
  // Named on the command line, a missing file is still an error.
  const named = runAction(runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]), { NIANBAO_PATHS: 'reports/003.txt\nreports/missing.md' });
  assert.equal(named.code, 2);
});

test('the action: an empty paths (no changed report) checks nothing and passes; it does not fall back to everything', () => {
  const r = runner([['seeds/003_7487cbc35b761747.txt', '003.txt']]);
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(r.ws, 'errors-2024.md'));
  for (const empty of ['', '\n  \n']) {
    const res = runAction(r, { NIANBAO_PATHS: empty });
    assert.equal(res.code, 0, res.stdout);
    assert.match(res.stdout, /^::notice title=nianbao::paths 为空：没有要检查的报告/m);
    assert.doesNotMatch(res.stdout, /errors-2024|::error/);
    assert.equal(res.outputs['exit-code'], '0');
  }
  assert.match(readFileSync(r.summary, 'utf8'), /paths 为空/);
});
