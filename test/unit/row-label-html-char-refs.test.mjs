// brk145 #1, #5: an HTML cell whose label holds character references (`3.危及&ldquo;三安全一稳正&rdquo;`, the quotes
// a CMS writes) was compared with the template on its raw text: `;三安全一稳正&rdquo;` was taken for a remark after
// the label, so the fix wrote `3.危及“三安全一稳定”;三安全一稳正&rdquo;` (garbage that then checked clean), the
// message said 相差 8 个字 for a one-character typo, and with numeric references (`&#8220;`) the fix was withheld
// because the reference's digits "might be the row's numbers". The cell is now read decoded, as the model reads it:
// one character apart, and the fix replaces the misspelt character only, keeping the references as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/brk106-html-fixes-2024.md'), 'utf8');
const LABEL = '<td>3.危及“三安全一稳定”</td>';

const rowLabels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
const fixedLine = (text) => {
  const found = rowLabels(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const out = core.applyFixes(text, found[0].fix?.edits ?? []).text;
  return { found: found[0], line: out.split('\n').find((l) => l.includes('<td>3.危及')), out };
};

for (const [name, written, want] of [
  ['named references', '<td>3.危及&ldquo;三安全一稳正&rdquo;</td>', '<td>3.危及&ldquo;三安全一稳定&rdquo;</td>'],
  ['a named reference after a plain quote', '<td>3.危及“三安全一稳正&rdquo;</td>', '<td>3.危及“三安全一稳定&rdquo;</td>'],
  ['decimal references', '<td>3.危及&#8220;三安全一稳正&#8221;</td>', '<td>3.危及&#8220;三安全一稳定&#8221;</td>'],
  ['hexadecimal references', '<td>3.危及&#x201C;三安全一稳正&#x201D;</td>', '<td>3.危及&#x201C;三安全一稳定&#x201D;</td>'],
]) {
  test(`row-label in an HTML cell with ${name}: one character apart, the fix changes that character only`, () => {
    const text = edit(BASE, LABEL, written);
    const { found, line, out } = fixedLine(text);
    assert.match(found.message, /相差 1 个字/);
    assert.doesNotMatch(found.message, /其中的数字/);
    assert.ok(found.fix, 'a fix is offered');
    assert.ok(line.includes(want), line);
    // The fixed report is the base's label, references decoded: checked again, no row-label finding.
    assert.equal(rowLabels(out).length, 0);
  });
}

test('row-label in an HTML cell with references: the fix title writes the label decoded, not reference fragments', () => {
  const { found } = fixedLine(edit(BASE, LABEL, '<td>3.危及&ldquo;三安全一稳正&rdquo;</td>'));
  assert.equal(found.fix.title.zh, '改为“3.危及“三安全一稳定””');
  assert.doesNotMatch(JSON.stringify(found.fix), /rdquo;?”|;三安全/);
});
