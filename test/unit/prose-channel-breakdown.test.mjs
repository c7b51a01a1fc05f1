// A breakdown of the applications by how they came that 其中 does not open (`从申请方式看，网上申请33件，信函申请9件，
// 当面申请10件。` after the sentence with the year's count, `按申请方式分，…`, `…46件，分别为网上申请33件、…`) is summed
// like a 其中 list: the ways of applying do not overlap, so their sum is part of the count it splits and cannot be
// more than 表三's 新收 (or 新收 + 上年结转 when the sentence before states 上年结转 too).
// examples/correct-2024.nianbao.md: 新收 46, 上年结转 2; its sentence `全年新收政府信息公开申请46件，上年结转2件；…`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, afterT3, edit, proseTableOf } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const OPENING = '全年新收政府信息公开申请46件，上年结转2件；';
/** The prose-table findings on a sum of ways of applying, in brief: [prose sum, table value, severity, fix]. */
const sums = (text) => proseTableOf(text).filter((f) => /列举的各种方式提交的申请合计/.test(f.message)).map((f) => [f.actual, f.expected, f.severity, f.fix]);

test('从申请方式看 in the sentence after the count (which states 上年结转 too): more than 新收 + 上年结转 is an error', () => {
  const text = afterT3(correct, '从申请方式看，网上申请33件，信函申请9件，当面申请10件。');
  const found = proseTableOf(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.message, '正文“网上申请33件，信函申请9件，当面申请10件”列举的各种方式提交的申请合计 52 件，只是本年申请的一部分，却多于表三的本年新收申请 46，也多于本年新收与上年结转申请之和 48：部分不会多于整体。请核对正文或表格。');
  assert.deepEqual([f.actual, f.severity, f.fix], [52, 'error', undefined]);
  // At the last term's number, as for a 其中 list.
  assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character - 4, f.range.end.character), '当面申请10');
  // Up to 48 they may count the applications carried over as well: no finding.
  assert.deepEqual(proseTableOf(afterT3(correct, '从申请方式看，网上申请33件，信函申请9件，当面申请6件。')), []);
});

test('按申请方式分 after a sentence with 新收 alone: the parts split 新收, so 47 > 46 is an error', () => {
  const text = edit(correct, OPENING, '全年新收政府信息公开申请46件。按申请方式分，网上申请33件，信函申请9件，当面申请5件。上年结转2件；');
  assert.deepEqual(sums(text), [[47, 46, 'error', undefined]]);
  assert.deepEqual(sums(edit(correct, OPENING, '全年新收政府信息公开申请46件。按申请方式分，网上申请33件，信函申请9件，当面申请4件。上年结转2件；')), []);
});

test('从…看 and 分别为 within the sentence of the count', () => {
  const within = edit(correct, OPENING, '全年新收政府信息公开申请46件，从申请方式来看，网上申请33件，信函申请9件，当面申请10件；上年结转2件；');
  assert.deepEqual(sums(within), [[52, 46, 'error', undefined]]);
  const respectively = edit(correct, OPENING, '全年新收政府信息公开申请46件，分别为网上申请33件、信函申请9件、当面申请5件；上年结转2件；');
  assert.deepEqual(sums(respectively), [[47, 46, 'error', undefined]]);
  const en = core.analyze(respectively, { locale: 'en' }).findings.find((f) => f.ruleId === 'prose-table');
  assert.ok(en.message.startsWith('The prose “网上申请33件、信函申请9件、当面申请5件” lists applications made in several ways, 47 together'), en.message);
  assert.deepEqual(sums(edit(correct, OPENING, '全年新收政府信息公开申请46件，分别为网上申请33件、信函申请9件、当面申请4件；上年结转2件；')), []);
});

test('no sum where the breakdown is not of this year\'s applications or not by ways of applying', () => {
  // Last year's count (not compared) is no whole to split.
  assert.deepEqual(proseTableOf(afterT3(correct, '2023年新收政府信息公开申请40件。从申请方式看，网上申请30件，信函申请20件。')), []);
  // Applicants, not ways of applying (several may overlap with nothing: prose-sum's business).
  assert.deepEqual(sums(afterT3(correct, '从申请主体看，自然人申请40件，法人或其他组织申请10件。')), []);
  // Two parts of one way (网上 and 在线) may overlap.
  assert.deepEqual(sums(afterT3(correct, '从申请方式看，网上申请33件，在线申请20件。')), []);
});

// brk117 #4: real reports often name the split as a heading with a colon (`申请方式：`, `申请渠道：`) where others write
// `从申请方式看，`; it introduces the same breakdown (the repro: `全年新收政府信息公开申请30件，上年结转1件，共需办理31件。
// 申请方式：网上申请23件，信函申请6件，当面申请3件。`, 32 > 31).
test('a heading-like 申请方式： or 申请渠道： introduces the breakdown as 从申请方式看， does', () => {
  const due = (ways) => edit(correct, OPENING, `全年新收政府信息公开申请46件，上年结转2件，共需办理48件。${ways}`);
  for (const intro of ['申请方式：', '申请渠道：', '提交方式：', '申请渠道方面，']) {
    assert.deepEqual(sums(due(`${intro}网上申请35件，信函申请9件，当面申请5件。`)), [[49, 46, 'error', undefined]], intro);
    assert.deepEqual(sums(due(`${intro}网上申请34件，信函申请9件，当面申请5件。`)), [], intro);
  }
  // After 新收 alone the parts split 新收: 47 > 46.
  assert.deepEqual(sums(edit(correct, OPENING, '全年新收政府信息公开申请46件。申请方式：网上申请33件，信函申请9件，当面申请5件。上年结转2件；')), [[47, 46, 'error', undefined]]);
  // How the answers went out is no split of the applications received.
  assert.deepEqual(sums(due('答复方式：网上答复40件，邮寄答复9件。')), []);
});
