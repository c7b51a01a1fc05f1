// Completion where a sub-heading is being typed (`### （一）`, brk87 #3b): it offered the section titles (一、总体情况 …),
// which picked wrote a section heading a level too low. Now a sub-heading gets the sub-headings the format names for
// the section it is in (一、总体情况's five topics, 30号 一（一）), and none elsewhere; a section heading (`## `,
// `七、`) still gets the section titles.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const TOPICS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'];

describe('completion of headings by level', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** The items at the end of `typed`, a line inserted after the line starting with `after`, and the line each writes. */
  async function complete(text, after, typed) {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(after)) + 1;
    assert.ok(at > 0, after);
    lines.splice(at, 0, typed);
    const doc = lines.join('\n');
    const uri = `file:///tmp/nianbao-brk87/heading${++n}.md`;
    await s.openAndWait(uri, doc);
    const items = itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: at, character: typed.length } }));
    const wrote = (item) => applyEdits(doc, [item.textEdit]).split('\n')[at];
    return { labels: items.map((i) => i.label), items, wrote };
  }

  test('a sub-heading in 一、总体情况 gets its five topics, written after the # marks', async () => {
    const draft = CORRECT_2024.replace(/^### （[二三四五]）.*\n\n[^\n]*\n\n/gm, '');
    assert.ok(!draft.includes('### （三）政府信息管理'), 'the draft keeps （一） only');
    for (const typed of ['### （二）', '### （', '（二）依', '### ']) {
      const r = await complete(draft, '### （一）主动公开', typed);
      // (The topic of the ordinal typed first, brk188 #1; the others in the format's order.)
      const own = TOPICS.find((t) => /（(.)/.exec(typed)?.[1] === t[1]);
      assert.deepEqual(r.labels, own ? [own, ...TOPICS.filter((t) => t !== own)] : TOPICS, typed);
      const item = r.items.find((i) => i.label === '（二）依申请公开');
      assert.equal(r.wrote(item), typed.startsWith('###') ? '### （二）依申请公开' : '（二）依申请公开', typed);
      // The one already written is said so and sorted last.
      const first = r.items.find((i) => i.label === '（一）主动公开');
      assert.match(first.detail, /已有/);
      assert.ok(first.sortText > item.sortText, typed);
    }
  });

  test('a sub-heading of another section gets nothing; a lower level (#### 1.) nothing', async () => {
    for (const [after, typed] of [['## 二、主动公开', '### （一）'], ['## 二、主动公开', '### '], ['## 五、存在', '（一）'], ['### （五）监督保障', '#### 1.']]) {
      assert.deepEqual((await complete(CORRECT_2024, after, typed)).labels, [], `${typed} after ${after}`);
    }
  });

  test('a section heading still gets the section titles', async () => {
    for (const [after, typed] of [['## 五、存在', '## '], ['## 五、存在', '七、'], ['### （五）监督保障', '## ']]) {
      const r = await complete(CORRECT_2024, after, typed);
      assert.deepEqual(r.labels, SECTIONS, typed);
      assert.equal(r.wrote(r.items[1]), typed.startsWith('##') ? '## 二、主动公开政府信息情况' : '二、主动公开政府信息情况');
    }
  });

  test('prose in parentheses gets nothing', async () => {
    for (const typed of ['（注', '（1）']) {
      assert.deepEqual((await complete(CORRECT_2024, '### （五）监督保障', typed)).labels, [], typed);
    }
  });
});
