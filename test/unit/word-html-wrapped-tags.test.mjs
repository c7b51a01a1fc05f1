// Word's "Save as HTML" wraps long tags over lines (`<td valign=top style='border:…;` / `padding:…'>`, `<span` /
// `style='font-family:宋体'>24</span>`), and splits a long label into two paragraphs (helper-226 B1): the table was
// read empty, missing, or with a junk column `padding:0cm…'>`, and a wrong number went unseen. A tag over lines is a
// tag: each line reads as one of markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example's 表三 as Word writes it, every tag's attributes wrapped onto the next line; `split`: labels cut in two `<p>`. */
function wordHtml(split) {
  const lines = example.split('\n');
  const from = lines.findIndex((l) => l.includes('本列数据的勾稽关系'));
  const to = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理')) + 1;
  const para = (text) => ['  <p class=MsoNormal align=center style=\'text-align:center\'><span', `  style='font-size:10.0pt;font-family:宋体'>${text || '&nbsp;'}</span></p>`];
  const cell = (text) => [
    "  <td valign=top style='border:solid windowtext 1.0pt;",
    "  padding:0cm 5.4pt 0cm 5.4pt'>",
    ...(split && text.length > 12 ? [...para(text.slice(0, 8)), ...para(text.slice(8))] : para(text)),
    '  </td>',
  ];
  const out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0", " style='border-collapse:collapse;border:none'>"];
  for (const l of lines.slice(from, to)) {
    if (/^\|[\s:|-]+\|$/.test(l)) continue;
    out.push(' <tr>', ...l.slice(1, -1).split('|').map((c) => c.trim()).flatMap(cell), ' </tr>');
  }
  out.push('</table>');
  return [...lines.slice(0, from), ...out, ...lines.slice(to)].join('\n');
}

for (const split of [false, true]) {
  test(`表三 in Word's HTML with wrapped tags${split ? ' and labels in two paragraphs' : ''}: clean, and a wrong total found`, () => {
    const text = wordHtml(split);
    assert.match(text, /<td valign=top style='border:solid windowtext 1\.0pt;\n  padding:0cm 5\.4pt 0cm 5\.4pt'>/);
    if (split) assert.match(text, />一、本年新收政府<\/span><\/p>\n.*\n.*>信息公开申请数量</);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
    assert.deepEqual(report.tables.t3.rows.find((r) => r.id === 'R4').cells.map((c) => c?.value), [1, 0, 0, 0, 0, 0, 1]);
    const bad = text.replace(">46</span></p>", ">47</span></p>");
    assert.notEqual(bad, text);
    assert.deepEqual(core.analyze(bad).findings.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-balance']);
  });
}

test('an edit that closes a wrapped tag on its own line is read as a fresh parse reads it (the line below changes meaning)', () => {
  const text = wordHtml(false);
  const before = core.parseReport(text, { previous: null });
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('>46</span></p>')) - 3;
  assert.equal(lines[at], "  <td valign=top style='border:solid windowtext 1.0pt;");
  const edited = lines.map((l, i) => (i === at ? '  <td valign=top>' : l)).join('\n');
  const brief = (fs) => fs.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`);
  assert.deepEqual(brief(core.checkReport(core.parseReport(edited, { previous: before }))), brief(core.checkReport(core.parseReport(edited))));
});

test('a row of Word\'s HTML (over many lines) pasted twice is found, with other numbers or the same (helper-226 B4)', () => {
  const text = wordHtml(false);
  const lines = text.split('\n');
  const label = lines.findIndex((l) => l.includes('>2.重复申请<'));
  let from = label, to = label;
  while (!lines[from].includes('<tr>')) from--;
  while (!lines[to].includes('</tr>')) to++;
  const row = lines.slice(from, to + 1);
  for (const [copy, differ] of [[row, false], [row.map((l) => l.replace(/>(\d+)<\/span>/, '>9</span>')), true]]) {
    const doubled = [...lines.slice(0, to + 1), ...copy, ...lines.slice(to + 1)].join('\n');
    const f = core.analyze(doubled).findings.filter((x) => x.ruleId === 'row-duplicate');
    assert.equal(f.length, 1, `differ ${differ}`);
    assert.match(f[0].message, differ ? /写了两次，数字不同/ : /写了两次：第 \d+ 行已有完全相同的一行/);
    assert.equal(f[0].fix, undefined);
  }
});
