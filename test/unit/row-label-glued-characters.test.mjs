// row-label on a 表三 label with characters glued to it, and the suppression comment above such a row (found by
// breaker23 and breaker24).
// breaker23 item 2, breaker24 item 7: a row label with characters glued to it (`3.要求提供公开出版物物`, `2.重复申请申请`,
// `X一、本年新收…`) was read as the clean label: no row-label finding, and a suppression comment above it was unused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toSpaces } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/reports', name), 'utf8');
const of = (text, rule, options) => core.analyze(text, options).findings.filter((f) => f.ruleId === rule);
/** The example with the label cell of the row starting `label` written `written`. */
const relabel = (label, written) => {
  const i = lines.findIndex((l) => l.startsWith(`| ${label} `));
  assert.ok(i > 0, label);
  return { line: i, text: [...lines.slice(0, i), lines[i].replace(`| ${label} `, `| ${written} `), ...lines.slice(i + 1)].join('\n') };
};

test('row-label: characters glued after or before a label are a misspelling of it, with the usual fix (breaker23 item 2, breaker24 item 7)', () => {
  for (const [label, written, shown, distance] of [
    ['3.要求提供公开出版物', '3.要求提供公开出版物物', '3.要求提供公开出版物物', 1],
    // A word typed twice is a slip however long the word.
    ['2.重复申请', '2.重复申请申请', '2.重复申请申请', 2],
    ['一、本年新收政府信息公开申请数量', 'X一、本年新收政府信息公开申请数量', 'X一、本年新收政府信息公开申请数量', 1],
    // A character outside the BMP is one character.
    ['一、本年新收政府信息公开申请数量', '𠀀一、本年新收政府信息公开申请数量', '𠀀一、本年新收政府信息公开申请数量', 1],
    // A remark in brackets after the glued character is kept out of the range.
    ['1.属于国家秘密', '1.属于国家秘密密（注）', '1.属于国家秘密密', 1],
  ]) {
    const { line, text } = relabel(label, written);
    const found = of(text, 'row-label');
    assert.equal(found.length, 1, written);
    assert.equal(found[0].message.zh ?? found[0].message, `行标签“${shown}”与格式不一致，应为“${label}”（相差 ${distance} 个字）。`);
    assert.deepEqual(found[0].range, { start: { line, character: 2 }, end: { line, character: 2 + shown.length } });
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    // The label cell (the fix keeps an aligned table's padding).
    assert.equal(fixed.split('\n')[line].split('|')[1].trim(), written.replace(shown, label));
    assert.deepEqual(of(fixed, 'row-label'), []);
    // The report model reads the label as misspelled (inspect shows it so).
    const row = core.parseReport(text).tables.t3.rows.find((r) => r.label === label);
    assert.equal(row.match.kind, 'misspelled');
  }
});

test('row-label: a group label written in the same cell stays out of the range and the fix', () => {
  const { line, text } = relabel('1.属于国家秘密', '（三）不予公开 1.属于国家秘密密');
  const found = of(text, 'row-label');
  assert.equal(found.length, 1);
  const at = text.split('\n')[line].indexOf('1.属于');
  assert.deepEqual(found[0].range, { start: { line, character: at }, end: { line, character: at + '1.属于国家秘密密'.length } });
  assert.equal(core.applyFixes(text, found[0].fix.edits).text.split('\n')[line].split('|')[1].trim(), '（三）不予公开 1.属于国家秘密');
});

test('row-label: a glued character is said; what real reports write beside a label is still no finding', () => {
  assert.equal(of(relabel('1.属于国家秘密', '1.属于国家秘密密（含商业秘密）').text, 'row-label').length, 1);
  for (const [label, written] of [
    ['1.属于国家秘密', '1.属于国家秘密（含商业秘密）'],
    ['1.属于国家秘密', '1.属于国家秘密，见附件'],
    ['1.属于国家秘密', '1.属于国家秘密。'],
    ['1.属于国家秘密', '（三）不予公开1.属于国家秘密'],
    ['1.属于国家秘密', '（三）不予公开 1.属于国家秘密'],
    ['1.属于国家秘密', '（三）1.属于国家秘密'],
    // A piece of a merged cell read into the row (`度 1.属于国家秘密`, a flattened layout).
    ['1.属于国家秘密', '度 1.属于国家秘密'],
  ]) assert.deepEqual(of(relabel(label, written).text, 'row-label'), [], written);
});

test('row-label: a correct disable-next-line above a row with a glued character is used, not reported unused', () => {
  const text = fixture('breaker23-labels-typos.md').replace('| 3.要求提供公开出版物物 |', '<!-- nianbao-disable-next-line row-label -->\n| 3.要求提供公开出版物物 |');
  const fs = core.analyze(text, { reportUnusedDisable: true }).findings;
  assert.ok(!fs.some((f) => f.ruleId === core.UNUSED_DISABLE), JSON.stringify(fs.filter((f) => f.ruleId === core.UNUSED_DISABLE)));
  const labels = fs.filter((f) => f.ruleId === 'row-label').map((f) => f.message.zh ?? f.message);
  assert.ok(labels.some((m) => m.startsWith('行标签“2.重复申请申请”')));
  assert.ok(!labels.some((m) => m.startsWith('行标签“3.要求提供公开出版物物”')));
});

test('row-label\'s fix in a space-aligned table (pdftotext -layout) takes the label\'s new width out of the spaces after it: the numbers stay in their columns (helper-202 #6)', () => {
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const aligned = toSpaces(example);
  const right = aligned.split('\n').find((l) => l.startsWith('2.其他法律行政法规禁止公开    '));
  assert.ok(right);
  const text = aligned.replace(right, right.replace('2.其他法律行政法规禁止公开', '2.其他法律行政法规禁公开'));
  const found = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'row-label');
  assert.equal(found.length, 1, core.checkReport(core.parseReport(text)).map((f) => f.message).join('\n'));
  const wrong = text.split('\n').find((l) => l.startsWith('2.其他法律行政法规禁公开'));
  const fixedLine = core.fixAll(text).text.split('\n').find((l) => l.startsWith('2.其他法律行政法规禁止公开'));
  assert.ok(fixedLine);
  // The first number where it was (in display columns), and at least two spaces before it.
  const numberColumn = (l) => {
    const gap = l.indexOf(' ', l.indexOf('公开'));
    return core.layoutWidth(l.slice(0, gap + /^ +/.exec(l.slice(gap))[0].length));
  };
  assert.equal(numberColumn(fixedLine), numberColumn(wrong));
  assert.match(fixedLine, /禁止公开 {2,}\d/);
});
