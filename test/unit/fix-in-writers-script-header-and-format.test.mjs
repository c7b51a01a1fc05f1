// format-mixed's and column-label's fixes write in the script the author used (brk109 #7): in a report in traditional
// characters, and in a simplified draft whose 表二 and 表三 were pasted in traditional characters, `規範性文件` (the 2019
// row in a 2021 report) and the 表三 header `商業機構` had their fixes withheld as "would write simplified characters",
// although `行政規範性文件` and `商業企業` can be written in the author's script (as row-label and section-title do).
// The messages quoted the expected label in either script, depending on where the prose happened to write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { core, edit, ROOT, runCli } from '../helpers.mjs';

const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TRAD = toTrad(CORRECT);
// A simplified draft with its tables pasted in traditional characters (from the 表二 heading on; the prose says 行政规范性文件).
const at = CORRECT.indexOf('## 二、');
const MIXED = CORRECT.slice(0, at) + toTrad(CORRECT.slice(at));
const findingOf = (text, rule) => core.analyze(text).findings.find((f) => f.ruleId === rule);

for (const [name, correct] of [['traditional report', TRAD], ['simplified draft with traditional tables', MIXED]]) {
  const wrong = edit(edit(correct, '| 行政規範性文件 |', '| 規範性文件     |'), '| 自然人 | 商業企業 |', '| 自然人 | 商業機構 |');

  test(`${name}: format-mixed and column-label fixes are offered in traditional characters, quoted so`, () => {
    const mixed = findingOf(wrong, 'format-mixed');
    assert.ok(mixed?.fix, 'format-mixed: a fix');
    assert.match(mixed.message, /表二“規範性文件”是2019年格式的行；2021年格式为“行政規範性文件”。$/);
    assert.equal(mixed.fix.title.zh, '改为“行政規範性文件”');
    assert.equal(core.applyFixes(wrong, mixed.fix.edits).text, edit(wrong, '| 規範性文件     |', '| 行政規範性文件 |'));
    const header = findingOf(wrong, 'column-label');
    assert.ok(header?.fix, 'column-label: a fix');
    assert.equal(header.message, '表三的列标题“商業機構”与格式不一致，应为“商業企業”。');
    assert.equal(header.fix.title.zh, '改为“商業企業”');
    assert.equal(core.applyFixes(wrong, header.fix.edits).text, edit(wrong, '| 自然人 | 商業機構 |', '| 自然人 | 商業企業 |'));
    // English messages quote the same.
    const en = core.analyze(wrong, { locale: 'en' }).findings;
    assert.match(en.find((f) => f.ruleId === 'format-mixed').message, /^表二 row “規範性文件” belongs to the 2019 format; the 2021 format says “行政規範性文件”/);
    assert.match(en.find((f) => f.ruleId === 'column-label').message, /^表三 column header “商業機構” differs from the template: “商業企業”/);
  });

  test(`${name}: --fix writes both in traditional characters, the text reads clean, a second --fix changes nothing`, async () => {
    const fixed = core.fixAll(wrong).text;
    assert.equal(fixed, correct);
    assert.deepEqual(core.analyze(fixed).findings, []);
    assert.equal(core.fixAll(fixed).text, fixed);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-script-'));
    try {
      const file = join(dir, 'r.md');
      writeFileSync(file, wrong);
      const r = await runCli(['check', '--fix', '--locale', 'zh', file]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(readFileSync(file, 'utf8'), correct);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a simplified report: the fixes write the template\'s simplified words as before', () => {
  const wrong = edit(edit(CORRECT, '| 行政规范性文件 |', '| 规范性文件     |'), '| 自然人 | 商业企业 |', '| 自然人 | 商业机构 |');
  assert.equal(findingOf(wrong, 'format-mixed').fix.title.zh, '改为“行政规范性文件”');
  assert.equal(findingOf(wrong, 'column-label').message, '表三的列标题“商业机构”与格式不一致，应为“商业企业”。');
  assert.equal(core.fixAll(wrong).text, CORRECT);
});

test('traditional report: a 表三 header named by its position (another word, blank, repeated) is written in traditional characters', () => {
  for (const to of ['| 自然人 | 合計     |', '| 自然人 |          |', '| 自然人 | 自然人   |']) {
    const wrong = edit(TRAD, '| 自然人 | 商業企業 |', to);
    const f = findingOf(wrong, 'column-label');
    assert.ok(f?.fix, to);
    assert.match(f.message, /按位置应为“商業企業”/, to);
    assert.equal(core.fixAll(wrong).text, TRAD, to);
  }
});
