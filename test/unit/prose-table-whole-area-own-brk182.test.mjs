// A county government's report that gives the whole county's count and its own 本级 count in one sentence (brk182):
// without 共 (`全县收到…168件，其中县政府本级收到46件`) the county-wide count was an error (#1); an own count without
// a verb or in brackets (`其中本级46件`, `（含县政府本级46件）`) or split into 新收 and 上年结转 still gave an info (#2);
// and a 本级 word earlier in the sentence or joined with the area's bodies (`本级新收…46件，全县共收到168件`,
// `县政府本级及各部门、各乡镇共收到…168件`) made the 168 read as the government's own (#3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
// 表三: 新收 46, 上年结转 2, （七）总计 47.
const county = lines.map((l) => l.replace(/某某市某某局/g, '某某县人民政府').replace('2025年1月20日', '2025年3月20日'));
const REST = '上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const at15 = (s) => county.map((l, i) => (i === 14 ? s : l)).join('\n');
const proseTable = (s) => core.analyze(at15(s)).findings.filter((f) => f.ruleId === 'prose-table');

test('brk182 #1: 全县 + a count verb without 共 is the same whole-area subject as 全县共…', () => {
  for (const s of [
    `全县收到政府信息公开申请168件，其中县政府本级收到46件，${REST}`,
    `全县收到政府信息公开申请168件，其中县政府本级46件，${REST}`,
    `全县受理政府信息公开申请168件，其中县本级46件，${REST}`,
  ]) assert.deepEqual(proseTable(s), [], s);
  // A 本级 count that is not the table's: the whole county's count is an info, never an error or a fix.
  const s = `全县收到政府信息公开申请168件，其中县政府本级收到40件，${REST}`;
  const off = proseTable(s).filter((f) => f.actual === 168);
  assert.deepEqual(off.map((f) => [f.severity, f.fix]), [['info', undefined]]);
  assert.match(off[0].message, /“全县”说的是整个地区/);
  // (A bare 全县 before a negation says none in the whole county, so none in the government's own either: an error.)
  const none = proseTable(`2024年，全县未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。县政府本级新收政府信息公开申请46件，${REST}`);
  assert.ok(none.length > 0 && none.every((f) => f.severity === 'error'));
  // Without a 本级 count told apart, a bare 全县 is the report's own count, compared as before.
  assert.deepEqual(proseTable(`全县收到政府信息公开申请50件，${REST}`).map((f) => [f.severity, f.expected, f.actual]), [['error', 46, 50]]);
});

test('brk182 #2: the 本级 count given after 其中, in （含…） or split into 新收 and 上年结转 that is the table\'s: nothing', () => {
  for (const s of [
    `全县共受理政府信息公开申请168件，其中本级46件，${REST}`,
    `全县共收到政府信息公开申请168件（含县政府本级46件），${REST}`,
    `全县共收到政府信息公开申请168件，其中县政府本级新收46件，${REST}`,
    `全县共收到政府信息公开申请168件，其中县本级46件，${REST}`,
  ]) assert.deepEqual(proseTable(s), [], s);
  // (A 本级 count that is not the table's leaves the info.)
  assert.deepEqual(proseTable(`全县共收到政府信息公开申请168件（含县政府本级40件），${REST}`).filter((f) => f.actual === 168).map((f) => f.severity), ['info']);
});

test('brk182 #3: the scope named nearest the count, and 本级 joined with the area\'s bodies, is the whole area\'s', () => {
  for (const s of [
    `本级新收政府信息公开申请46件，全县共收到168件，${REST}`,
    `县政府本级及各部门、各乡镇共收到政府信息公开申请168件，县政府本级新收46件，${REST}`,
  ]) assert.deepEqual(proseTable(s), [], s);
  // When the 本级 count is not the table's either, the message calls the 168 the whole area's, not the organ's own.
  for (const s of [
    `本级新收政府信息公开申请40件，全县共收到168件，${REST}`,
    `县政府本级及各部门、各乡镇共收到政府信息公开申请168件，县政府本级新收40件，${REST}`,
  ]) {
    const f = proseTable(s).filter((x) => x.actual === 168);
    assert.equal(f.length, 1, s);
    assert.equal(f[0].severity, 'info', s);
    assert.match(f[0].message, /说的是整个地区/, s);
    assert.doesNotMatch(f[0].message, /限定为本机关自身/, s);
  }
  // A 本级 count alone keeps its own-scope message.
  const own = proseTable(`县政府本级新收政府信息公开申请40件，${REST}`);
  assert.ok(own.length && own.every((f) => f.severity === 'info' && /限定为本机关自身/.test(f.message)));
});
