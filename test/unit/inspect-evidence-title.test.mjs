// breaker44 #17 leftover and E: `inspect` caps a long evidence list (first 10, then how many more), and shows the
// title from its `#` line when a link line is directly above it (the report's own reading is unchanged).
// breaker45 #12: the title is shown without its Markdown markup (`#` marks, bold markers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-inspect-'));

test('inspect: a compilation\'s long evidence list shows the first 10, then how many more (zh and en)', async () => {
  const dir = tmp();
  const text = Array(20).fill(EXAMPLE).join('\n');
  writeFileSync(join(dir, 'comp.md'), text);
  const more = core.analyze(text).report.yearEvidence.length - 10;
  assert.ok(more >= 10, `${more}`);
  const zh = (await runCli(['inspect', 'comp.md'], { cwd: dir })).stdout.split('\n');
  const year = zh.find((l) => l.startsWith('年度：'));
  const m = /^年度：2024（((?:[^、]+、){10})……另有 (\d+) 处）$/.exec(year);
  assert.ok(m, year);
  assert.match(m[1], /^标题 2024 第 1 行、统计期限 2024 第 3 行、/);
  assert.equal(Number(m[2]), more);
  const en = (await runCli(['inspect', '--locale', 'en', 'comp.md'], { cwd: dir })).stdout.split('\n');
  assert.match(en.find((l) => l.startsWith('year:')), new RegExp(`^year: {3}2024 {2}\\((?:[^,]+, ){10}… and ${m[2]} more\\)$`));
  // A short list is shown whole.
  writeFileSync(join(dir, 'one.md'), EXAMPLE);
  const one = (await runCli(['inspect', 'one.md'], { cwd: dir })).stdout;
  assert.match(one, /^格式：2021（(?:[^、]+、){7}〔2021〕30号）$/m);
  assert.doesNotMatch(one, /另有 \d+ 处/);
});

test('inspect: the title is read from the # line when a link line is directly above it', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'r.md'), `[返回首页](http://www.example.gov.cn/)\n${EXAMPLE}`);
  const out = (await runCli(['inspect', 'r.md'], { cwd: dir })).stdout;
  assert.match(out, /^标题：某某市某某区某某局2024年政府信息公开工作年度报告$/m);
  // The same report without the link line: the same title.
  writeFileSync(join(dir, 'plain.md'), EXAMPLE);
  assert.match((await runCli(['inspect', 'plain.md'], { cwd: dir })).stdout, /^标题：某某市某某区某某局2024年政府信息公开工作年度报告$/m);
});

test('inspect: the title is shown without its # marks or bold markers, in zh and en', async () => {
  const dir = tmp();
  const title = '某某市某某区某某局2024年政府信息公开工作年度报告';
  const forms = { hash: EXAMPLE, bold: EXAMPLE.replace(`# ${title}`, `**${title}**`) };
  for (const [name, text] of Object.entries(forms)) {
    writeFileSync(join(dir, 'r.md'), text);
    assert.match((await runCli(['inspect', 'r.md'], { cwd: dir })).stdout, new RegExp(`^标题：${title}$`, 'm'), name);
    assert.match((await runCli(['inspect', '--locale', 'en', 'r.md'], { cwd: dir })).stdout, new RegExp(`^title: +${title}$`, 'm'), name);
  }
});
