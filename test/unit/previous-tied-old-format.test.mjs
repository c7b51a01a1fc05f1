// The previous-tied note (breaker34 item 8): two files beside a report that could each be last year's report were
// named ("carry-over and stock-flow are not checked … move the extra copy") on a pre-2019 report, which has no 表二
// or 表三, so the cross-year rules never run on it; nor can they on a 2019 report, whose last year (2018) is in the
// pre-2019 form. Since brk189 #1 last year's report is looked for them too, for content-copied (which compares every
// part of a pre-2019 report): two copies of one report are taken as one, with no note asking to choose; carry-over and
// stock-flow still have nothing to compare. A 2020 report with two 2019 candidates still gets the note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, core, otherFigures, preFormReport as oldForm, runCli } from '../helpers.mjs';


const LINCHUAN_2020 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker22-r03a-fullwidth-2019fmt-2020.md'), 'utf8');
/** The 2020 report (2019 format) moved back a year: a 2019 report in the 2019 format. */
const LINCHUAN_2019 = LINCHUAN_2020.replaceAll('2020', '2019').replaceAll('2021', '2020');

/** Checks `name` (of `files`, written into a fresh folder) with the CLI in English: its stderr and JSON diagnostics. */
async function checkBeside(files, name) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-tied-old-'));
  try {
    for (const [n, text] of Object.entries(files)) writeFileSync(join(dir, n), text);
    const r = await runCli(['check', name, '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    return { stderr: r.stderr, diagnostics: JSON.parse(r.stdout).files[0].diagnostics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a pre-2019 report beside two copies of last year\'s: no note to choose; the copy is used, no table rule runs', async () => {
  assert.equal(core.parseReport(oldForm('安和县人民政府', 2018)).format, 'pre2019');
  const last = oldForm('安和县人民政府', 2017);
  const r = await checkBeside({ '安和县2018.txt': oldForm('安和县人民政府', 2018), '安和县2017.txt': last, '安和县2017-副本.txt': last }, '安和县2018.txt');
  assert.doesNotMatch(r.stderr, /could be last year's/);
  assert.match(r.stderr, /安和县2018\.txt: last year's report \(2017\): 安和县2017\.txt \(found beside it; 安和县2017-副本\.txt is a copy of it/);
  assert.deepEqual(r.diagnostics.filter((d) => ['carry-over', 'stock-flow'].includes(d.ruleId)), []);
});

test('a 2019 report in the 2019 format beside two 2018 reports (pre-2019 form): no note to choose either', async () => {
  assert.deepEqual([core.parseReport(LINCHUAN_2019).year, core.parseReport(LINCHUAN_2019).format], [2019, '2019']);
  const last = oldForm('临川市司法局', 2018);
  const r = await checkBeside({ '临川2019.md': LINCHUAN_2019, '临川2018.txt': last, '临川2018-副本.txt': last }, '临川2019.md');
  assert.doesNotMatch(r.stderr, /could be last year's/);
  assert.match(r.stderr, /临川2019\.md: last year's report \(2018\): 临川2018\.txt/);
  assert.deepEqual(r.diagnostics.filter((d) => ['carry-over', 'stock-flow'].includes(d.ruleId)), []);
});

test('a 2020 report in the 2019 format beside two 2019 reports: the note names both', async () => {
  // (Two versions with other figures: copies of one report are taken as one, brk166 #2.)
  const r = await checkBeside({ '临川2020.md': LINCHUAN_2020, '临川2019.md': LINCHUAN_2019, '临川2019-副本.md': otherFigures(LINCHUAN_2019) }, '临川2020.md');
  assert.match(r.stderr, /临川2020\.md: 2 files beside it could be last year's report \(临川2019-副本\.md, 临川2019\.md\)/);
});
