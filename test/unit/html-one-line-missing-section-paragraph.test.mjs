// brk132 #4: a web page minified to one line (its <hN>, <p> and <table> blocks read one a line) without 五's heading:
// 五's paragraph after 四's table is where the heading goes (above it, as in Markdown), and the message says where on the
// one line (its column), not “第 1 行之前”.
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

test('one-line page without 五\'s heading: it goes above 五\'s paragraph after 四\'s table, the message names its column', () => {
  const els = elements();
  const at = els.findIndex((e) => e.startsWith('<h2>五、'));
  const text = page([...els.slice(0, at), ...els.slice(at + 1)]);
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  const para = els[at + 1].replace(/<[^>]*>/g, '');
  const col = text.indexOf(els[at + 1]);
  assert.equal(found[0].range.start.line, 0);
  assert.equal(found[0].range.start.character, col);
  assert.match(zh(found[0]), new RegExp(`第 1 行第 ${col + 1} 列“${para.slice(0, 10)}`));
  assert.doesNotMatch(zh(found[0]), /第 1 行之前/);
  const fixed = core.fixAll(text).text;
  // The heading stands right above 五's paragraph: 五's text is 五's, not 四's, and no section is empty.
  assert.ok(fixed.indexOf('<h2>五、存在的主要问题及改进情况</h2>') < fixed.indexOf(els[at + 1]));
  assert.ok(fixed.indexOf('<h2>五、存在的主要问题及改进情况</h2>') > fixed.indexOf('</table>', text.indexOf('<h2>四、')));
  assert.equal(fixed.replace(/\s+/g, ''), OK.replace(/\s+/g, ''));
  assert.deepEqual(rules(fixed), []);
});
