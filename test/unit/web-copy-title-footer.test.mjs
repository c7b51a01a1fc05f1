// A report copied from a web page: a breadcrumb is no title, a bold title is one, the site footer is page chrome
// (found by breaker30).
// breaker30 #22: a report copied from a web page. The breadcrumb above the title (首页 > … > 政府信息公开年报) is no title,
// the real title below it is; a title in bold (**…年度报告**, as Word→Markdown converters write it) is the title;
// the site footer (主办单位：…, …ICP备…号, …公网安备…号) is page chrome, deleted with the rest of the page's footer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, only, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TITLE = '某某市某某局2024年政府信息公开工作年度报告';
const body = correct.slice(correct.indexOf('\n') + 1);

test('the breadcrumb above the title is no title; the title below it is, and gives the year', () => {
  for (const crumb of ['首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报', '首页 > 政府信息公开年报', '当前位置：首页 > 政务公开 > 年度报告', '网站首页＞政府信息公开＞年报']) {
    const text = `${crumb}\n\n${TITLE}\n${body}`;
    const { report, found } = only(text, 'page-leftover');
    assert.equal(report.title?.text, TITLE, crumb);
    assert.equal(report.title.range.start.line, 2);
    assert.ok(report.yearEvidence.some((e) => e.source === 'title' && e.year === 2024), crumb);
    assert.equal(found.length, 1, crumb);
    assert.equal(found[0].range.start.line, 0);
  }
});

test('a bold title line is the title', () => {
  for (const bold of [`**${TITLE}**`, `__${TITLE}__`]) {
    const { report } = core.analyze(`${bold}\n${body}`);
    assert.equal(report.title?.text, TITLE, bold);
    assert.ok(report.yearEvidence.some((e) => e.source === 'title' && e.year === 2024), bold);
  }
});

test('the site footer (主办单位, ICP备, 公网安备) is page chrome with the print bar above it; the fix deletes it and keeps the signature', () => {
  const footer = '\n\n【打印本页】　【关闭窗口】\n\n主办单位：某某市人民政府办公室　　承办单位：某某市政务服务中心\n湘ICP备05009876号　　湘公网安备 43062602000123号\n';
  const text = correct.trimEnd() + footer;
  const [f, ...rest] = only(text, 'page-leftover').found;
  assert.deepEqual(rest, []);
  assert.ok(f.message.includes('主办单位：某某市人民政府办公室'), f.message);
  const lines = text.split('\n');
  assert.equal(f.range.end.line, lines.findIndex((l) => l.startsWith('湘ICP备')));
  assert.equal(core.fixAll(text, { only: ['page-leftover'] }).text.trimEnd(), correct.trimEnd());
  // Alone, too: the footer without the print bar.
  const alone = correct.trimEnd() + '\n\n主办单位：某某市人民政府办公室\n京ICP备12345678号-1\n';
  assert.equal(only(alone, 'page-leftover').found.length, 1);
  // A sentence of the report that names the organiser is text.
  const prose = correct.replace('本报告电子版可在', '主办单位：市政府办公室，承办单位：市政务服务中心。本报告电子版可在');
  assert.deepEqual(only(prose, 'page-leftover').found, []);
});
