// Whether a text is a report at all (core/model/scope.ts, writtenAbout): a news article about a report and a guide
// to the formats are not reports (breaker9: 6 section-missing, and fix-all inserted six empty headings into the
// article); every report of the corpus and the examples still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS, ROOT } from '../helpers.mjs';

const NEWS = ['# 我市发布2024年政府信息公开工作年度报告', '',
  '记者从市政务公开办获悉，某某市人民政府2024年政府信息公开工作年度报告已于近日发布。报告显示，2024年全市共收到政府信息公开申请1200件，办结1180件，其中予以公开800件、部分公开100件。全年因政府信息公开被申请行政复议12件，被提起行政诉讼5件。', '',
  '| 项目 | 数量 |', '|---|---|', '| 新收申请 | 1200 |', '| 办结 | 1180 |', ''].join('\n');

test('a news article about a report is no report: no finding, and fix-all changes nothing', () => {
  assert.equal(core.parseReport(NEWS).isReport, false);
  assert.deepEqual(core.analyze(NEWS).findings.map((f) => f.ruleId), []);
  assert.equal(core.fixAll(NEWS, {}).text, NEWS);
  // Its headline alone is enough (a 标题 that is a sentence), and so is news prose under a report's own title.
  assert.equal(core.parseReport(NEWS.replace('记者从市政务公开办获悉，', '')).isReport, false);
  assert.equal(core.parseReport(NEWS.replace('我市发布', '某某市人民政府')).isReport, false);
});

test('the reference on the formats is no report', () => {
  const spec = readFileSync(join(CORPUS, '../reference/templates.md'), 'utf8');
  assert.equal(core.parseReport(spec).isReport, false);
  assert.deepEqual(core.analyze(spec).findings.map((f) => f.ruleId), []);
});

test('a draft with a title and a sentence, a report with sections, and a pasted table stay reports', () => {
  assert.equal(core.parseReport('# 某某市人民政府2024年政府信息公开工作年度报告\n\n2024年，本局认真贯彻《条例》。\n').isReport, true);
  // A news-like word in a real report with its sections is no matter.
  const report = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  assert.equal(core.parseReport(report.replace('本报告电子版', '据记者了解，本报告电子版')).isReport, true);
  const t3 = report.slice(report.indexOf('| （本列数据'), report.indexOf('## 四'));
  assert.ok(t3.length > 500);
  assert.equal(core.parseReport(t3).isReport, true);
});

test('every corpus report and every example is still a report', () => {
  const files = [];
  const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(md|txt)$/.test(f) && f !== 'README.md') files.push(p); } };
  walk(CORPUS);
  walk(join(ROOT, 'examples'));
  assert.ok(files.length >= 17, `${files.length}`);
  assert.deepEqual(files.filter((f) => !core.parseReport(readFileSync(f, 'utf8')).isReport), []);
});
