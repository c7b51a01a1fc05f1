// Fixes that deleted or changed the report's own text (helper-223 #1, #2, #4, #5, #6; helper-220 #5): page-leftover took a
// site's traffic figures (`访问量：1523 万次`) and whole lines holding the title, a sentence opening with 分享到 or a
// byline's sentence; template-note deleted the author's words run into the note; duplicate-word joined two words that
// meet (局机关 + 机关党委, 人民政府 + 政府信息公开专栏, 政府信息 + 信息化); section-title dropped a remark after a variant title.
// Each case is checked by applying fix-all and comparing the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
/** The example with `line` as a paragraph of its own after the first paragraph of 一、总体情况 (line 8). */
const withLine = (line) => [...lines.slice(0, 7), line, '', ...lines.slice(7)].join('\n');
const fixAll = (text) => core.applyFixes(text, core.analyze(text).findings.filter((f) => f.fix).flatMap((f) => f.fix.edits)).text;
const rules = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('page-leftover: traffic figures with a unit, a decimal or the sentence going on are report text', () => {
  for (const line of ['政府网站全年访问量：1523 万次，同比增长12%。', '2024年，政府门户网站 访问量：1523万次，同比增长12%。', '1.门户网站 点击量：85万次；2.政务微博 阅读量：12万次。', '浏览量：1.2万次', '门户网站 访问量：1523，同比增长12%。']) {
    const text = withLine(line);
    assert.ok(!rules(text).includes('page-leftover'), line);
    assert.equal(fixAll(text), text, line);
  }
  // A page's counter alone is still chrome.
  assert.ok(rules(withLine('点击量：85000')).includes('page-leftover'));
});

test('page-leftover: a sentence opening with 分享到 is text; a byline or a breadcrumb before text loses only itself', () => {
  const share = withLine('分享到各政务新媒体平台的政策解读材料30篇，总阅读10万余次。');
  assert.ok(!rules(share).includes('page-leftover'));
  assert.equal(fixAll(withLine('作者：张三 来源：某某局办公室 本年度我局共主动公开信息312条。')), withLine('本年度我局共主动公开信息312条。'));
  const title = lines[0].replace(/^# /, '');
  for (const crumb of [`首页 > 政务公开 > 年度报告 ${title}`, `首页 > 政务公开 > ${title}`, `首页＞政务公开＞${title}`]) {
    const text = [crumb, ...lines.slice(1)].join('\n');
    assert.ok(rules(text).includes('page-leftover'), crumb);
    assert.equal(fixAll(text).split('\n')[0], title, crumb);
  }
  // A breadcrumb alone goes whole.
  const alone = [lines[0], '', '首页 > 政务公开 > 年度报告', ...lines.slice(1)].join('\n');
  assert.equal(fixAll(alone), [lines[0], '', ...lines.slice(1)].join('\n'));
});

test('template-note: the author\'s words run into the note are said, never deleted', () => {
  const six = (body) => CORRECT.replace('本年度未收取信息处理费。', body);
  for (const body of ['（文字描述：2024年本机关未收取信息处理费情况在此处报告）', '（按规定，本机关未收取信息处理费的情况在此处报告。）']) {
    const text = six(body);
    const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'template-note');
    assert.ok(f, body);
    assert.equal(f.fix, undefined, body);
    assert.match(f.message, /看不出哪些是正文/);
    assert.equal(fixAll(text), text, body);
  }
  // The template's own note, and an answer typed after its words, are fixed as before.
  assert.equal(fixAll(six('（文字描述，收取信息处理费情况在此处报告：本年度未收取信息处理费。）')), CORRECT);
});

test('duplicate-word: two words that meet at the repeat are no doubling', () => {
  for (const line of ['局机关机关党委组织学习培训2次。', '政府信息信息化水平不断提升。', '优化某某市人民政府政府信息公开专栏。', '市政府政府信息公开平台运行平稳。', '做好政府信息公开公开属性认定。']) {
    const text = withLine(line);
    assert.ok(!rules(text).includes('duplicate-word'), line);
    assert.equal(fixAll(text), text, line);
  }
  assert.ok(rules(withLine('加强机关机关建设。')).includes('duplicate-word'));
  // 政府 written twice after a verb is still one.
  assert.ok(rules(withLine('本机关受理政府政府信息公开申请46件。')).includes('duplicate-word'));
});

test('section-title: the fix of a variant title keeps the remark in brackets after it', () => {
  const text = CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及下步工作打算（2025年）');
  assert.equal(fixAll(text), CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及改进情况（2025年）'));
});

test('markdown: the fix hint ends the options with -- when a file name starts with - (helper-216)', async () => {
  const { mkdtempSync, copyFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { runCli } = await import('../helpers.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-dash-'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, '-x.md'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'y.md'));
  const dashed = await runCli(['check', '--format', 'markdown', '--', '-x.md'], { cwd: dir });
  assert.match(dashed.stdout, /在本地对 `-x\.md` 运行 `nianbao check --fix --`/);
  const plain = await runCli(['check', '--format', 'markdown', 'y.md'], { cwd: dir });
  assert.match(plain.stdout, /在本地对 `y\.md` 运行 `nianbao check --fix`（/);
});
