// A table in traditional characters pasted into a simplified draft (from a big5 mirror, a Hong Kong or Taiwan page),
// helper-221 #8: its labels were not matched (table-missing, wrong totals unseen), while a whole traditional report
// was read through its simplified view. A text with such a part is read through the view too; a fix writes words
// only on lines the view leaves as they are, and a finding whose fix is withheld so says it (#13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const toTraditional = require('opencc-js').Converter({ from: 'cn', to: 'tw' });
const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = example.split('\n');
/** `example` with lines `[from, to)` (0-based) in traditional characters. */
const traditionalLines = (text, from, to) => text.split('\n').map((l, i) => (i >= from && i < to ? toTraditional(l) : l)).join('\n');
const at = (text, marker) => text.split('\n').findIndex((l) => l.includes(marker));
const T3 = [at(example, '本列数据的勾稽关系') - 1, at(example, '四、结转下年度继续办理') + 1];
const T4 = [at(example, '| 行政复议'), at(example, '| 行政复议') + 4];
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('表三 or 表四 in traditional characters in a simplified report is read: clean, and a wrong total found', () => {
  for (const [name, [from, to]] of [['表三', T3], ['表四', T4]]) {
    const text = traditionalLines(example, from, to);
    assert.notEqual(text, example);
    assert.match(text, name === '表三' ? /本年新收政府資訊公開申請數量|本年新收政府信息公開申請數量/ : /行政複議/, name);
    assert.deepEqual(ids(text), [], name);
    const { report } = core.analyze(text);
    assert.ok(report.tables[name === '表三' ? 't3' : 't4'], name);
  }
  const bad = traditionalLines(example, ...T3).replace(/(數量 *\| 40 *\| 3 *\| 0 *\| 1 *\| 2 *\| 0 *\| )46/, '$147');
  assert.match(bad, /\| 47 /);
  assert.deepEqual(ids(bad).filter((id) => id.startsWith('sum-')).sort(), ['sum-applicants', 'sum-balance']);
});

test('a label fix on a traditional line writes traditional characters (brk105); a fix on the simplified lines simplified ones', () => {
  const mixed = traditionalLines(example, ...T3);
  // 表三's 予以公開 misspelled 子以公開 (traditional line), and section 二's title misspelled (simplified line).
  const r31 = at(mixed, '（一）予以公開');
  assert.ok(r31 > 0);
  const text = mixed.split('\n').map((l, i) => (i === r31 ? l.replace('予以公開', '子以公開') : l)).join('\n').replace('二、主动公开政府信息情况', '二、主动公开政府信息情兄');
  const fs = core.analyze(text).findings;
  const label = fs.find((f) => f.ruleId === 'row-label');
  assert.ok(label, fs.map((f) => f.ruleId).join());
  assert.deepEqual(label.fix.edits.map((e) => e.newText.trim()), ['（一）予以公開']);
  assert.doesNotMatch(label.message, /未提供自动修复/);
  const title = fs.find((f) => f.ruleId === 'section-title');
  assert.ok(title?.fix, fs.map((f) => f.ruleId).join());
  const out = core.fixAll(text).text;
  assert.ok(out.includes('二、主动公开政府信息情况'));
  // The traditional table as it was before the misspelling: its label in traditional characters, nothing of it
  // written in simplified ones.
  assert.equal(out.split('\n').slice(...T3).join('\n'), mixed.split('\n').slice(...T3).join('\n'));
});

// helper-221 #13 withheld row-missing's fix in a report in traditional characters (it wrote the row's label in
// simplified ones, and said so). Now the row goes in with its label in traditional characters, in the forms the report
// writes (`複` in 反复 here: the form of 复 the report writes most), and reads back as the row.
test('a whole traditional report: row-missing inserts the row with its label in traditional characters', () => {
  const full = toTraditional(example);
  const line = full.split('\n').find((l) => l.includes('4.無正當理由大量反覆申請'));
  const text = full.split('\n').filter((l) => l !== line).join('\n');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-missing');
  assert.ok(f?.fix, f?.message);
  assert.doesNotMatch(f.message, /未提供自动修复/);
  assert.match(f.fix.edits[0].newText, /\| 4\.無正當理由大量反[複覆復]申請 +\|/);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  // Padded to the table's columns as in a simplified table (brk109 #2: it went in unaligned).
  const rows = fixed.split('\n');
  const at = rows.findIndex((l) => l.includes('大量反'));
  const pipes = (l) => [...l.matchAll(/\|/g)].map((m) => core.displayWidth(l.slice(0, m.index)));
  assert.deepEqual(pipes(rows[at]), pipes(rows[at - 1]));
  const after = core.analyze(fixed).findings.filter((x) => x.ruleId === 'row-missing');
  // The row is there, blank (the sums decide it: its numbers are named for the author to check).
  assert.deepEqual(after.map((x) => x.range.start.line), [full.split('\n').indexOf(line)]);
  assert.match(after[0].message, /整行空白/);
});

// The same for the other inserts: a missing table or section goes in in traditional characters, over blank lines
// at most (no author's characters to keep), and the report reads it back (it was withheld, like the row).
test('a whole traditional report: table-missing and section-missing insert in traditional characters', () => {
  const full = toTraditional(example).split('\n');
  const four = full.findIndex((l) => l.startsWith('## 四'));
  let five = four + 1;
  while (!full[five].startsWith('## ')) five++;
  const noTable4 = [...full.slice(0, four + 1), '', ...full.slice(five)].join('\n');
  const noSix = full.slice(0, full.findIndex((l) => l.startsWith('## 六'))).join('\n');
  for (const [text, rule, words, after] of [[noTable4, 'table-missing', /\| 行政複議 \|[\s\S]*未經複議直接起訴/, ['table-empty']], [noSix, 'section-missing', /## 六、其他需要報告的事項/, ['section-empty']]]) {
    const f = core.analyze(text).findings.find((x) => x.ruleId === rule);
    assert.ok(f?.fix, f?.message);
    assert.doesNotMatch(f.message, /未提供自动修复/);
    const newText = f.fix.edits.map((e) => e.newText).join('');
    assert.match(newText, words, rule);
    assert.doesNotMatch(newText, /[复议诉讼经结审报项]/, rule);
    assert.deepEqual(ids(core.applyFixes(text, f.fix.edits).text), after, rule);
  }
});

test('some rows of 表三 in traditional characters (every other one, or a single one): read as their rows, no label finding (helper-226 B7)', () => {
  const every = example.split('\n').map((l, i) => (i >= T3[0] && i < T3[1] && i % 2 === 0 && /^\| [^|]*[^\x00-\x7f]/.test(l) ? toTraditional(l) : l)).join('\n');
  assert.notEqual(every, example);
  assert.deepEqual(ids(every), []);
  const one = example.replace('| 1.本机关不掌握相关政府信息', '| 1.本機關不掌握相關政府信息');
  assert.notEqual(one, example);
  assert.deepEqual(ids(one), []);
  // A wrong number in such a row is still found.
  const bad = one.replace(/(1\.本機關不掌握相關政府信息 *\| )(\d+)/, (m, a, n) => `${a}${Number(n) + 1}`);
  assert.notEqual(bad, one);
  assert.ok(ids(bad).some((id) => id.startsWith('sum-')), ids(bad).join());
});

test('a draft edited version by version reads a traditional part as a fresh read does (counts kept from the version before)', () => {
  // 表三's rows turned traditional one line at a time, then a line of traditional prose inserted and deleted: the
  // editor's reading (each version from the one before, `previous`) finds what reading each text afresh finds, as
  // the traditional characters cross the count that makes the text read through its simplified view as well.
  const findings = (r) => core.checkReport(r).map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`).sort();
  const start = example.replace('（一）予以公开', '（一）子以公开');
  assert.notEqual(start, example);
  const versions = [start];
  const rows = start.split('\n').map((l, i) => i).filter((i) => i >= T3[0] && i < T3[1] && /^\| [^|]*[^\x00-\x7f]/.test(lines[i]));
  let cur = start.split('\n');
  for (const i of rows) {
    cur = cur.map((l, j) => (j === i ? toTraditional(l) : l));
    versions.push(cur.join('\n'));
  }
  const prose = at(start, '一、总体情况') + 2;
  const inserted = [...cur.slice(0, prose), toTraditional('本机关进一步规范政府信息公开工作，严格依照条例办理。'), ...cur.slice(prose)];
  versions.push(inserted.join('\n'), cur.join('\n'), start);
  let before = core.parseReport(versions[0], { previous: null });
  let sawChange = false;
  for (const text of versions.slice(1)) {
    const edited = core.parseReport(text, { previous: before });
    const fresh = findings(core.parseReport(text));
    assert.deepEqual(findings(edited), fresh);
    if (fresh.join() !== findings(before).join()) sawChange = true;
    before = edited;
  }
  // (The findings did change on the way: the versions cross from read as they are to read through the view.)
  assert.ok(sawChange);
});

test('a fix that writes no words is offered in a traditional report: a title\'s trailing 。 is deleted, its characters kept (helper-226 E)', () => {
  const heading = lines.find((l) => /^#+ 六、/.test(l));
  assert.ok(heading);
  const text = toTraditional(example.replace(heading, heading + '。'));
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'section-title');
  assert.ok(f, core.analyze(text).findings.map((x) => x.ruleId).join());
  assert.doesNotMatch(f.message, /未提供自动修复/);
  assert.ok(f.fix);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed, toTraditional(example));
  assert.match(fixed, /事項\n/);
});

test('messages on a traditional report quote its own characters, not the simplified view the rules read (helper-226 E)', () => {
  const heading = lines.find((l) => /^#+ 五、/.test(l));
  assert.ok(heading);
  const text = toTraditional(example.replace(heading + '\n', ''));
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'section-missing');
  assert.ok(f, core.analyze(text).findings.map((x) => x.ruleId).join());
  // The text it quotes, where the section's content starts (cut short with …), stands in the report as quoted.
  const quoted = [...f.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]).filter((q) => q.endsWith('…'));
  assert.equal(quoted.length, 1, f.message);
  assert.ok(text.includes(quoted[0].slice(0, -1)), quoted[0]);
  // The template's title it names, not in the text, stays the template's.
  assert.match(f.message, /缺少“五、存在的主要问题及改进情况”部分/);
});
