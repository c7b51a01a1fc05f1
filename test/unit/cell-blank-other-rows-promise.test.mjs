// brk106 #16: cell-blank on a 表三 row that only the column sums can decide, while other rows have blank cells too,
// said "先填好那些格（nianbao check --fix 会依次填写，能由合计定出的这一行也会填上）"; --fix on such a draft filled the one
// cell a row total decided and nothing else (the other rows' blanks were whole blank rows, which nothing decides).
// The message now names the rows whose own totals decide their blanks (what --fix fills), says that --fix then checks
// again and fills this row's cells where the column sums decide them by then, and leaves the rest to the user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const row = (label, cells) => {
  const line = correct.split('\n').find((l) => l.startsWith(`| ${label} `));
  const parts = line.split('|');
  cells.forEach((v, i) => { if (v !== null) parts[i + 2] = parts[i + 2].replace(/\S+/, v === '' ? ' '.repeat(parts[i + 2].trim().length) : v); });
  return [line, parts.join('|')];
};
const edits = [
  row('一、本年新收政府信息公开申请数量', [null, null, null, null, null, null, '']), // its 总计: decided by the row (46)
  row('二、上年结转政府信息公开申请数量', [null, '', '', '', '', '', '']), // 商业企业…总计: by the column sums only
  row('（七）总计', ['', '', '', '', '', '', '']), // a whole blank row: nothing fills it, and the column balances need it
];
const draft = edits.reduce((t, [from, to]) => t.replace(from, to), correct);
const blanksOf = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'cell-blank');
const carried = (fs) => fs.find((f) => f.message.includes('“二、上年结转政府信息公开申请数量”'));

test('the message names the rows --fix fills and promises this row only where the column sums then decide it', () => {
  assert.notEqual(draft, correct);
  const before = carried(blanksOf(draft));
  assert.ok(before, blanksOf(draft).map((f) => f.message).join('\n'));
  assert.doesNotMatch(before.message, /依次填写/);
  assert.match(before.message, /其中“一、本年新收政府信息公开申请数量”行的空白能由该行合计定出，修复会填上；nianbao check --fix（或编辑器的“修复全部可自动修复的问题”）填上后重新检查，这一行届时能由各列合计定出的格也会填上。其余的空白请对照原表填写。/);
  const en = core.checkReport(core.parseReport(draft), { locale: 'en' }).find((f) => f.ruleId === 'cell-blank' && f.message.includes('“二、上年结转'));
  assert.match(en.message, /Those of row “一、本年新收政府信息公开申请数量” are decided by their own totals, and their fix fills them; nianbao check --fix \(or the editor's “Fix all auto-fixable problems”\) then checks again/);
  // What --fix does: the row total decided is written, then the whole-blank （七）总计 row the column totals decide
  // (row-missing, brk106 #10), then this row: every blank was decided, and the report is the correct one again.
  const fixed = core.fixAll(draft).text;
  assert.match(fixed, /\| 一、本年新收政府信息公开申请数量 +\| 40 +\| 3 +\| 0 +\| 1 +\| 2 +\| 0 +\| 46 +\|/);
  assert.equal(fixed, correct);
  assert.deepEqual(blanksOf(fixed), []);
});
