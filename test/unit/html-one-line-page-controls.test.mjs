// brk132 #3: a web page saved or minified to one line (its <hN>, <p> and <table> blocks read one a line) with the page's
// print/close bar typed before a section heading (`<p>打印丨关闭丨一、总体情况</p>`, `<h2>打印丨关闭丨…</h2>`): the heading
// is read, page-leftover says the controls and its fix deletes them alone; --fix inserts no second, empty heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, onePage, pageElements, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

const elements = (options) => pageElements(CORRECT, options);

const page = onePage;
const OK = page(elements());
const zh = (f) => (typeof f.message === 'string' ? f.message : f.message.zh);
const rules = (text) => core.analyze(text).findings.map((f) => f.ruleId);

for (const [name, written] of [
  ['<p>', '<p>打印丨关闭丨一、总体情况</p>'],
  ['<h2>', '<h2>打印丨关闭丨一、总体情况</h2>'],
  ['<p><strong>', '<p><strong>【打印】 【关闭】 一、总体情况</strong></p>'],
]) {
  test(`one-line page, controls before 一's heading in ${name}: page-leftover deleting the controls only, no section-missing`, () => {
    const text = OK.replace('<h2>一、总体情况</h2>', written);
    assert.notEqual(text, OK);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['page-leftover']);
    assert.match(zh(found[0]), /打印/);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, OK.replace('<h2>一、总体情况</h2>', written.replace(/【打印】 【关闭】 |打印丨关闭丨/, '')));
    assert.equal((fixed.match(/一、总体情况/g) ?? []).length, 1);
    assert.deepEqual(rules(fixed), []);
  });
}

test('one-line page, controls before 三\'s <h2> (with ★ before 一): no section-missing error, one fix run gives the page back', () => {
  const text = OK.replace('<h2>一、总体情况</h2>', '<h2>★一、总体情况</h2>').replace('<h2>三、', '<h2>打印丨关闭丨三、');
  assert.deepEqual(rules(text).sort(), ['page-leftover', 'section-title']);
  assert.equal(core.fixAll(text).text, OK);
});

test('the same page one block a line: the controls are said and the heading read', () => {
  const text = elements().join('\n').replace('<h2>一、总体情况</h2>', '<p>打印丨关闭丨一、总体情况</p>');
  assert.deepEqual(rules(text), ['page-leftover']);
});
