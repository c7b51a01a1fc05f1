// inspect's layout names (breaker34 item 9): a table pasted one cell per line showed `排版 none` (the reader's own
// class for such a paste), though its values were read; the convert action and the outline call it 每行一格, and a
// table of two layouts 混合. In the Chinese view the layout and 表三's （六）其他处理 (`split`) stayed English.
// inspect now names the layout as the convert action does, in the view's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { core, runCli } from '../helpers.mjs';
import { DATA_ROWS, wrap, cellPerLine } from '../layouts.mjs';

/** A 2021 draft whose 表三 is pasted one cell per line without pipes (a browser copy): every row zero. */
const PLAIN_CELLS = wrap(cellPerLine(DATA_ROWS.map(() => [0, 0, 0, 0, 0, 0, 0])).split('\n').filter((l) => !/^\|+$/.test(l)).map((l) => l.replace(/ \|$/, '')).join('\n'));

/** The 表三 line of `nianbao inspect` of `text` in `locale`. */
async function t3Line(text, locale) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inspect-layout-'));
  try {
    writeFileSync(join(dir, 'r.md'), text);
    const { stdout } = await runCli(['inspect', 'r.md', '--locale', locale], { cwd: dir });
    return stdout.split('\n').find((l) => l.startsWith('  表三  '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a 表三 pasted one cell per line is shown as 每行一格 / cell-per-line, the name the convert action gives it', async () => {
  const report = core.parseReport(PLAIN_CELLS);
  assert.equal(report.tables.t3.layout, 'none', 'the reader\'s own class for this paste');
  assert.deepEqual(core.pastedLayout(report, 't3').name, { zh: '每行一格', en: 'cell-per-line' });
  assert.match(await t3Line(PLAIN_CELLS, 'zh'), /^ {2}表三 {2}第 \d+–\d+ 行 {2}排版 每行一格 {2}（六）其他处理：分三行$/);
  assert.match(await t3Line(PLAIN_CELLS, 'en'), /^ {2}表三 {2}lines \d+–\d+ {2}layout cell-per-line {2}（六）其他处理: split$/);
});

test('a 表三 of pipe rows with tab-separated rows among them is 混合 / mixed, as the convert action says', async () => {
  // Every third data row of the authoring table written with tabs (a spreadsheet row pasted into it).
  let k = 0;
  const lines = core.renderNewReport({ format: '2021', year: 2024, agency: '某某县水利局' }).split('\n')
    .map((l) => (/^\| \S.*\| 0 /.test(l) && k++ % 3 === 0 ? l.replace(/^\| /, '').replace(/ +\|$/, '').split(/ +\| +/).join('\t') : l));
  const mixed = lines.join('\n');
  const report = core.parseReport(mixed);
  assert.equal(core.pastedLayout(report, 't3').id, 'mixed');
  assert.match(await t3Line(mixed, 'zh'), /排版 混合 /);
  assert.match(await t3Line(mixed, 'en'), /layout mixed /);
});
