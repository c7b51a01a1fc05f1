// Completion of section titles on a line of prose that starts with an ordinal (brk188 #1): `三、是加强培训，…`, a list
// item of 五's text, was offered the six section titles on Ctrl+Space with a replace range of the whole line, so
// accepting one replaced the drafter's sentence; and `三、` typed on a new line listed 一、总体情况 first. Now a line that
// holds a sentence (its punctuation, or text that is no title's start) gets no titles, the ordinal and a title's start
// (or a near miss of one) are what a title replaces, and the title of the ordinal typed comes first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);
const LINES = CORRECT_2024.split('\n');
/** The line of 五's text (`政策解读的形式还不够丰富。…`), under `## 五、存在的主要问题及改进情况`. */
const FIVE = LINES.findIndex((l) => l.startsWith('政策解读的形式'));
/** The line of 一（一）'s text, under `### （一）主动公开`. */
const ONE_ONE = LINES.findIndex((l, i) => i > LINES.indexOf('### （一）主动公开') && l.trim() !== '');

describe('section titles on a prose line that starts with an ordinal', () => {
  let s, n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** The items offered at `character` (default: the line's end) of `text` put in place of line `line` of the report. */
  async function at(line, text, character = text.length, context = { triggerKind: 1 }) {
    const lines = [...LINES];
    lines[line] = text;
    const doc = lines.join('\n');
    const uri = `file:///tmp/nianbao-brk188/prose-${++n}.nianbao.md`;
    await s.openAndWait(uri, doc, 'nianbao');
    const items = itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context }));
    return { items, doc };
  }

  test('a sentence after the ordinal (a list item in 五): no titles, the sentence stays', async () => {
    assert.ok(FIVE > 0 && ONE_ONE > 0);
    for (const text of ['三、是加强培训，各科室每季度开展一次信息公开业务学习。', '三、是加强培训，', '二、加强队伍建设；']) {
      for (const character of [2, text.length]) {
        const { items } = await at(FIVE, text, character);
        assert.deepEqual(items.map((i) => i.label), [], `${text} at ${character}`);
      }
    }
    // Text that is no title's start, nor a near miss of one, after a bare ordinal: a list item, no heading.
    assert.deepEqual((await at(FIVE, '三、是加强培训')).items, []);
    // A sub-heading's ordinal in prose (`（一）是…，`): no sub-heading titles over it either.
    assert.deepEqual((await at(ONE_ONE, '（一）是加强培训，全年组织业务培训3次。')).items, []);
  });

  test('the ordinal typed: the titles over it alone, that ordinal\'s title first', async () => {
    const { items } = await at(FIVE, '三、', 2, { triggerKind: 2, triggerCharacter: '、' });
    assert.equal(items.length, 6);
    assert.equal(items[0].label, '三、收到和处理政府信息公开申请情况');
    assert.equal(items[0].preselect, true);
    assert.ok(items.slice(1).every((i) => i.sortText > items[0].sortText && !i.preselect));
    assert.deepEqual(items[0].textEdit.range, { start: { line: FIVE, character: 0 }, end: { line: FIVE, character: 2 } });
    // In a heading (`## 三、`) too.
    const h = LINES.indexOf('## 三、收到和处理政府信息公开申请情况');
    const heading = await at(h, '## 三、', 5, { triggerKind: 2, triggerCharacter: '、' });
    assert.equal(heading.items[0].label, '三、收到和处理政府信息公开申请情况');
    assert.deepEqual(heading.items[0].textEdit.range, { start: { line: h, character: 3 }, end: { line: h, character: 5 } });
  });

  test('a title begun or misspelled after the ordinal: offered over the ordinal and that text, the line made the title', async () => {
    for (const text of ['三、收到和处理', '三、收到和处理政府信息公开申情况', '## 五、存在的主要问题及改进情况。']) {
      const { items, doc } = await at(FIVE, text);
      const want = text.includes('五') ? '五、存在的主要问题及改进情况' : '三、收到和处理政府信息公开申请情况';
      assert.equal(items[0]?.label, want, text);
      const from = text.startsWith('#') ? 3 : 0;
      assert.deepEqual(items[0].textEdit.range, { start: { line: FIVE, character: from }, end: { line: FIVE, character: text.length } }, text);
      assert.equal(applyEdits(doc, [items[0].textEdit]).split('\n')[FIVE], text.slice(0, from) + want);
    }
  });
});
