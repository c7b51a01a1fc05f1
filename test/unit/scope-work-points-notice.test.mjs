// What is a report at all (breaker21 item 1): a 工作要点 published inside its 印发通知 (`关于印发《…工作要点》的通知`,
// the plan's name as a subtitle, headings 二、主动公开政府信息 / 三、依申请公开, the 统计期限 sentence) is read as that
// plan: no report, and --fix leaves it alone (model/scope.ts, otherDocumentKind/issuedDocument). A notice that
// publishes the report itself, a report naming a 工作要点, and anything with the report's tables stay reports.
// Fixtures: test/fixtures/reports/breaker21-r07a-gongzuo-yaodian-notice.md (the breaker's file),
// examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const NOTICE = readFileSync(join(ROOT, 'test', 'fixtures', 'reports', 'breaker21-r07a-gongzuo-yaodian-notice.md'), 'utf8');
const TITLE = '# 临川市人民政府办公室关于印发《临川市2025年政务公开工作要点》的通知';
const SUBTITLE = '## 临川市2025年政务公开工作要点';
const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const SKIPPED = { zh: '一份印发工作要点的通知，只是提到了年度报告，不是年度报告本身', en: 'a notice issuing a list of work priorities, which mentions an annual report, not the report itself' };

/** The notice's text with `from` replaced by `to`, asserting that `from` was there. */
function variant(from, to) {
  assert.ok(NOTICE.includes(from), from);
  return NOTICE.replace(from, to);
}

test('breaker21 r07a: a 工作要点 inside its 印发通知 is no report: no findings, --fix leaves it alone, the CLI says what it is', async () => {
  assert.ok(NOTICE.startsWith(`${TITLE}\n`));
  assert.match(NOTICE, /^### 二、主动公开政府信息$/m);
  assert.match(NOTICE, /^### 三、依申请公开$/m);
  assert.match(NOTICE, /统计期限自2025年1月1日起至2025年12月31日止/);
  const report = core.parseReport(NOTICE);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, SKIPPED);
  assert.deepEqual(core.checkReport(report), []);
  assert.equal(core.fixAll(NOTICE).text, NOTICE);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b21-'));
  writeFileSync(join(dir, 'notice.md'), NOTICE);
  const r = await runCli(['check', '--fix', 'notice.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /notice\.md：一份印发工作要点的通知，只是提到了年度报告，不是年度报告本身，未检查/);
  assert.equal(readFileSync(join(dir, 'notice.md'), 'utf8'), NOTICE);
});

test('breaker21 r07a variants: the plan issued or forwarded by a notice, named in its title or by its own title line below, is no report; the report published by a notice, and texts with its tables, stay reports', () => {
  const cases = {
    // No Markdown: the plan's title and headings as plain lines (the breaker's a12).
    plain: NOTICE.replace(/^#+ /gm, ''),
    // The plan's 四 renamed, so no heading names the report (a4).
    renamed: variant('### 四、政府信息公开工作年度报告', '### 四、年度报告编制'),
    // The plan's name without 《》.
    unquoted: variant(TITLE, '# 临川市人民政府办公室关于印发临川市2025年政务公开工作要点的通知'),
    // A county's notice forwarding the city's (longer than a title line's usual 40 characters).
    forwarded: variant(TITLE, '# 平江县人民政府办公室关于转发《临川市人民政府办公室关于印发〈临川市2025年政务公开工作要点〉的通知》的通知'),
    // The title wrapped over two lines, as a PDF's text gives it.
    wrapped: variant(TITLE, '临川市人民政府办公室关于印发《临川市2025年\n政务公开工作要点》的通知'),
    // A document number above the title.
    numbered: variant(TITLE, '临政办发〔2025〕3号\n\n' + TITLE),
    // A title naming no kind: the plan's own title line below says what it issues.
    titledBelow: variant(TITLE, '# 临川市人民政府办公室关于印发2025年政务公开重点任务的通知'),
    // Other plans.
    scheme: variant(TITLE, TITLE.replace('工作要点', '工作实施方案')).replace(SUBTITLE, SUBTITLE.replace('工作要点', '工作实施方案')),
    schedule: variant(TITLE, TITLE.replace('工作要点', '工作安排')).replace(SUBTITLE, SUBTITLE.replace('工作要点', '工作安排')),
  };
  for (const [name, text] of Object.entries(cases)) {
    const report = core.parseReport(text);
    assert.equal(report.isReport, false, name);
    assert.deepEqual(core.checkReport(report), [], name);
    assert.equal(core.fixAll(text).text, text, name);
  }
  assert.equal(core.parseReport(cases.forwarded).extras.writtenAbout.zh, '一份转发工作要点的通知，只是提到了年度报告，不是年度报告本身');
  assert.equal(core.parseReport(cases.forwarded).extras.writtenAbout.en, 'a notice forwarding a list of work priorities, which mentions an annual report, not the report itself');
  assert.equal(core.parseReport(cases.scheme).extras.writtenAbout.zh, '一份印发实施方案的通知，只是提到了年度报告，不是年度报告本身');
  assert.equal(core.parseReport(cases.titledBelow).extras.writtenAbout.zh, SKIPPED.zh);

  // Both ways: a notice publishing the report, a report naming a 工作要点, and a text with the report's tables stay
  // reports.
  // The report's sections without its tables, under a notice that publishes or issues the report itself.
  const bare = correct.replace(/^\|.*\n/gm, '').replace(/^# .*\n/, '');
  for (const head of [
    '# 关于公布2024年度报告的通知',
    '# 某某市某某局关于印发《某某市某某局2024年政府信息公开工作年度报告》的通知',
    '# 关于转发《某某市某某局关于印发〈某某市某某局2024年政府信息公开工作年度报告〉的通知》的通知',
    // A notice issuing a 总结, which may be a year's report by another name.
    '# 某某市某某局关于印发《某某市某某局2024年政务公开工作总结》的通知',
  ]) {
    assert.equal(core.parseReport(`${head}\n${bare}`).isReport, true, head);
  }
  // The report published in a notice whose preamble names this year's 工作要点 (the report's own title below): a
  // report.
  const preamble = '# 关于公布某某市某某局2024年政府信息公开工作年度报告的通知\n\n按照《2024年某某市政务公开工作要点》要求，现将本局年度报告予以公布。\n\n';
  assert.equal(core.parseReport(preamble + correct).isReport, true);
  // A real report naming the 工作要点 in its text: a report with no findings.
  const cited = correct.replace('持续提升政府信息公开质量。', '按照《临川市2025年政务公开工作要点》，持续提升政府信息公开质量。');
  assert.notEqual(cited, correct);
  assert.deepEqual(core.checkReport(core.parseReport(cited)), []);
  // The plan's notice title above the report's tables: checked as a report.
  const tabled = core.parseReport(correct.replace(/^# .*\n/, `${TITLE}\n\n${SUBTITLE}\n`));
  assert.equal(tabled.isReport, true);
  assert.equal(tabled.extras.writtenAbout, undefined);
  // The breaker's notice with the report's 表三 pasted under its 三: a report, with findings.
  const t3 = correct.match(/^## 三、[^\n]*\n([\s\S]*?)^## 四、/m)[1];
  const withTable = variant('规范办理政府信息公开申请', `${t3}\n规范办理政府信息公开申请`);
  const withTableReport = core.parseReport(withTable);
  assert.equal(withTableReport.isReport, true);
  assert.ok(core.checkReport(withTableReport).length > 0);
});
