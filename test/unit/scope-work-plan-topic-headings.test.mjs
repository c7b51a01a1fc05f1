// What is a report at all (breaker20 item 3): a work plan whose headings name the report's topics
// (二、主动公开政府信息, 三、依申请公开) is no report even quoting the 统计期限 sentence (model/scope.ts, writtenAbout);
// reports that name a plan, or are sent with a notice, stay reports. Fixtures:
// test/fixtures/reports/breaker20-n02-workplan-2025.md (the breaker's file), examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test', 'fixtures', 'reports', name), 'utf8');
const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text) => core.checkReport(core.parseReport(text));

test('breaker20 n02: a work plan headed 二、主动公开政府信息 and 三、依申请公开, quoting the 统计期限 sentence, is no report; --fix leaves it alone; reports naming a plan, or sent with a notice, stay reports', async () => {
  const text = fixture('breaker20-n02-workplan-2025.md');
  assert.match(text, /统计期限自2024年1月1日起至2024年12月31日止/);
  assert.match(text, /^## 二、主动公开政府信息$/m);
  const report = core.parseReport(text);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, { zh: '一份工作计划，只是提到了年度报告，不是年度报告本身', en: 'a work plan that mentions an annual report, not the report itself' });
  assert.deepEqual(core.checkReport(report), []);
  assert.equal(core.fixAll(text).text, text);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b20-'));
  writeFileSync(join(dir, 'plan.md'), text);
  const r = await runCli(['check', '--fix', 'plan.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /plan\.md：一份工作计划，只是提到了年度报告，不是年度报告本身，未检查/);
  assert.equal(readFileSync(join(dir, 'plan.md'), 'utf8'), text);
  // Other plans so titled are none either.
  for (const kind of ['政务公开工作要点', '政务公开工作实施方案', '政务公开工作安排']) {
    const other = core.parseReport(text.replace('政务公开工作计划', kind));
    assert.equal(other.isReport, false, kind);
  }
  // Reports stay reports. The plan's lines under a report's title are a (very incomplete) report.
  assert.equal(core.parseReport(text.replace('# 某某市交通运输局2025年政务公开工作计划', '# 某某市交通运输局2024年政府信息公开工作年度报告')).isReport, true);
  // A plan's words in a report's text, or in its title (`…工作要点落实情况`): still a report, with its findings.
  const cited = correct.replace('持续提升政府信息公开质量。', '按照《2024年某某市政务公开工作要点》和本局年度工作计划，持续提升政府信息公开质量。');
  assert.notEqual(cited, correct);
  assert.deepEqual(findings(cited), []);
  const under = correct.replace(/^# .*\n/, '# 某某市某某局2024年政务公开工作要点落实情况\n\n');
  assert.equal(core.parseReport(under).isReport, true);
  // The report's sections without its tables, under a notice that publishes it or as a 总结: reports, as before.
  const bare = correct.replace(/^\|.*\n/gm, '').replace(/^# .*\n/, '');
  for (const head of ['# 关于公布某某市某某局2024年政府信息公开工作年度报告的通知', '# 某某市某某局2024年政府信息公开工作总结']) {
    const report = core.parseReport(`${head}\n${bare}`);
    assert.equal(report.isReport, true, head);
  }
});

test('breaker20 r09: a school reporting under 公共企事业单位 rules by the 条例’s 第五十五条 is that regime, not checked; a government report citing the 条例 stays one', async () => {
  const school = readFileSync(join(ROOT, 'test/fixtures/reports/breaker20-r09-school-public-institution-2023.md'), 'utf8');
  const r = core.parseReport(school);
  assert.equal(r.isReport, false);
  assert.equal(r.extras.otherRegime.zh, '公共企事业单位信息公开年度报告');
  assert.deepEqual(core.checkReport(r, { locale: 'zh' }), []);
  assert.equal(core.fixAll(school).text, school);
  // The same school citing the 条例 without its 第五十五条 is read as a government body's report, as before.
  const cited = school.replace('第五十五条', '');
  assert.equal(core.parseReport(cited).isReport, true);
  // A 政府信息公开 title is a government body's report whatever its introduction cites.
  const gov = school.replace('某某市第一中学2023年信息公开工作年度报告', '某某市教育局2023年政府信息公开工作年度报告');
  assert.equal(core.parseReport(gov).isReport, true);
});
