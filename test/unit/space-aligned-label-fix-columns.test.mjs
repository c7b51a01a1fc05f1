// brk120 #4: `--fix` of a 表二 block printed by `pdftotext -layout` that renamed a row (2019's `规范性文件` →
// `行政规范性文件`) moved that row's numbers right by the label's growth: they no longer stood under their headers.
// Now the growth is taken out of the spaces after the label, keeping at least two; where they have not that room,
// the block's other lines get the missing spaces where the next column starts, so the whole column moves with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** A clean 2021-format report (as `nianbao new` writes it, its notes filled), its 表二's first block as `block`. */
function report(block) {
  const draft = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。').replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。');
  const lines = draft.split('\n');
  const at = lines.findIndex((l) => l.startsWith('| 信息内容 ') && l.includes('本年制发件数'));
  let end = at;
  while (lines[end]?.startsWith('|')) end++;
  return [...lines.slice(0, at), ...block, ...lines.slice(end)].join('\n');
}
/** The display column where `word` starts on `line` (an ideograph takes two). */
const columnOf = (line, word) => [...line.slice(0, line.indexOf(word))].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

test('a renamed label without room after it: the block\'s columns move right together, two spaces kept', () => {
  const text = report([
    '信息内容      本年制发件数    本年废止件数    现行有效件数',
    '规章          0               0               0',
    '规范性文件    3               1               25',
  ]);
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), ['format-mixed']);
  const out = core.fixAll(text).text.split('\n');
  const [header, rule, norm] = ['信息内容', '规章 ', '行政规范性文件'].map((s) => out.find((l) => l.startsWith(s)));
  assert.equal(norm, '行政规范性文件  3               1               25');
  assert.equal(columnOf(header, '本年制发件数'), columnOf(norm, '3'));
  assert.equal(columnOf(rule, '0'), columnOf(norm, '3'));
  assert.equal(columnOf(header, '现行有效件数'), columnOf(norm, '25'));
  assert.deepEqual(core.analyze(out.join('\n')).findings, []);
});

test('a renamed label with room after it: only its own spaces shrink, every other line stays as it was', () => {
  const block = [
    '信息内容          本年制发件数    本年废止件数    现行有效件数',
    '规章              0               0               0',
    '规范性文件        3               1               25',
  ];
  const text = report(block);
  const out = core.fixAll(text).text.split('\n');
  assert.ok(out.includes(block[0]) && out.includes(block[1]));
  assert.ok(out.includes('行政规范性文件    3               1               25'));
});

test('a renamed label in a block whose columns do not line up (ragged PDF text): only its own row changes', () => {
  const block = [
    '信息内容      本年制发件数    本年废止件数    现行有效件数',
    '规章           0               0               0',
    '规范性文件    3               1               25',
  ];
  const text = report(block);
  const out = core.fixAll(text).text.split('\n');
  assert.ok(out.includes(block[0]) && out.includes(block[1]), 'the header and 规章 rows are not touched');
  // The two spaces it can spare are taken; the rest of its growth moves the row.
  assert.ok(out.includes('行政规范性文件  3               1               25'), out.find((l) => l.startsWith('行政规范性文件')));
});
