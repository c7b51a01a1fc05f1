// "Convert to pipe table" for a space-aligned 表三 whose header is one line, the long corner note followed by a wide gap
// and the column labels two spaces apart (brk87 #3e, as a text editor or `pdftotext -layout` aligns it): the table was
// read (no finding) but the conversion was not offered. The header line reads as one prose token (the gap after the
// 35-character note ends past the window prose is tested in), which the check for words the pipe table would drop
// took as one unknown word; its tab fields were split, not its space-aligned ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** Display width: CJK and full-width forms two columns. */
const width = (s) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”]/.test(c) ? 2 : 1), 0);

/** `text` with its 表三 pipe table written as space-aligned columns (each column padded to its widest cell plus two). */
function spaceAlignedT3(text) {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let b = a;
  while (lines[b]?.startsWith('|')) b++;
  const rows = lines.slice(a, b).filter((l) => !/^\|[\s|:-]+\|$/.test(l)).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
  const w = rows[0].map((_, k) => Math.max(...rows.map((r) => width(r[k] ?? ''))));
  const out = rows.map((r) => r.map((c, k) => c + ' '.repeat(w[k] - width(c) + 2)).join('').trimEnd());
  return [...lines.slice(0, a), ...out, ...lines.slice(b)].join('\n');
}

const SPACED = spaceAlignedT3(CORRECT);
const t3Of = (text) => core.parseReport(text).tables.t3;
const valuesOf = (t) => t.rows.map((r) => `${r.id}:${r.cells.map((c) => c?.raw ?? '').join(',')}`);

test('a space-aligned 表三 with its header on one line is read, and converted back to the pipe table it was made from', () => {
  const header = SPACED.split('\n').find((l) => l.startsWith('（本列数据'));
  assert.match(header, /之和）\s{3,}自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计$/);
  const t = t3Of(SPACED);
  assert.equal(t.layout, 'space-aligned');
  assert.deepEqual(valuesOf(t), valuesOf(t3Of(CORRECT)));
  assert.deepEqual(core.analyze(SPACED).findings.map((f) => f.ruleId), []);
  const e = core.convertTableEdit(core.parseReport(SPACED), 't3');
  assert.ok(e, 'the conversion is offered');
  assert.equal(core.applyFixes(SPACED, [e]).text, CORRECT);
});

test('a word in that header line the pipe table would not write still makes it not offered', () => {
  for (const [from, to] of [['  总计', '  总计  单位：件'], ['自然人  ', '自然人（个人）  ']]) {
    const text = SPACED.replace(from, to);
    assert.notEqual(text, SPACED, from);
    assert.equal(core.convertTableEdit(core.parseReport(text), 't3'), null, to);
  }
});
