// brk145 #4: in a 表三 of web rows (`a | b |`, no opening pipe, no delimiter row: a web page's table pasted, the
// group's merged cell written in its first row only, `(四)无法提供 | 1.本机关不掌握… | 0 |…`, the rows under it
// `3.补正后… | 0 |…`), the row row-missing inserted for a group's missing row took the group's first row as its model
// and got an empty leading cell (`  | 2.没有现成… |   | … |`: 9 cells in an 8-cell table, one column to the right
// when copied back). It is now written as the other rows of its group are; a rectangular pipe table, whose rows
// under a group do have an empty group cell, still gets one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const WEB = corpusText('seeds/003_7487cbc35b761747.txt');
const ROW = '2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';

const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const cellsOf = (line) => line.trim().replace(/\|$/, '').split('|').length;

test('web rows: the inserted row under a group has the cells of the group\'s other rows, no empty leading cell', () => {
  const text = edit(WEB, ROW, '');
  const [f] = rowMissing(text);
  assert.ok(f?.fix, 'row-missing offers its fix');
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  const added = out.find((l) => l.includes('2.没有现成信息需要另行制作'));
  const below = out.find((l) => l.startsWith('3.补正后申请内容仍不明确'));
  assert.match(added, /^2\.没有现成信息需要另行制作 \|/, added);
  assert.equal(cellsOf(added), cellsOf(below), `${added}\n${below}`);
  // The same through fix-all, and the row reads back as R3.4.2.
  const all = core.fixAll(text).text;
  assert.ok(all.split('\n').some((l) => /^2\.没有现成信息需要另行制作 \|/.test(l)), 'fixAll writes it so too');
  const r = core.parseReport(all).tables.t3.rows.find((x) => x.id === 'R3.4.2');
  assert.equal(r.match.kind, 'exact');
});

test('rows transcribed with opening pipes, the group cell in its first row only (fgj): no empty leading cell either', () => {
  const text = edit(corpusText('peers/kiro_shuyang-fgj_2023.txt'), '| 2.没有现成信息需要另行制作 | 0 |  |  |  |  |  | 0 |\n', '');
  const [f] = rowMissing(text);
  assert.ok(f?.fix);
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  const added = out.find((l) => l.includes('2.没有现成信息需要另行制作'));
  const below = out.find((l) => l.startsWith('| 3.补正后申请内容仍不明确'));
  assert.match(added, /^\| 2\.没有现成信息需要另行制作 \|/, added);
  assert.equal(cellsOf(added), cellsOf(below), `${added}\n${below}`);
});

test('a rectangular pipe table, whose rows under a group have an empty group cell, keeps it in the inserted row', () => {
  // t3-split/whole.md with the rows under each group given the group's empty cell (`|  | 2.其他法律… |`).
  const whole = readFileSync(join(ROOT, 'test/fixtures/t3-split/whole.md'), 'utf8').replace(/^\| ([2-9]\.)/gm, '|  | $1');
  const text = edit(whole, '|  | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', '');
  const [f] = rowMissing(text);
  assert.ok(f?.fix);
  const added = core.applyFixes(text, f.fix.edits).text.split('\n').find((l) => l.includes('2.没有现成信息需要另行制作'));
  assert.match(added, /^\|\s+\| 2\.没有现成信息需要另行制作 \|/, added);
});
