// Numbers in emphasis in the prose (`予以公开**25**件`, `<b>3</b>件`): Word → Markdown and Word's HTML write them so.
// The markers were read as part of the words around the number, so no phrase matched and a number that contradicts
// the table went unseen (helper-220 #16). They part the text as white space does; a fix writes the number inside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = 14;
assert.match(example.split('\n')[LINE], /^全年新收政府信息公开申请46件/);
const withLine = (s) => example.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('a wrong number in **bold**, *italics* or <b>…</b> is found, at the number, and fixed inside the markers', () => {
  for (const [written, fixed] of [
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开**25**件。', '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开**24**件。'],
    ['全年新收政府信息公开申请**46**件，上年结转**3**件，办结**47**件。', '全年新收政府信息公开申请**46**件，上年结转**2**件，办结**47**件。'],
    ['全年新收政府信息公开申请46件，上年结转*3*件，办结47件。', '全年新收政府信息公开申请46件，上年结转*2*件，办结47件。'],
    ['全年新收政府信息公开申请46件，上年结转<b>3</b>件，办结<strong>47</strong>件。', '全年新收政府信息公开申请46件，上年结转<b>2</b>件，办结<strong>47</strong>件。'],
    // (`__25__` and `` `25` ``: helper-226 C.)
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开__25__件。', '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开__24__件。'],
    ['全年新收政府信息公开申请46件，上年结转`3`件，办结47件。', '全年新收政府信息公开申请46件，上年结转`2`件，办结47件。'],
    // A figure struck out and corrected (`~~24~~25`): the struck one is deleted text, the one after it is read.
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开~~24~~25件。', '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开~~24~~24件。'],
  ]) {
    const text = withLine(written);
    const fs = proseTable(text);
    assert.equal(fs.length, 1, written);
    const range = fs[0].range;
    assert.equal(range.start.line, LINE);
    assert.match(written.slice(range.start.character, range.end.character), /^\d+$/, written);
    assert.equal(core.fixAll(text).text, withLine(fixed), written);
  }
});

test('right numbers in emphasis: nothing said', () => {
  const text = withLine('全年新收政府信息公开申请**46**件，上年结转<b>2</b>件，办结*47*件，其中予以公开<span style="color:red">24</span>件。');
  assert.deepEqual(core.analyze(text).findings.map((f) => `${f.ruleId} ${f.message}`), []);
});

test('a struck-out number is not read: its right correction after it, or none, says nothing', () => {
  for (const line of ['全年新收政府信息公开申请46件，上年结转~~3~~2件，办结47件。', '全年新收政府信息公开申请46件，上年结转2件，办结~~48~~ 47件。', '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开~~25~~24件。']) {
    assert.deepEqual(core.analyze(withLine(line)).findings.map((f) => `${f.ruleId} ${f.message}`), [], line);
  }
});
