// A pre-2019 report whose line breaks were lost in a copy (the whole report on one line, helper-203 #10): its section
// titles are inside the line, numbered in turn. section-missing used to say that no section on 主动公开 or 依申请公开
// was found; it now says the titles are there, run together with the text, and its fix puts each on a line of its
// own (nothing inserted, no character lost), after which the outline reads the sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const findingsOf = (text) => core.checkReport(core.parseReport(text));
const chars = (text) => text.replace(/\s/g, '');

for (const [seed, count, first] of [
  ['seeds/000_f7ed614ce96fc61e.txt', 6, '二、主动公开政府信息的情况'],
  ['seeds/002_029685eb87fde92d.txt', 7, '二、行政机关主动公开政府信息的情况'],
]) {
  test(`${seed} on one line: the ${count} titles inside it are named, and the fix puts each on a line of its own`, () => {
    const original = corpusText(seed);
    const report = core.parseReport(original);
    assert.equal(report.template?.id ?? report.format, 'pre2019');
    const text = original.replace(/\r?\n/g, '');
    const found = findingsOf(text).filter((f) => f.ruleId === 'section-missing');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, new RegExp(`“${first}”等 ${count} 个部分标题与正文写在了同一行`));
    assert.equal(text.slice(found[0].range.start.character, found[0].range.end.character), first);
    // Through fix-all, as --fix runs it (helper-205 #4: with the titles' closing `;` kept, section-title asked to take
    // it out, fix-all refused the pass as adding findings, and nothing was fixed).
    const fixed = core.fixAll(text, { only: ['section-missing'] }).text;
    // Only line breaks added, and a `;`/`。` that closed a title taken out with the break.
    const bare = (t) => chars(t).replace(/[;；。]/g, '');
    assert.ok(bare(fixed) === bare(text), 'no word lost or added');
    assert.ok(chars(text).length - chars(fixed).length <= count, 'at most one closing mark per title');
    const tops = core.parseReport(fixed).headings.filter((h) => h.level === 1).map((h) => h.ordinal + h.title);
    assert.equal(tops.length, count, tops.join('\n'));
    assert.ok(tops.some((t) => t.startsWith(first)), tops.join('\n'));
    assert.deepEqual(findingsOf(fixed).filter((f) => f.ruleId === 'section-missing'), []);
  });
}

test('a pre-2019 report with its line breaks has no such finding, and one title in a sentence is not a run of titles', () => {
  const original = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  assert.deepEqual(findingsOf(original).filter((f) => f.ruleId === 'section-missing'), []);
  // Two titles only where the text names them in passing after a sentence end: 一 and 二 in order, the run is found;
  // the 主动公开 one alone (no 一 before it) is not.
  const lone = `某县2018年政府信息公开工作年度报告。${'本县认真落实条例要求，'.repeat(30)}。二、主动公开政府信息的情况本年度主动公开信息100条。`;
  assert.deepEqual(findingsOf(lone).filter((f) => f.ruleId === 'section-missing' && /写在了同一行/.test(f.message)), []);
});

test('seed 004 on one line: its title glued to the web page\'s 作者/发布时间 line is read, and a 报道 deep in its text does not make it news (helper-206 #10)', () => {
  const text = corpusText('seeds/004_f7bfe38ed4197dfc.txt').replace(/\r?\n/g, '');
  const report = core.parseReport(text);
  assert.equal(report.title?.text, '2013年度政府信息公开年度报告');
  assert.equal(report.year, 2013);
  assert.equal(report.isReport, true, report.notReport?.zh ?? report.about?.zh);
  // A news article still says so in its opening lines.
  const news = core.parseReport(`2013年度政府信息公开年度报告发布时间:2014-02-28\n本报讯（记者 王某）日前，安化县发布了2013年度政府信息公开年度报告。${'报告显示，全县政府信息公开工作不断规范。'.repeat(3)}`);
  assert.equal(news.isReport, false);
});
