// row-label in `pdftotext -layout` text whose row line starts with a character of a label written top-down beside the
// rows (`本            2.其他法律行政法规禁止工开  30 …`, 淮安 2024; helper-213 #7): the character is no part of the row's
// label. It was quoted in the message, and its digit check took the label's 2 for a number: no fix was offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS } from '../helpers.mjs';

const original = readFileSync(join(CORPUS, 'peers/govnianbao_huaian-city_2024.txt'), 'utf8');
const LINE = /^本 {2,}2\.其他法律行政法规禁止公开/m;

test('a typo in a label after a vertical label\'s character is said on the label alone and fixed back to the report', () => {
  assert.match(original, LINE);
  const text = original.replace(/(^本 {2,}2\.其他法律行政法规禁止)公开/m, '$1工开');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(found.length, 1);
  const [f] = found;
  assert.match(f.message, /^行标签“2\.其他法律行政法规禁止工开”与格式不一致/);
  const line = text.split('\n')[f.range.start.line];
  assert.equal(line.slice(f.range.start.character, f.range.end.character), '2.其他法律行政法规禁止工开');
  assert.ok(f.fix, 'a fix is offered');
  assert.equal(core.applyFixes(text, f.fix.edits).text, original);
});
