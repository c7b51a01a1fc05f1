// A report read from its lines (`LineIndex.fromLines`, as the language server reads an open document) is the report
// read from its text: the same findings, fixes and ranges, for a version read afresh and for an edited version read
// after the one before it; and the lines are never joined into the whole text (the point of reading them so).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS, ROOT } from '../helpers.mjs';

/** Findings as plain data (what a client sees of them). */
const plain = (fs) => JSON.parse(JSON.stringify(fs));
const lf = (t) => t.replace(/\r\n?/g, '\n');
const seeds = readdirSync(join(CORPUS, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => [f, lf(readFileSync(join(CORPUS, 'seeds', f), 'utf8'))]);
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(md|txt)$/.test(f)).map((f) => [f, lf(readFileSync(join(ROOT, 'examples', f), 'utf8'))]);

test('every corpus seed and example read from its lines: the findings of its text, the lines not joined', () => {
  let joined = 0;
  for (const [name, text] of [...seeds, ...examples]) {
    const fromText = core.checkReport(core.parseReport(text), {});
    const report = core.parseReport(core.LineIndex.fromLines(text.split('\n')));
    const fromLines = core.checkReport(report, {});
    assert.deepEqual(plain(fromLines), plain(fromText), name);
    if (report.lines.hasText) joined++;
  }
  assert.ok(seeds.length >= 5 && examples.length >= 2);
  assert.equal(joined, 0, 'no report needed its whole text');
});

test('edited versions read from their lines after the version before: the findings of the same text read afresh; only the first version has its text', () => {
  for (const [name, start] of seeds.slice(0, 4)) {
    let lines = start.split('\n');
    // The first version as the server opens it: the text came with it.
    let prev = core.parseReport(core.LineIndex.fromLines(lines, start), { previous: null });
    core.checkReport(prev, {});
    for (let k = 0; k < 12; k++) {
      lines = lines.slice();
      const i = (k * 7919) % lines.length;
      // Typing a digit, deleting a character, breaking a line, joining two.
      if (k % 4 === 0) lines[i] = lines[i].slice(0, 3) + '7' + lines[i].slice(3);
      else if (k % 4 === 1) lines[i] = lines[i].slice(0, 2) + lines[i].slice(3);
      else if (k % 4 === 2) lines.splice(i, 1, lines[i].slice(0, 4), lines[i].slice(4));
      else if (i + 1 < lines.length) lines.splice(i, 2, lines[i] + lines[i + 1]);
      const report = core.parseReport(core.LineIndex.fromLines(lines), { previous: prev });
      core.forgetPrevious(prev);
      core.followOn(report, prev);
      const found = core.checkReport(report, {});
      const fresh = core.checkReport(core.parseReport(lines.join('\n')), {});
      assert.deepEqual(plain(found), plain(fresh), `${name}, edit ${k}`);
      assert.equal(report.lines.hasText, false, `${name}, edit ${k}: the edited version's text was joined`);
      prev = report;
    }
  }
});

test('a period end wrapped over two lines (12月 / 31日) is read from the lines as from the text, after an edit too', () => {
  const text = '# 某某局2023年政府信息公开工作年度报告\n\n本报告统计期限为2023年1月1日至2023年12月\n31日。\n\n一、总体情况\n\n正文。';
  const fromText = core.parseReport(text);
  assert.ok(fromText.yearEvidence.some((e) => e.source === 'period'), JSON.stringify(fromText.yearEvidence));
  const v1 = core.parseReport(core.LineIndex.fromLines(text.split('\n'), text), { previous: null });
  const lines = text.split('\n');
  lines[7] = '正文有改动。';
  const v2 = core.parseReport(core.LineIndex.fromLines(lines), { previous: v1 });
  assert.equal(v2.lines.hasText, false);
  const fresh = core.parseReport(lines.join('\n'));
  assert.deepEqual(plain(v2.yearEvidence), plain(fresh.yearEvidence));
  assert.deepEqual(plain(v2.yearEvidence), plain(fromText.yearEvidence));
});
