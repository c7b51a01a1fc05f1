// brk127 #2, #3: the fix that puts a section title glued into a line on a line of its own moved only part of its
// markup: `…实效。**六、…**本年度…` left `**` on the paragraph before and deleted the closing `**`; `…</p><h2>一、…</h2><p>…`
// deleted `</h2>`. The markers and tags that open the title go with it, those that close it stay after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('a bold title glued into a paragraph moves with both its markers; nothing is lost', () => {
  const text = CORRECT.replace(/(提升解读实效。)\n\n## 六、其他需要报告的事项\n\n/, '$1**六、其他需要报告的事项**');
  assert.notEqual(text, CORRECT);
  assert.ok(core.analyze(text).findings.some((f) => f.ruleId === 'section-missing'));
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /提升解读实效。\n\n(?:## )?\*\*六、其他需要报告的事项\*\*\n\n本年度/);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

// The example with its headings as <h2>/<h3> and its paragraphs as <p> (its pipe tables kept), as a saved page.
const HTML = CORRECT.split('\n').map((l) => {
  const h = /^(#{1,3}) (.*)$/.exec(l);
  if (h) return `<h${h[1].length}>${h[2]}</h${h[1].length}>`;
  return l && !/^[|]/.test(l) ? `<p>${l}</p>` : l;
}).join('\n');

test('an HTML heading glued between paragraphs is read as the heading where it stands (brk127 #2): nothing to fix', () => {
  assert.deepEqual(core.analyze(HTML).findings.filter((f) => f.ruleId === 'section-missing'), []);
  const text = HTML.replace(/(下载。<\/p>)\n\n(<h2>一、总体情况<\/h2>)\n\n/, '$1$2');
  assert.notEqual(text, HTML);
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing'), []);
  assert.equal(core.fixAll(text).text, text);
});
