// A message quotes a phrase of the prose as the report writes it: the prose is read without white space
// (`结果维持 27 件` → `结果维持27件`), and the quotation was that reading, not found in the text as written
// (brk82 E, real/huaian-bad4.txt). The quotation keeps one space where the text has white space between two of its
// characters on a line; a line break, emphasis marks or a struck number are still left out. The fix is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const toTraditional = require('opencc-js').Converter({ from: 'cn', to: 'tw' });
const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = 14;
const SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
assert.equal(example.split('\n')[LINE], SENTENCE);
const withLine = (s) => example.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
const quotes = (f) => [...f.message.matchAll(/正文“([^”]+)”/g)].map((m) => m[1]);

test('a prose phrase written with spaces is quoted with them, and the quotation is in the text', () => {
  const line = SENTENCE.replace('予以公开24件', '予以公开 25 件');
  const text = withLine(line);
  const { findings } = core.analyze(text);
  const table = findings.find((f) => f.ruleId === 'prose-table');
  assert.ok(table, findings.map((f) => f.ruleId).join());
  assert.deepEqual(quotes(table), ['予以公开 25 件']);
  assert.ok(line.includes(quotes(table)[0]));
  // prose-sum names the same phrase, as prose-table quotes it.
  const sum = findings.find((f) => f.ruleId === 'prose-sum');
  assert.ok(sum);
  assert.deepEqual(quotes(sum), ['予以公开 25 件']);
  // The fix still writes the number only.
  assert.equal(core.fixAll(text).text, withLine(SENTENCE.replace('予以公开24件', '予以公开 24 件')));
});

test('white space of any width is one space; a line break, emphasis and a struck number are left out', () => {
  for (const [line, quoted] of [
    [SENTENCE.replace('予以公开24件', '予以公开\u3000\u300025\t件'), '予以公开 25 件'],
    [SENTENCE.replace('予以公开24件', '予以公开 **25** 件'), '予以公开25件'],
    [SENTENCE.replace('予以公开24件', '予以公开~~24~~25件'), '予以公开25件'],
    [SENTENCE.replace('予以公开24件', '予以公开25件'), '予以公开25件'],
    // A phrase wrapped over two lines (a PDF's layout): the break is not a space.
    [SENTENCE.replace('予以公开24件', '予以公开 25\n件'), '予以公开 25件'],
  ]) {
    const f = core.analyze(withLine(line)).findings.find((x) => x.ruleId === 'prose-table');
    assert.ok(f, line);
    assert.deepEqual(quotes(f), [quoted], line);
  }
});

test('in a traditional report the spaced quotation is the report\'s own characters', () => {
  const line = toTraditional(SENTENCE.replace('不予处理3件', '不予处理 2 件').replace('其他处理1件', '其他处理 2 件'));
  const text = toTraditional(withLine(line));
  const f = core.analyze(text).findings.filter((x) => x.ruleId === 'prose-table');
  assert.deepEqual(f.map(quotes).flat().sort(), ['不予處理 2 件', '其他處理 2 件'].sort());
});
