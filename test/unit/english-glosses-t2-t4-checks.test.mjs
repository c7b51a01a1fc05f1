// brk167 #3: the English of 表四's check (sum-review) and of the cross-year 表二 check (stock-flow) was the Chinese:
// “表四 per group: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结”, “现行有效 is 25, but last year's 20 + 制发 3 − 废止 1”, the hover
// “Total (维持 + 纠正 + 其他 + 尚未审结)”; sum-balance's one-liner left 新收, 上年结转 and 结转下年度 unglossed though its
// messages gloss them. Each term now has its English word with the report's term in brackets where it is first named,
// as 表三's messages do (new applications (新收)); README and the rule index say what 表二/表三/表四 are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, folderWith, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NORMATIVE = '| 行政规范性文件 | 3            | 1            | 25           |';
const T4_ROW = CORRECT.split('\n').find((l) => /^\| 2 +\| 0 +\| 1 +\| 0 +\| 3 +\|/.test(l));
const meta = (id) => core.RULES.find((r) => r.meta.id === id).meta;

/** Last year's report (2023) whose 行政规范性文件 in force are `inForce`, with this year's carried-over 2 as its 结转. */
function lastYear(inForce) {
  let t = CORRECT.replaceAll('2024年', '2023年').replace('2025年1月20日', '2024年1月20日');
  t = edit(t, NORMATIVE, NORMATIVE.replace('25           |', `${String(inForce).padEnd(13)}|`));
  return t;
}

test('the one-line descriptions of sum-review, sum-balance and stock-flow gloss their terms in English', () => {
  assert.ok(CORRECT.includes(NORMATIVE), 'the 行政规范性文件 row of the example');
  assert.equal(meta('sum-review').description.en, '表四 per group: the total (总计) ≠ upheld (结果维持) + corrected (结果纠正) + other results (其他结果) + pending (尚未审结)');
  assert.equal(meta('sum-balance').description.en, '表三 per column: new applications (新收) + carried over from last year (上年结转) ≠ the total (（七）总计) + carried over to next year (结转下年度)');
  assert.equal(meta('stock-flow').description.en, 'The count in force (现行有效件数) ≠ last year\'s count in force + issued this year (本年制发) − repealed this year (本年废止); in the 2019 format, the items at the end of last year (上一年项目数量) ≠ last year\'s report\'s + its change (本年增/减)');
  // The Chinese ones are the template's words, as before.
  assert.equal(meta('sum-review').description.zh, '表四每组：总计 ≠ 维持 + 纠正 + 其他 + 尚未审结');
});

test('stock-flow: the English message and its related places name in force, issued and repealed', () => {
  const cur = CORRECT;
  const previous = core.parseReport(lastYear(20));
  const [f] = core.analyze(cur, { locale: 'en', previous }).findings.filter((x) => x.ruleId === 'stock-flow');
  assert.ok(f);
  assert.equal(f.message, '表二 row “行政规范性文件”: the count in force (现行有效件数) is 25, but last year\'s count in force 20 + issued this year (本年制发) 3 − repealed this year (本年废止) 1 = 22 (difference +3). If documents were cleaned up or reclassified, say so in the text.');
  assert.deepEqual(f.related.map((r) => r.message), ['Last year\'s count in force (现行有效件数) 20', 'Issued this year (本年制发) 3', 'Repealed this year (本年废止) 1']);
  const [zh] = core.analyze(cur, { locale: 'zh', previous }).findings.filter((x) => x.ruleId === 'stock-flow');
  assert.match(zh.message, /^表二“行政规范性文件”现行有效件数为 25，但上一年度的 20 \+ 本年制发 3 − 本年废止 1 = 22，相差 \+3。/);
});

test('sum-review: the English message, related places and fix title gloss 总计 and the four results', () => {
  const text = edit(CORRECT, T4_ROW, T4_ROW.replace(/^(\| 2 +\| 0 +\| 1 +\| 0 +\| )3/, '$14'));
  assert.notEqual(text, CORRECT);
  const [f] = core.analyze(text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'sum-review');
  assert.match(f.message, /^表四 行政复议 \(administrative review\): the total \(总计\) should be 3 \(2 \+ 0 \+ 1 \+ 0\), is 4 \(difference \+1\)\./);
  assert.deepEqual(f.related.slice(0, 4).map((r) => r.message), ['Upheld (结果维持): 2', 'Corrected (结果纠正): 0', 'Other results (其他结果): 1', 'Pending (尚未审结): 0']);
  assert.equal(f.fix?.title.en, 'Set the total (总计) to 3');
});

test('the Markdown summary names the 表四 and 表二 checks in English words, and README says what 表二/表三/表四 are', async () => {
  const dir = folderWith({ '2023/r.md': lastYear(20), '2024/r.md': CORRECT });
  try {
    const md = (await runCli(['check', '--locale', 'en', '--format', 'markdown', '--previous', '2023/r.md', '2024/r.md'], { cwd: dir })).stdout;
    assert.match(md, /^\| 表四 \| total \(总计\) = upheld \(结果维持\) \+ corrected \(结果纠正\) \+ other results \(其他结果\) \+ pending \(尚未审结\) \| ✅ \|/m);
    assert.match(md, /^\| 表二 \| in force \(现行有效\) = last year's \+ issued this year \(本年制发\) − repealed this year \(本年废止\) \| ⚠️ \|/m);
    assert.doesNotMatch(md, /总计 = 维持|last year's \+ 制发/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /\*\*表二\*\* is Table 2,\s+proactive disclosure/);
  assert.match(readme, /\*\*表三\*\* is Table 3, applications/);
  assert.match(readme, /\*\*表四\*\* is Table 4, administrative review and litigation/);
  assert.match(readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8'), /\*\*表三\*\* is Table 3/);
});
