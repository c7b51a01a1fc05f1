// content-copied (templates.md §7 item 3, 30号 (四) "内容雷同、敷衍塞责"; brk162 #1, brk156 #3): a report that is last
// year's with only the year changed is said to be a copy when last year's report is given (--previous) or found
// beside it. Real pairs of consecutive years (洪泽 2023 → 2024), a report that kept last year's sentences but updated
// their figures, and a small body with all-zero 表三/表四 and the same 现行有效 two years running stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, folderWith, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The same report a year earlier: only the years changed (2024 → 2023, the signature's 2025 → 2024). */
const lastYearOf = (text) => text.replaceAll('2024', '2023').replaceAll('2025', '2024');
/** The figures of the prose (`312条`, `46件`, `2次`), each one more: the sentences kept, their figures updated. */
const figuresUpdated = (text) => text.split('\n').map((l) => (l.startsWith('|') ? l : l.replace(/(\d+)(?=[条件次人])/g, (n) => String(Number(n) + 1)))).join('\n');
/** Every number of the tables 0 but 表二's 现行有效件数 (a small body with no applications, no decisions, no fees). */
const smallBody = (text) => text.split('\n').map((l) => (l.startsWith('|') ? l.replace(/\|(\s*)\d+(?:\.\d+)?(\s*)(?=\|)/g, '|$10$2') : l))
  .join('\n').replace(/\| 行政规范性文件 \| 0(\s*)\| 0(\s*)\| 0(\s*)\|/, '| 行政规范性文件 | 0$1| 0$2| 25$3|');
const copied = (text, prevText) => {
  const { report, findings } = core.analyze(text, { previous: core.parseReport(prevText) });
  return { report, found: findings.filter((f) => f.ruleId === 'content-copied') };
};

test('last year\'s report with only the year changed: one warning on the title naming the tables and the prose that repeat, no fix', () => {
  const { found } = copied(CORRECT, lastYearOf(CORRECT));
  assert.equal(found.length, 1);
  const [f] = found;
  assert.deepEqual([f.severity, f.range.start.line, f.fix], ['warning', 0, undefined]);
  assert.match(f.message, /^本报告与上一年度（2023年）报告内容雷同：表二、表三、表四的 \d+ 个数字逐项相同（其中 \d+ 个不为 0）；第一、五、六部分的文字有 100%（\d+\/\d+ 字）除年份外逐句相同。/);
  assert.match(f.message, /内容雷同、敷衍塞责/);
  assert.match(f.message, /请按本年度的实际工作重写文字，并按本年度的统计数据填写表格/);
  // Last year's title is the related location, in last year's report.
  assert.deepEqual(f.related.map((r) => r.report), ['previous']);
  const en = core.analyze(CORRECT, { previous: core.parseReport(lastYearOf(CORRECT)), locale: 'en' }).findings.find((x) => x.ruleId === 'content-copied');
  assert.match(en.message, /^This report repeats last year's \(2023\) report: every one of the \d+ figures of 表二, 表三, 表四 is the same .*100% of the text of parts 一, 五, 六/);
  // Without last year's report nothing is said.
  assert.deepEqual(core.analyze(CORRECT).findings.filter((x) => x.ruleId === 'content-copied'), []);
});

test('the CLI says it with --previous and with last year\'s report found beside the file (zh)', async () => {
  const dir = folderWith({ '2023.md': lastYearOf(CORRECT), '2024.md': CORRECT });
  try {
    for (const args of [['check', '2024.md', '--previous', '2023.md', '--format', 'json'], ['check', '2024.md', '--format', 'json']]) {
      const r = await runCli(args, { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
      const ds = JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'content-copied');
      assert.deepEqual(ds.map((d) => [d.line, d.severity, d.fixable]), [[1, 'warning', false]], args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every figure of 表二、三、四 repeated, the text rewritten: said, from the tables alone', () => {
  const { found } = copied(CORRECT, figuresUpdated(lastYearOf(CORRECT)));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /表二、表三、表四的 \d+ 个数字逐项相同/);
});

test('the prose repeated, figures and all, the tables of a small body all 0: said, from the prose', () => {
  const cur = smallBody(CORRECT);
  const { found } = copied(cur, lastYearOf(cur));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /第一、五、六部分的文字有 100%/);
});

test('a small body: all-zero 表三/表四 and the same 现行有效 two years running, its prose\'s figures updated — silent', () => {
  const cur = smallBody(CORRECT);
  assert.deepEqual(copied(cur, figuresUpdated(lastYearOf(cur))).found, []);
});

test('last year\'s sentences kept but their figures and the tables updated (test/fixtures/crossyear) — silent', () => {
  const dir = join(ROOT, 'test/fixtures/crossyear');
  assert.deepEqual(copied(readFileSync(join(dir, '某某局2024.md'), 'utf8'), readFileSync(join(dir, '某某局2023.md'), 'utf8')).found, []);
});

test('real pair 洪泽区 2023 → 2024 (text and HTML copies) — silent', () => {
  assert.deepEqual(copied(corpusText('peers/kiro_hongze-district_2024.txt'), corpusText('peers/kiro_hongze-district_2023.txt')).found, []);
  const dir = join(ROOT, 'test/fixtures/crossyear-html');
  assert.deepEqual(copied(readFileSync(join(dir, '洪泽区2024.html.md'), 'utf8'), readFileSync(join(dir, '洪泽区2023.md'), 'utf8')).found, []);
});

test('the same report given as last year\'s, or one of the same year, or of two years before — silent', () => {
  assert.deepEqual(copied(CORRECT, CORRECT).found, []);
  assert.deepEqual(copied(CORRECT, CORRECT.replace('持续提升政府信息公开质量', '不断提升政府信息公开质量')).found, []);
  assert.deepEqual(copied(CORRECT, CORRECT.replaceAll('2024', '2022').replaceAll('2025', '2023')).found, []);
});

test('the 2019-format report of 2020 identical to 2019\'s but for the year (test/fixtures/crossyear-pre2019) is said to be a copy', () => {
  const dir = join(ROOT, 'test/fixtures/crossyear-pre2019');
  const { found } = copied(readFileSync(join(dir, '某某市某某局2020.md'), 'utf8'), readFileSync(join(dir, '某某市某某局2019.md'), 'utf8'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^本报告与上一年度（2019年）报告内容雷同：表二、表三、表四的/);
});
