// brk145 #6: fixes in Word-style HTML tables dropped the markup around what they wrote. The row row-missing inserted
// was a bare `<tr><td>2.重复申请</td><td></td>…</tr>` among rows whose every `<td>` carries Word's style and `<p>`/
// `<span>` wrappers (no borders or font in a browser), and a number Word split over two runs
// (`<span>30</span><span>51</span>`) was fixed by merging the runs. The inserted row now copies a neighbouring row's
// markup with its label and blank cells written in (a second --fix fills the blanks inside the wrappers), and a number
// fix rewrites only the digits that change, the runs and their tags kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, pipeTablesAsHtml } from '../helpers.mjs';

/** The draft's pipe tables as Word's HTML: a `<tr style>` per row, each cell a styled `<td>` with its text in `<p><span>` on a line of its own. */
function wordHtml(text) {
  return pipeTablesAsHtml(text, (cells) => ['<tr style="height:20.0pt">', ...cells.flatMap((c) => ['<td style="border:solid windowtext 1.0pt">', c ? `<p class="MsoNormal" align="center"><span lang="EN-US" style="font-family:仿宋_GB2312">${c}</span></p>` : '<p class="MsoNormal">&nbsp;</p>', '</td>']), '</tr>']);
}

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const WORD = wordHtml(CORRECT);
const findings = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);

test('Word HTML: the row row-missing inserts has its neighbours\' <tr>/<td> attributes and <p>/<span> wrappers', () => {
  assert.deepEqual(findings(WORD, 'row-missing'), []);
  // 表三's 2.重复申请 (its 8 cells, each three lines, in its <tr>…</tr>) deleted.
  const lines = WORD.split('\n');
  const at = lines.findIndex((l) => l.includes('>2.重复申请<'));
  assert.ok(at > 0);
  lines.splice(at - 2, 1 + 8 * 3 + 1);
  const text = lines.join('\n');
  const [f] = findings(text, 'row-missing');
  assert.ok(f?.fix, 'row-missing offers its fix');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  const rows = fixed.split(/<tr\b/).slice(1);
  const added = rows.find((r) => r.includes('>2.重复申请<'));
  assert.ok(added, 'the row is there');
  assert.match(added, /^ style="height:20\.0pt">/);
  assert.equal((added.match(/<td style="border:solid windowtext 1\.0pt">/g) ?? []).length, 8, added);
  assert.match(added, /<p class="MsoNormal" align="center"><span lang="EN-US" style="font-family:仿宋_GB2312">2\.重复申请<\/span><\/p>/);
  // Read back as the row, blank; the second fix fills its cells inside the wrappers and gives the table back.
  assert.equal(core.parseReport(fixed).tables.t3.rows.find((r) => r.id === 'R3.5.2').match.kind, 'exact');
  const again = core.fixAll(fixed).text;
  const filled = again.split(/<tr\b/).find((r) => r.includes('>2.重复申请<'));
  assert.doesNotMatch(filled, /<td[^>]*>\d/, 'no number typed right after a <td> tag, outside the wrappers');
});

test('a number split over two <span> runs is fixed in its runs, the tags kept', () => {
  const html = edit(readFileSync(join(ROOT, 'test/fixtures/reports/brk106-html-fixes-2024.md'), 'utf8'), '<td>1</td><td>0</td><td>48</td></tr>', '<td>1</td><td>0</td><td><span lang="EN-US">4</span><span lang="EN-US">8</span></td></tr>');
  // (The fixture's two missing rows go in first; the total is fixed in the next pass.)
  const line = core.fixAll(html).text.split('\n').find((l) => l.includes('（七）总计'));
  assert.ok(line.endsWith('<td><span lang="EN-US">4</span><span lang="EN-US">7</span></td></tr>'), line);
  // Every digit changing: the new number spread over the runs as the old one was.
  const both = edit(html, '<span lang="EN-US">4</span><span lang="EN-US">8</span>', '<span lang="EN-US">3</span><span lang="EN-US">8</span>');
  const line2 = core.fixAll(both).text.split('\n').find((l) => l.includes('（七）总计'));
  assert.ok(line2.endsWith('<td><span lang="EN-US">4</span><span lang="EN-US">7</span></td></tr>'), line2);
});
