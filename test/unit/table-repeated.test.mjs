// table-repeated: a second whole 表二, 表三 or 表四 below the one read (a revised table pasted under the old one, the
// whole report pasted twice) is said; the first one stays the one read. Quoted rows, another year's table and
// comparison tables are not repeats. The texts are real reports of the corpus with a table pasted again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, rowValues } from '../helpers.mjs';

const SEED_001 = 'seeds/001_417062a3286660b0.txt'; // 2019 format, one cell per line
const SEED_003 = 'seeds/003_7487cbc35b761747.txt'; // 2019-format tables, one pipe row per line
const HUAIAN = 'peers/govnianbao_huaian-city_2024.txt'; // 2021 format, pdftotext layout
const HONGZE = 'peers/kiro_hongze-district_2024.txt'; // 2021 表二, pdftotext layout
const SUQIAN = 'peers/kiro_suqian-city_2023-vs-2024_comparison.txt'; // two years side by side, with difference tables

const repeated = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'table-repeated');
const where = (text) => repeated(text).map((f) => [f.data.table, f.range.start.line]);

/** The lines of table `id` as read (表二 up to its last value line), and `text` with `lines` inserted after them. */
function tableLines(text, id) {
  const report = core.parseReport(text);
  const span = report.extras.spans[id];
  const end = id === 't2' ? report.tables.t2.range.end.line + 1 : span.end;
  return { report, start: span.start, end, lines: text.split('\n').slice(span.start, end) };
}
function insertAfter(text, line, lines) {
  const all = text.split('\n');
  return [...all.slice(0, line), ...lines, ...all.slice(line)].join('\n');
}

test('table-repeated: a revised 表二 pasted below the first (2019 format, one cell per line) is said; the first is still the one read', () => {
  const text = corpusText(SEED_001);
  const { report, start, end, lines } = tableLines(text, 't2');
  assert.deepEqual(where(text), []);
  // The copy with one number changed (规章's 对外公开总数量), introduced as the corrected table.
  const revised = lines.join('\n').replace(/^规章 \|\n0 \|\n0 \|\n0 \|/m, '规章 |\n0 |\n0 |\n7 |').split('\n');
  assert.notDeepEqual(revised, lines);
  const pasted = insertAfter(text, end, ['', '更正后的表二：', '', ...revised]);
  const second = end + 3;
  assert.deepEqual(where(pasted), [['t2', second]]);
  const [zh] = repeated(pasted, 'zh');
  // The copy's figures differ from the first one's: the message says where, since which one is final matters.
  assert.equal(zh.message, `表二在第 ${second + 1} 行又出现了一次（第一张在第 ${start + 1} 行）：只检查了第一张（这一张只核对了表内的勾稽关系）。请删去多余的一张，只保留最终数据；如果整份报告重复粘贴了两遍，请删去重复的部分。两张表的数字不同（1 处，如“规章”行“对外公开总数量”：第一张为 0，这一张为 7），请确认保留的是最终数据。`);
  const [en] = repeated(pasted, 'en');
  assert.equal(en.message, `表二 appears again at line ${second + 1} (the first one is at line ${start + 1}); only the first is checked (of this one, only its own arithmetic). Delete the extra one and keep the final figures; if the whole report was pasted twice, delete the repeated part. The two copies differ (1 cell, e.g. row “规章”, column “对外公开总数量”: 0 in the first, 7 here); make sure the one kept holds the final figures.`);
  // The same table pasted unchanged: no difference to tell.
  const same = repeated(insertAfter(text, end, ['', '更正后的表二：', '', ...lines]), 'zh');
  assert.equal(same.length, 1);
  assert.ok(!same[0].message.includes('不同'), same[0].message);
  assert.equal(zh.severity, 'warning');
  assert.equal(zh.fix, undefined);
  // The figures read are the first table's.
  const again = core.parseReport(pasted);
  assert.deepEqual(rowValues(again, 't2', again.tables.t2.rows[0].id), rowValues(report, 't2', report.tables.t2.rows[0].id));
  assert.equal(again.extras.spans.t2.start, start);
});

test('table-repeated: 表四 pasted again (2021 format, pdftotext layout) is said; its first copy is still the one read', () => {
  const text = corpusText(HUAIAN);
  const { report, start, end, lines } = tableLines(text, 't4');
  assert.deepEqual(where(text), []);
  const pasted = insertAfter(text, end, ['', ...lines]);
  assert.deepEqual(where(pasted), [['t4', end + 1]]);
  assert.match(repeated(pasted)[0].message, new RegExp(`^表四在第 ${end + 2} 行又出现了一次（第一张在第 ${start + 1} 行）`));
  const again = core.parseReport(pasted);
  assert.deepEqual(rowValues(again, 't4', 'T4'), rowValues(report, 't4', 'T4'));
  assert.equal(again.extras.spans.t4.start, start);
});

test('table-repeated: a report pasted twice says 表二, 表三 and 表四 once each, at the second copy (2019 format, pipe rows)', () => {
  const text = corpusText(SEED_003);
  const report = core.parseReport(text);
  const n = text.split('\n').length;
  const { t2, t3, t4 } = report.extras.spans;
  assert.deepEqual(where(`${text}\n${text}`), [['t2', n + t2.start], ['t3', n + t3.start], ['t4', n + t4.start]]);
  // The same in a 2021-format report whose 表二 reads with a row of the other format (规范性文件).
  const hongze = corpusText(HONGZE);
  const hs = core.parseReport(hongze).extras.spans;
  const hn = hongze.split('\n').length;
  assert.deepEqual(where(`${hongze}\n${hongze}`), [['t2', hn + hs.t2.start], ['t3', hn + hs.t3.start], ['t4', hn + hs.t4.start]]);
});

test('table-repeated: another year\'s table, a comparison and quoted rows are no repeat; a copy with the report\'s own year is', () => {
  const text = corpusText(HUAIAN); // a 2024 report
  for (const id of ['t2', 't4']) {
    const { end, lines } = tableLines(text, id);
    assert.deepEqual(where(insertAfter(text, end, ['', '2023年度数据如下：', '', ...lines])), [], `${id}: 2023年度数据如下`);
    assert.deepEqual(where(insertAfter(text, end, ['', '与上年度对比情况：', '', ...lines])), [], `${id}: 与上年度对比`);
    assert.equal(where(insertAfter(text, end, ['', '2024年度数据（修订）：', '', ...lines])).length, 1, `${id}: 2024年度数据（修订）`);
  }
  // Quoted rows: 表二's first block only; 表四's header with five of its numbers.
  const t2 = tableLines(text, 't2');
  const block = t2.lines.slice(0, t2.lines.findIndex((l) => /第二十条\s*第（五）项/.test(l)));
  assert.ok(block.length > 2 && block.length < t2.lines.length / 2);
  assert.deepEqual(where(insertAfter(text, t2.end, ['', ...block])), []);
  const t4 = tableLines(text, 't4');
  const cut = t4.lines.map((l) => (/^\s*\d+(\s+\d+){14}\s*$/.test(l) ? l.trim().split(/\s+/).slice(0, 5).join('    ') : l));
  assert.notDeepEqual(cut, t4.lines);
  assert.deepEqual(where(insertAfter(text, t4.end, ['', ...cut])), []);
});

test('table-repeated: the two years of a comparison document are not a repeated 表三 (difference table with 本年新收 … 结转下年度)', () => {
  assert.deepEqual(where(corpusText(SUQIAN)), []);
});

test('table-repeated: 表二 and 表四 of a pre-2019 report are not checked (no unified tables then)', () => {
  // 庆城县 2018 with a 表四 of the 2019 layout under its 复议/诉讼 section, pasted twice: pre-2019 has no such table.
  const text = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const t4 = ['行政复议 | 行政诉讼 |', '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |', '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'];
  const at = text.split('\n').findIndex((l) => /^五、.*复议/.test(l)) + 1;
  assert.ok(at > 0);
  const pasted = insertAfter(text, at, [...t4, '', ...t4]);
  assert.equal(core.parseReport(pasted).format, 'pre2019');
  assert.deepEqual(where(pasted), []);
  // The same two tables in a 2019-format report are a repeat.
  const seed3 = corpusText(SEED_003);
  const end = core.parseReport(seed3).extras.spans.t4.end;
  assert.deepEqual(where(insertAfter(seed3, end, ['', ...t4])), [['t4', end + 1]]);
});

test('table-repeated: 表三 pasted three times says each extra copy, with its own line and message (2021 pdftotext and 2019 cell-per-line)', () => {
  for (const file of [HUAIAN, SEED_001]) {
    const text = corpusText(file);
    const { report, start, end, lines } = tableLines(text, 't3');
    assert.deepEqual(where(text), [], file);
    // The table again twice below the first: the copies start 1 and lines.length + 2 lines below its end.
    const pasted = insertAfter(text, end, ['', ...lines, '', ...lines]);
    const second = end + 1, third = end + 2 + lines.length;
    assert.deepEqual(where(pasted), [['t3', second], ['t3', third]], file);
    const found = repeated(pasted, 'zh');
    assert.deepEqual(found.map((f) => f.message), [second, third].map((l) =>
      `表三在第 ${l + 1} 行又出现了一次（第一张在第 ${start + 1} 行）：只检查了第一张。请删去多余的一张，只保留最终数据；如果整份报告重复粘贴了两遍，请删去重复的部分。`));
    const all = pasted.split('\n');
    for (const f of found) {
      assert.equal(f.range.end.line, f.range.start.line, 'one line each');
      assert.equal(all[f.range.start.line], lines[0], 'the copy\'s first line');
      assert.equal(f.fix, undefined, 'no fix: which copy holds the final figures is the user\'s call');
    }
    assert.deepEqual(repeated(pasted, 'en').map((f) => f.message), [second, third].map((l) =>
      `表三 appears again at line ${l + 1} (the first one is at line ${start + 1}); only the first is checked. Delete the extra one and keep the final figures; if the whole report was pasted twice, delete the repeated part.`));
    // Still the first copy read.
    const again = core.parseReport(pasted);
    assert.equal(again.extras.spans.t3.start, start);
    assert.deepEqual(rowValues(again, 't3', 'R1'), rowValues(report, 't3', 'R1'));
  }
});

test('table-repeated: a report pasted three times says 表二, 表三 and 表四 twice each, once per extra copy', () => {
  for (const file of [SEED_003, HONGZE]) {
    const text = corpusText(file);
    const { t2, t3, t4 } = core.parseReport(text).extras.spans;
    const n = text.split('\n').length;
    const at = (k) => [['t2', k * n + t2.start], ['t3', k * n + t3.start], ['t4', k * n + t4.start]];
    assert.deepEqual(where(`${text}\n${text}\n${text}`), [...at(1), ...at(2)], file);
  }
});

test('table-repeated: 表四 three times (pdftotext layout) is two findings, not one per header line; a comparison table between copies is passed over', () => {
  const text = corpusText(HUAIAN);
  const { end, lines } = tableLines(text, 't4');
  const pasted = insertAfter(text, end, ['', ...lines, '', ...lines]);
  assert.deepEqual(where(pasted), [['t4', end + 1], ['t4', end + 2 + lines.length]]);
  // 表三 and 表四: a comparison with last year first, then the table again: the copy below is said.
  for (const id of ['t3', 't4']) {
    const t = tableLines(text, id);
    const withComparison = insertAfter(text, t.end, ['', '与上年度对比情况：', '', ...t.lines, '', ...t.lines]);
    assert.deepEqual(where(withComparison), [[id, t.end + 4 + t.lines.length]], id);
  }
});

test('table-repeated: a 表三 or 表四 copy with other figures names the first cell that differs, by the template\'s column names', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('../helpers.mjs');
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  for (const [id, change, said] of [
    ['t3', (l) => l.replace(/^(\| （一）予以公开 +\| )21( +\|)/m, '$122$2'), '两张表的数字不同（1 处，如“（一）予以公开”行“自然人”：第一张为 21，这一张为 22）'],
    ['t4', (l) => l.replace(/^(\| 2 +\| 0 +\| )1( )/m, '$16$2'), '“行政复议”的“其他结果”：第一张为 1，这一张为 6）'],
  ]) {
    const { end, lines } = tableLines(text, id);
    const copy = change(lines.join('\n'));
    assert.notEqual(copy, lines.join('\n'), id);
    const found = repeated(insertAfter(text, end, ['', ...copy.split('\n')]), 'zh');
    assert.equal(found.length, 1, id);
    assert.ok(found[0].message.includes(said), found[0].message);
  }
});

test('table-repeated: a report pasted 20 times gives 8 findings per table, the 8th counting the 11 copies not reported one by one', () => {
  const text = corpusText(HUAIAN);
  const pasted = Array(20).fill(text).join('\n');
  const all = core.parseReport(pasted).extras.repeatedTables;
  for (const id of ['t2', 't3', 't4']) {
    const copies = all.filter((r) => r.id === id);
    // Every copy is found, not only the first 8.
    assert.equal(copies.length, 19, id);
    const zh = repeated(pasted, 'zh').filter((f) => f.data.table === id);
    assert.deepEqual(zh.map((f) => f.range.start.line), copies.slice(0, 8).map((r) => r.line), id);
    const name = { t2: '表二', t3: '表三', t4: '表四' }[id];
    const lastLine = copies[18].line + 1;
    assert.ok(zh[7].message.endsWith(`另有 11 张重复的${name}未逐一报告（最后一张在第 ${lastLine} 行），也请一并删去。`), zh[7].message);
    assert.equal(zh[7].data.notReported, 11);
    assert.ok(zh.slice(0, 7).every((f) => !f.message.includes('另有') && f.data.notReported === undefined), id);
    const en = repeated(pasted, 'en').filter((f) => f.data.table === id);
    assert.ok(en[7].message.endsWith(` 11 more copies of ${name} are not reported one by one (the last at line ${lastLine}); delete them too.`), en[7].message);
  }
  // Pasted 9 times: 8 copies, each reported, none counting more.
  const nine = repeated(Array(9).fill(text).join('\n'), 'zh');
  assert.equal(nine.length, 24);
  assert.ok(nine.every((f) => !f.message.includes('另有')));
});

test('table-repeated: a copy with other figures has its own arithmetic checked, in the copy (表三, 表四, 表二); the summary\'s lines stay the first\'s', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('../helpers.mjs');
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const arithmetic = ['sum-applicants', 'sum-balance', 'sum-results', 'sum-subtotal', 'sum-review', 'count-relations'];
  assert.deepEqual(core.analyze(text).findings.filter((f) => arithmetic.includes(f.ruleId)), []);
  for (const [id, change, rules] of [
    // 表三's （七）总计 row, its 总计 cell one too many: the row, the column and the balance fail.
    ['t3', (l) => l.replace(/^(\| （七）总计 .*\| )47( +\|)$/m, '$148$2'), ['sum-applicants', 'sum-balance', 'sum-results']],
    // 表四's 行政复议 总计 one too few.
    ['t4', (l) => l.replace(/^(\| 2 +\| 0 +\| 1 +\| 0 +\| )3( )/m, '$12$2'), ['sum-review']],
    // 表二's 现行有效件数 below 本年制发 − 本年废止 (3 − 1).
    ['t2', (l) => l.replace(/^(\| 行政规范性文件 \| 3 +\| 1 +\| )25( )/m, '$11 $2'), ['count-relations']],
  ]) {
    const { start, end, lines } = tableLines(text, id);
    const copy = change(lines.join('\n'));
    assert.notEqual(copy, lines.join('\n'), id);
    const pasted = insertAfter(text, end, ['', ...copy.split('\n')]);
    const copyStart = end + 1, copyEnd = end + copy.split('\n').length;
    const { report, findings } = core.analyze(pasted);
    const sums = findings.filter((f) => arithmetic.includes(f.ruleId));
    assert.deepEqual([...new Set(sums.map((f) => f.ruleId))].sort(), rules, id);
    // Every one of them on the copy's lines, none on the first's.
    for (const f of sums) assert.ok(f.range.start.line >= copyStart && f.range.start.line <= copyEnd, `${id} ${f.ruleId} line ${f.range.start.line}`);
    const [said] = findings.filter((f) => f.ruleId === 'table-repeated');
    assert.ok(said.message.includes('只检查了第一张（这一张只核对了表内的勾稽关系）'), said.message);
    // The review summary describes the first table, whose sums hold.
    const lines4 = core.summarizeTables(report, findings, 'zh').filter((c) => c.table === id && c.findings.some((f) => arithmetic.includes(f.ruleId)));
    assert.deepEqual(lines4, [], id);
    assert.ok(start < copyStart);
  }
  // The copy's total set by its fix; re-checked, no sum fails and the first table is as it was.
  const { end, lines } = tableLines(text, 't3');
  const copy = lines.join('\n').replace(/^(\| （七）总计 .*\| )47( +\|)$/m, '$148$2');
  const pasted = insertAfter(text, end, ['', ...copy.split('\n')]);
  const edits = core.analyze(pasted).findings.filter((f) => f.ruleId === 'sum-results' && f.fix).flatMap((f) => f.fix.edits);
  assert.ok(edits.length, 'sum-results fixes the copy\'s total');
  const fixed = core.applyFixes(pasted, edits).text;
  assert.deepEqual(core.analyze(fixed).findings.filter((f) => arithmetic.includes(f.ruleId)), []);
  assert.equal(fixed, insertAfter(text, end, ['', ...lines]));
  // A copy of the same figures: nothing more to check, nothing more said.
  const same = core.analyze(insertAfter(text, end, ['', ...lines])).findings;
  assert.deepEqual(same.filter((f) => arithmetic.includes(f.ruleId)), []);
  assert.ok(same.find((f) => f.ruleId === 'table-repeated').message.includes('：只检查了第一张。'));
});
