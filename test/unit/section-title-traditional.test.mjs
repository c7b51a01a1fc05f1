// A section heading in traditional characters in a simplified draft (brk105 F3): `## 三、收到和處理政府信息公開申請情況`
// is far too little of the text to read the report through its simplified view, and the heading's title was matched
// as written: a false section-missing error (for 四 “its content seems to be in the previous part”). A heading whose
// simplified form is the standard title is that section: no finding, and no fix writes simplified words over it.
// The base is examples/correct-2024.nianbao.md (0 findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text) => core.analyze(text).findings.map((f) => `${f.ruleId}: ${f.message}`);
const H3 = '## 三、收到和处理政府信息公开申请情况';
const H4 = '## 四、政府信息公开行政复议、行政诉讼情况';

test('a section heading in traditional characters is its section: no finding', () => {
  for (const [from, to, idx] of [[H3, '## 三、收到和處理政府信息公開申請情況', 2], [H4, '## 四、政府信息公開行政復議、行政訴訟情況', 3]]) {
    for (const [a, b] of [[from, to], [from.slice(3), to.slice(3)]]) {
      const text = edit(CORRECT, a, b);
      assert.notEqual(text, CORRECT);
      assert.deepEqual(findings(text), [], b);
      // (Read as its section, the title as written.)
      const { report } = core.analyze(text);
      const h = report.headings.find((x) => x.title === b.replace(/^(## )?[三四]、/, ''));
      assert.ok(h, b);
      assert.equal(h.canonical, idx, b);
    }
  }
});

test('punctuation after a traditional title is said, and the fix drops only it: the words stay as written', () => {
  const text = edit(CORRECT, H3, '## 三、收到和處理政府信息公開申請情況。');
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => f.ruleId), ['section-title']);
  assert.deepEqual(fs[0].fix.edits.map((e) => e.newText), ['收到和處理政府信息公開申請情況']);
});
