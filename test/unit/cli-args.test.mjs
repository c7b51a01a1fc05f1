// Arguments as the user typed them: a report outside the working directory is named by the relative path typed
// (`../2024.md`), not by its absolute path; `new` checks --year and --report-format as check does, notes an unlikely
// year, and refuses an agency name with a year in it (the title would read 某某局2023年2024年…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-args-'));
const ERRORS_2024 = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

test('a report outside the working directory is named by the relative path typed: findings, json, stderr, last year\'s report', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'work'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'e24.md'), ERRORS_2024);
  const cwd = join(dir, 'work');
  const text = await runCli(['check', '../e24.md'], { cwd });
  assert.match(text.stdout, /^\.\.\/e24\.md:36:3  warning  format-mixed/m);
  assert.doesNotMatch(text.stdout, new RegExp(dir));
  const json = JSON.parse((await runCli(['check', '--format', 'json', '../e24.md', '../reports'], { cwd })).stdout);
  assert.deepEqual(json.files.map((f) => f.path), ['../e24.md']);
  // A folder typed relatively, a glob, and last year's report found beside the file: named the same way.
  const y23 = core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$12');
  writeFileSync(join(dir, 'reports/某某局2023年报.md'), y23);
  writeFileSync(join(dir, 'reports/某某局2024年报.md'), core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' }));
  const folder = await runCli(['check', '../reports'], { cwd });
  assert.match(folder.stdout, /^\.\.\/reports\/某某局2024年报\.md:\d+:\d+  error    carry-over/m);
  assert.match(folder.stderr, /上年度（2023 年度）报告：\.\.\/reports\/某某局2023年报\.md（在同一文件夹中找到/);
  const glob = await runCli(['check', '../reports/*2024*.md'], { cwd });
  assert.match(glob.stdout, /^\.\.\/reports\/某某局2024年报\.md:/m);
  // Typed absolute: printed absolute, as before.
  const abs = await runCli(['check', join(dir, 'e24.md')], { cwd });
  assert.match(abs.stdout, new RegExp(`^${join(dir, 'e24.md')}:36:3`, 'm'));
  // SARIF: outside the checkout, a file URI (not %SRCROOT%/../e24.md).
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '../e24.md'], { cwd })).stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, `file://${join(dir, 'e24.md')}`);
});

test('--year: 2008–2099 for new and check alike, as the editor’s New Report (breaker31 #14), a note after next year', async () => {
  const old = await runCli(['new', '--year', '2005', '--agency', '某某局']);
  assert.equal(old.code, 2);
  assert.equal(old.stdout, '');
  assert.match(old.stderr, /^nianbao：--year 应为 2008–2099 之间的年份（年度报告自 2008 年起编制），例如 2024，不能是 "2005"/m);
  const check = await runCli(['check', '--year', '2005', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.equal(check.code, 2);
  assert.equal(check.stderr, old.stderr);
  const next = new Date().getFullYear() + 1;
  const future = await runCli(['new', '--year', '2099', '--agency', '某某局'], { env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(future.code, 0);
  assert.equal(future.stderr, `nianbao: note: --year 2099 is after next year (${next}): an annual report is written early in the year after the one it reports on; is the year mistyped?\n`);
  assert.equal((await runCli(['new', '--year', String(next), '--agency', '某某局'])).stderr, '', 'next year: no note');
  // Out of range or not a year: the one message of check.
  for (const y of ['1999', '2100', '2024.5']) {
    const n = await runCli(['new', '--year', y, '--agency', '某某局']);
    assert.equal(n.code, 2);
    assert.equal(n.stderr, (await runCli(['check', '--year', y, 'x.md'])).stderr);
  }
  const fmt = await runCli(['new', '--report-format', '2020', '--agency', '某某局']);
  assert.equal(fmt.stderr, 'nianbao：--report-format 只能是 pre2019、2019 或 2021，不能是 "2020"\n');
});

test('new --agency with a year in it is refused with the name and the year to use', async () => {
  const r = await runCli(['new', '--agency', '某某局2023年']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'nianbao：--agency 只写机关名称，不要带年度（“2023年”）：标题中的年度来自 --year，例如 --agency 某某局 --year 2023\n');
  const en = await runCli(['new', '--agency', '２０２３年度某某局', '--year', '2024', '--locale', 'en']);
  assert.equal(en.stderr, 'nianbao: --agency takes the agency\'s name without a year ("２０２３年度"): the title\'s year comes from --year, e.g. --agency 某某局 --year 2024\n');
  for (const agency of ['某某局2023', '二〇二三年某某局', '某某局 2023 年']) assert.equal((await runCli(['new', '--agency', agency])).code, 2, agency);
  // Numbers that are not years stay: 第一分局, 12345热线.
  for (const agency of ['某某市第一分局', '某某市12345热线管理办公室']) {
    const ok = await runCli(['new', '--agency', agency, '--year', '2024']);
    assert.equal(ok.code, 0, agency);
    assert.match(ok.stdout, new RegExp(`^# ${agency}2024年政府信息公开工作年度报告$`, 'm'));
  }
});

test('new --agency with a control character (U+0085, U+000B), | or an HTML comment or tag is refused like a line break (helper-208 #6, brk101 #7)', async () => {
  for (const agency of ['某局\u0085办公室', '某局\u000b办公室', '某局|办公室', '<!-- x', '某局<br>办公室']) {
    const r = await runCli(['new', '--agency', agency, '--year', '2024']);
    assert.equal(r.code, 2, JSON.stringify(agency));
    assert.equal(r.stderr, 'nianbao：--agency 应为一行文字，不含 |、#、<、> 和控制字符\n');
  }
});

test('check --previous FILE with no path after it: the folder is checked, and stderr says FILE was taken as last year\'s (helper-207 #4)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-'));
  writeFileSync(join(dir, 'a.nianbao.md'), readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'));
  const r = await runCli(['check', '--previous', 'a.nianbao.md'], { cwd: dir });
  assert.match(r.stderr, /^nianbao：--previous 取了 a\.nianbao\.md 作上年的报告，没有给出要检查的文件，因此检查当前文件夹。若要检查 a\.nianbao\.md，请写成 --previous 上年报告 a\.nianbao\.md$/m);
  const given = await runCli(['check', '--previous', 'a.nianbao.md', 'a.nianbao.md'], { cwd: dir });
  assert.doesNotMatch(given.stderr, /没有给出要检查的文件/);
});
