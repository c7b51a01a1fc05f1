// A web page's copy of a report has its title in markup (brk139 #2): `<div class="title"><h1>…</h1></div>`, a bare
// `<h1>`, `<p style="text-align:center"><strong>…</strong></p>`, the `<h1>` on a line of its own between `<div>` lines,
// or the title glued after a page's opening `<div>`. It is the report's title as `# …` is: the agency is read from it,
// so last year's report beside it is found (carry-over checked), and a wrong year in it is said to be the title's.
// Base: 洪泽区人民政府's 2024 report as its web page publishes it (上年结转 2), and its 2023 report (结转下年度 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, runCliInFolder } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/crossyear-html');
const PAGE = readFileSync(join(DIR, '洪泽区2024.html.md'), 'utf8');
const LAST = readFileSync(join(DIR, '洪泽区2023.md'), 'utf8');
const TITLE = '洪泽区人民政府2024年政府信息公开工作年度报告';
const AS_PUBLISHED = `<div class="title"><h1>${TITLE}</h1></div>`;
/** The page with its title line written `line` instead. */
const titled = (line) => {
  assert.ok(PAGE.includes(AS_PUBLISHED));
  return PAGE.replace(AS_PUBLISHED, line);
};
const FORMS = {
  'div.title h1': AS_PUBLISHED,
  'bare h1': `<h1>${TITLE}</h1>`,
  'p strong': `<p style="text-align:center"><strong>${TITLE}</strong></p>`,
  'h1 between div lines': `<div class="title">\n<h1>${TITLE}</h1>\n</div>`,
  'h1 over its own lines': `<div class="title">\n<h1>\n${TITLE}\n</h1>\n</div>`,
  'entities and a span': `<h1 class="t">&nbsp;<span style="font-size:22px">${TITLE}</span>&nbsp;</h1>`,
};

test('brk139 #2: the title in HTML markup is the report\'s title, its range the text inside the tags', () => {
  for (const [name, line] of Object.entries(FORMS)) {
    const report = core.parseReport(titled(line));
    assert.equal(report.title?.text, TITLE, name);
    assert.equal(report.lines.slice(report.title.range), TITLE, name);
    assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'title').map((e) => e.year), [2024], name);
  }
  // Glued after the page's opening tag, as a copy of the article's markup has it.
  const glued = core.parseReport(PAGE.replace(`<div class="article">\n${AS_PUBLISHED}`, `<div class="article">${TITLE}`));
  assert.equal(glued.title?.text, TITLE);
});

test('brk139 #2: markup that is no title — a breadcrumb, a table cell — is not read as one', () => {
  const crumb = core.parseReport(titled('<div class="crumb"><a href="/">首页</a> &gt; <a href="/zfxxgk">政府信息公开</a> &gt; <span>政府信息公开年报</span></div>'));
  assert.equal(crumb.title, null);
  const cell = core.parseReport(titled(`<table><tr><td>${TITLE}</td></tr></table>`));
  assert.equal(cell.title, null);
});

test('brk139 #2: last year\'s report beside the HTML copy is found and carry-over is checked, for every title form', async () => {
  for (const [name, line] of Object.entries(FORMS)) {
    const r = await runCliInFolder({ '洪泽区2024.html.md': titled(line), '洪泽区2023.md': LAST }, ['check', '洪泽区2024.html.md', '--format', 'json']);
    assert.match(r.stderr, /上年度（2023 年度）报告：洪泽区2023\.md/, name);
    const carry = r.json.files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');
    assert.equal(carry.length, 2, name);
  }
  // And the other way round: the HTML copy is last year's report of a Markdown draft.
  const draft2024 = LAST.replaceAll('2023', '2024').replace('| 二、上年结转政府信息公开申请数量 | 0 |', '| 二、上年结转政府信息公开申请数量 | 3 |');
  const r = await runCliInFolder({ 'a2025.md': draft2024.replaceAll('2024', '2025'), 'b2024.html.md': PAGE }, ['check', 'a2025.md', '--format', 'json']);
  assert.match(r.stderr, /上年度（2024 年度）报告：b2024\.html\.md/);
});

test('brk139 #2: a wrong year in the HTML title is said to be the title\'s, as when the title is a plain line', () => {
  const mismatch = (text) => core.analyze(text, {}).findings.filter((x) => x.ruleId === 'year-mismatch').map((f) => [f.message, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]);
  const wrong = mismatch(titled(AS_PUBLISHED.replace('2024年', '2023年')));
  assert.equal(wrong.length, 1);
  assert.match(wrong[0][0], /标题/);
  assert.doesNotMatch(wrong[0][0], /引言/);
  assert.deepEqual(wrong, mismatch(titled(TITLE.replace('2024年', '2023年'))));
});
