// Found by a second fresh user: a draft made with `nianbao new` whose fill-in notes were deleted but nothing written
// checked clean. section-empty reports a template section with nothing under its heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const empty = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'section-empty');

test('section-empty: none on the example, whose 六 is one short sentence before the signature', () => {
  assert.deepEqual(empty(correct), []);
});

test('section-empty: a section with only blank lines is reported at its heading, with what the format asks', () => {
  const text = correct.replace('政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。\n', '');
  const f = empty(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].range.start.line, text.split('\n').indexOf('## 五、存在的主要问题及改进情况'));
  // What 《条例》第五十条第（四）项 asks, not called 格式要求 (30号's text for 五 is not verified: brk162 #4).
  assert.equal(f[0].message, '“五、存在的主要问题及改进情况”下没有内容。应报告：政府信息公开工作存在的主要问题及改进情况（《中华人民共和国政府信息公开条例》第五十条第（四）项）。');
  // One sentence of English, not `The format asks: Main problems and improvements: the problems …` (brk114 #6).
  assert.equal(empty(text, 'en')[0].message, 'Nothing under “五、存在的主要问题及改进情况”. This part should give the main problems of the disclosure work and how they are being improved (article 50 (4) of the Regulations).');
});

test('section-empty (en): what the format asks reads as one English sentence for 一, 五 and 六, with no second colon (brk114 #6)', () => {
  const one = correct.replace(/(## 一、总体情况\n)[\s\S]*?(?=\n## 二、)/, '$1');
  const six = correct.replace('本年度未收取信息处理费。\n\n', '');
  const [f1] = empty(one, 'en'), [f6] = empty(six, 'en');
  assert.match(f1.message, /^Nothing under “一、总体情况”\. The format asks for an overview of how the agency implemented the Regulations: /);
  assert.match(f6.message, /^Nothing under “六、其他需要报告的事项”\. The format asks for information processing fees charged /);
  for (const f of [f1, f6]) assert.doesNotMatch(f.message, /asks: |Main problems|Other matters/);
});

test('section-empty: the signature is not the last section\'s content, but 无。 before it is', () => {
  const none = correct.replace('本年度未收取信息处理费。\n\n', '');
  assert.equal(empty(none).length, 1);
  assert.ok(empty(none)[0].message.startsWith('“六、其他需要报告的事项”下没有内容'));
  assert.deepEqual(empty(correct.replace('本年度未收取信息处理费。\n\n', '无。\n')), []);
});

test('section-empty: a section with only sub-headings is empty; a table is content', () => {
  const lines = correct.split('\n');
  const one = lines.indexOf('## 一、总体情况');
  const two = lines.findIndex((l) => l.startsWith('## 二、'));
  assert.ok(one >= 0 && two > one);
  const skeleton = [...lines.slice(0, one + 1), '', '（一）主动公开', '', '（二）依申请公开', '', ...lines.slice(two)].join('\n');
  assert.deepEqual(empty(skeleton).map((f) => f.range.start.line), [one]);
  // 二、三、四 hold their tables: no finding for them.
  assert.ok(!empty(correct).length);
});

test('section-empty: a skeleton from `nianbao new` with its notes deleted is reported for 一, 五 and 六', async () => {
  const r = await runCli(['new', '--year', '2024', '--agency', '某某县某某局']);
  assert.equal(r.code, 0);
  const withoutNotes = r.stdout.split('\n').filter((l) => !/请在此处填写|文字描述/.test(l)).join('\n');
  assert.deepEqual(empty(withoutNotes).map((f) => f.message.slice(0, 3)), ['“一、', '“五、', '“六、']);
});

test('section-empty: a section that should hold a template table (二、三、四) and has none is table-missing\'s alone', () => {
  const draft = readFileSync(join(ROOT, 'examples', 'draft-2024.nianbao.md'), 'utf8');
  const all = core.checkReport(core.parseReport(draft));
  assert.deepEqual(all.filter((f) => f.ruleId === 'section-empty'), []);
  assert.equal(all.filter((f) => f.ruleId === 'table-missing').length, 2);
});

// Found by a third fresh user: 六 with its text on the heading line (六、其他需要报告的事项：无。), or only a numbered
// item or a sub-heading with its answer after a colon, was "empty"; a page number of a PDF's text or an HTML comment
// alone counted as content.
test('section-empty: text on the heading line after a colon, a numbered item, a sub-heading with an answer are content; a page number or a comment is not', () => {
  const six = '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n';
  assert.ok(correct.includes(six));
  for (const written of ['## 六、其他需要报告的事项：本年度未收取信息处理费。\n', '六、其他需要报告的事项:无。\n', '## 六、其他需要报告的事项\n\n1.本年度未收取信息处理费\n', '## 六、其他需要报告的事项\n\n（一）信息处理费收取情况：无\n']) {
    assert.deepEqual(empty(correct.replace(six, written)), [], written);
  }
  for (const nothing of ['## 六、其他需要报告的事项\n\n- 6 -\n', '## 六、其他需要报告的事项\n\n<!-- 待填写 -->\n']) {
    assert.equal(empty(correct.replace(six, nothing)).length, 1, nothing);
  }
});

// Found by a fourth fresh user: text after a space or in brackets on the heading line (六、其他需要报告的事项 无,
// 六、其他需要报告的事项（无）) was "empty".
test('section-empty: text after the template title on the heading line, after a space or in brackets, is content', () => {
  const six = '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n';
  for (const written of ['## 六、其他需要报告的事项 无\n', '六、其他需要报告的事项（无）\n', '## 六、其他需要报告的事项 本机关本年度未收取信息处理费。\n']) {
    assert.deepEqual(empty(correct.replace(six, written)), [], written);
  }
  // The message names what the format asks once, without a second colon.
  const f = empty(correct.replace(six, '## 六、其他需要报告的事项\n'));
  assert.match(f[0].message, /下没有内容。格式要求：收取信息处理费情况/);
});
