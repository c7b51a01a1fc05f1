// Fixes write in the script the author used (brk105): a table label or section title misspelled in traditional
// characters got a fix writing the template's simplified words over it (`三、收到和處理政府信息公開申情況` became
// `三、收到和处理政府信息公开申请情况`, `行政處法` became `行政处罚`) in a simplified draft with a traditional part; in a
// report wholly in traditional characters the fix was withheld. Now the fix keeps the author's characters and writes
// the missing ones in traditional characters (`inScriptOf`: the form the report itself uses for the character beside
// the same neighbour, else the one it uses most, else OpenCC's usual one), in a quick fix and with --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { core, edit, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TRAD = OpenCC.Converter({ from: 'cn', to: 'tw' })(CORRECT);
const fixOf = (text, rule) => core.analyze(text).findings.find((f) => f.ruleId === rule)?.fix;

test('inScriptOf: the author\'s characters kept, the others in traditional ones as the context writes them', () => {
  assert.equal(core.inScriptOf('行政处法', '行政处罚'), '行政处罚', 'simplified text: the template\'s words');
  assert.equal(core.inScriptOf('行政處法', '行政处罚'), '行政處罰');
  assert.equal(core.inScriptOf('行政事業性收費等', '行政事业性收费'), '行政事業性收費');
  assert.equal(core.inScriptOf('三、收到和處理政府信息公開申情況', '三、收到和处理政府信息公开申请情况'), '三、收到和處理政府信息公開申請情況');
  // A character with two traditional forms: the one the text writes beside the same neighbour (重複, not 復 of 復議).
  const context = '行政復議3件。行政復議決定。重複申請1件。';
  assert.equal(core.inScriptOf('2.重申請', '2.重复申请', context), '2.重複申請');
  assert.equal(core.inScriptOf('行政議', '行政复议', context), '行政復議');
  // Else the form the text uses most (為, not OpenCC's usual 爲).
  assert.equal(core.inScriptOf('（本列數據的勾稽關係：', '（本列数据的勾稽关系为：', '其中為民服務。'), '（本列數據的勾稽關係為：');
  assert.equal(core.inScriptOf('（本列數據的勾稽關係：', '（本列数据的勾稽关系为：'), '（本列數據的勾稽關係爲：');
  // A character OpenCC keeps as it is (家, whose other traditional form 傢 is not the usual one) stays itself.
  assert.equal(core.inScriptOf('1.屬於國秘密', '1.属于国家秘密'), '1.屬於國家秘密');
});

test('inTraditional: template words for an insert, in traditional characters as the context writes them', () => {
  assert.equal(core.inTraditional('1.属于国家秘密'), '1.屬於國家祕密');
  assert.equal(core.inTraditional('行政处罚'), '行政處罰');
  assert.equal(core.inTraditional('2.重复申请', '行政復議3件。重複申請1件。'), '2.重複申請');
  assert.equal(core.inTraditional('| 规章 | 0 |'), '| 規章 | 0 |');
});

test('a simplified draft with a label or heading in traditional characters: the fix writes traditional ones', () => {
  for (const [from, to, rule, want, fixed] of [
    ['## 三、收到和处理政府信息公开申请情况', '## 三、收到和處理政府信息公開申情況', 'section-title', '三、收到和處理政府信息公開申請情況', '## 三、收到和處理政府信息公開申請情況'],
    ['| 行政处罚 | 86               |', '| 行政處法 | 86               |', 'row-label', '行政處罰', '| 行政處罰 | 86               |'],
    ['| 行政事业性收费 | 12.5                       |', '| 行政事業性收賣 | 12.5                       |', 'row-label', '行政事業性收費', '| 行政事業性收費 | 12.5                       |'],
    ['| 行政事业性收费 | 12.5                       |', '| 行政事業性收費等 | 12.5                       |', 'row-label', '行政事業性收費', '| 行政事業性收費 | 12.5                       |'],
  ]) {
    const text = edit(CORRECT, from, to);
    const fix = fixOf(text, rule);
    assert.ok(fix, to);
    assert.equal(fix.title.zh, `改为“${want}”`);
    const out = core.applyFixes(text, fix.edits).text;
    assert.equal(out, edit(CORRECT, from, fixed), to);
    assert.deepEqual(core.analyze(out).findings, [], `${to}: clean once fixed`);
  }
});

test('a report wholly in traditional characters: label and title fixes are offered, in traditional characters; --fix writes them', async () => {
  const label = edit(TRAD, '（二）部分公開', '（二）不分公開');
  const title = edit(TRAD, '## 五、存在的主要問題及改進情況', '## 五、存在的主要問題及改近情況');
  const punish = TRAD.match(/^\| 行政處罰 .*\n/m)[0];
  const misspelt = edit(TRAD, punish, punish.replace('行政處罰', '行政處法'));
  for (const [text, rule, want] of [[label, 'row-label', '（二）部分公開（區分處理的，只計這一情形，不計其他情形）'], [title, 'section-title', '五、存在的主要問題及改進情況'], [misspelt, 'row-label', '行政處罰']]) {
    const fix = fixOf(text, rule);
    assert.ok(fix, `${rule}: a fix`);
    assert.equal(fix.title.zh, `改为“${want}”`);
    assert.equal(core.applyFixes(text, fix.edits).text, TRAD);
    assert.equal(core.fixAll(text).text, TRAD);
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-script-'));
  try {
    const file = join(dir, 'trad.md');
    writeFileSync(file, label);
    const r = await runCli(['check', '--fix', '--locale', 'zh', file]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), TRAD);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 表二 row moved under another item in a traditional report is moved back as written (its words not the view\'s)', () => {
  const permit = TRAD.match(/^\| 行政許可 .*\n/m)[0];
  const punish = TRAD.match(/^\| 行政處罰 .*\n/m)[0];
  const moved = edit(edit(TRAD, punish, ''), permit, permit + punish);
  const lengthened = edit(edit(TRAD, punish, ''), permit, permit + punish.replace('行政處罰', '行政處罰決定'));
  for (const text of [moved, lengthened]) {
    const fix = fixOf(text, 'row-missing');
    assert.ok(fix);
    assert.equal(core.applyFixes(text, fix.edits).text, TRAD);
  }
});
