// The editor's "suppress" action inside pipe tables (breaker17): the table a finding's row is in is the table as
// Markdown renders it, from the first header of its block (a 表三 pasted as many small pipe tables, each with its
// own `|---|` row, renders as one), and the disable/enable comment lines never stand between two of its rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { core, corpusText, ROOT } from '../helpers.mjs';

const require = createRequire(ROOT + '/');
const md = require('markdown-it')({ html: true }); // as VS Code's preview and GitHub render a draft
const rendered = (text) => {
  const html = md.render(text);
  return { tables: (html.match(/<table>/g) ?? []).length, rows: (html.match(/<tr>/g) ?? []).length };
};
/** The comment rules that would report a comment line the action put between rows. */
const CUT = ['disable-in-table', 'comment-in-table'];

// Shanghai 科委 2024: 表三 split into pieces; cell-blank on line 180 (`| 四、结转下年度继续办理 | … |  |`), in the table
// markdown-it renders from line 175 (`| 0 | 0 | … |` over `|---|…|`) to line 180; line 177 (`| 3.其他 |`) over a
// second `|---|` row is one of its rows, not a header.
const STCSM = corpusText('peers/kiro_shanghai-stcsm_2024.txt');

test('suppressionEdits: a table pasted in pieces is disabled from its first header, and every action keeps the tables whole', () => {
  const { report, findings } = core.analyze(STCSM);
  const blank = findings.find((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.range.start.line, 179); // 0-based
  assert.deepEqual(core.pipeTableAround(report.lines, 179), { start: 174, end: 180 });
  const s = core.suppressionEdits(report.lines, blank);
  assert.equal(s.table, true);
  assert.deepEqual(s.edits.map((e) => [e.range.start.line, e.newText]), [[174, '<!-- nianbao-disable cell-blank -->\n'], [180, '<!-- nianbao-enable cell-blank -->\n']]);
  const before = rendered(STCSM);
  for (const f of findings) {
    const sup = core.suppressionEdits(report.lines, f);
    assert.ok(sup, `${f.ruleId} at line ${f.range.start.line + 1} can be suppressed`);
    const after = core.applyFixes(STCSM, sup.edits).text;
    assert.deepEqual(rendered(after), before, `${f.ruleId} at line ${f.range.start.line + 1}`);
    const again = core.analyze(after, { reportUnusedDisable: true }).findings;
    assert.deepEqual(again.filter((g) => CUT.includes(g.ruleId)).map((g) => g.message), [], `${f.ruleId} at line ${f.range.start.line + 1}`);
    assert.ok(!again.some((g) => g.ruleId === f.ruleId && g.message === f.message), `${f.ruleId} at line ${f.range.start.line + 1} is suppressed`);
  }
});

test('suppressionEdits: no edit next to a table its writer cut with a comment line (it would stand between rows of it)', () => {
  const table = (second) => ['一、总体情况', '', '| 项目 | 数量 |', '|---|---|', '| 甲 | 1 |', '<!-- 数据待核实 -->', ...second, ''].join('\n');
  // Rows after the comment (a paragraph to Markdown, the same table to its writer), then a table of their own.
  for (const [second, line] of [[['| 乙 | 2 |', '| 丙 |  |'], 7], [['| 项目 | 数量 |', '|---|---|', '| 丙 |  |'], 8], [['| 项目 | 数量 |', '|---|---|', '| 丙 |  |'], 6]]) {
    const text = table(second);
    const lines = core.parseReport(text).lines;
    const f = { ruleId: 'cell-blank', range: { start: { line, character: 0 }, end: { line, character: 1 } } };
    assert.equal(core.suppressionEdits(lines, f), null, `line ${line + 1} of\n${text}`);
  }
  // Without the writer's comment the same rows get their disable/enable pair around the whole table.
  const whole = ['一、总体情况', '', '| 项目 | 数量 |', '|---|---|', '| 甲 | 1 |', '| 丙 |  |', ''].join('\n');
  const lines = core.parseReport(whole).lines;
  const s = core.suppressionEdits(lines, { ruleId: 'cell-blank', range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } } });
  assert.deepEqual(s.edits.map((e) => e.range.start.line), [2, 6]);
});
