// brk91 #7: what an HTML comment holds is not shown in a rendered report, yet a commented-out sentence was read as
// prose (prose-table errors, exit 1), a commented-out heading as a section (section-order warnings, an outline entry),
// and page-leftover, template-note and prose-sum fired inside comments. Tables in comments were already passed over.
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FIVE = '## 五、存在的主要问题及改进情况';
const OLD = ['<!--', '## 三、收到和处理政府信息公开申请情况', '旧稿：全年共收到政府信息公开申请99件，予以公开80件。', '行政复议5件。', '账号+密码登录', '（文字描述，收取信息处理费情况在此处报告。）', '全年主动公开政府信息100条，其中政策文件30条、工作动态60条、机构信息20条。', '-->'].join('\n');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('a commented-out block (old prose, a heading, a page leftover, a template note, a wrong sum) is not read', () => {
  const text = CORRECT.replace(FIVE, `${OLD}\n\n${FIVE}`);
  assert.deepEqual(ids(text), []);
  const report = core.parseReport(text);
  assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  // The same lines not commented out: each is read, as before.
  const shown = CORRECT.replace(FIVE, `${OLD.replace('<!--\n', '').replace('\n-->', '')}\n\n${FIVE}`);
  const found = ids(shown);
  for (const id of ['prose-table', 'section-order', 'page-leftover', 'template-note', 'prose-sum']) assert.ok(found.includes(id), `${id}: ${found}`);
});

test('a comment inside a sentence is not read; the sentence around it is', () => {
  const at = '政策解读的形式还不够丰富。';
  const text = CORRECT.replace(at, `${at}<!-- 待核：全年共收到政府信息公开申请99件 -->`);
  assert.deepEqual(ids(text), []);
  // The sentence after the comment is still prose: a wrong count in it is found.
  const wrong = CORRECT.replace(at, `${at}<!-- 注 -->全年共收到政府信息公开申请99件。`);
  assert.deepEqual(ids(wrong), ['prose-table']);
});

test('a comment never closed hides nothing (a stray <!-- would otherwise hide the rest of the report)', () => {
  const text = CORRECT.replace(FIVE, `<!-- 旧稿\n全年共收到政府信息公开申请99件。\n\n${FIVE}`);
  assert.ok(ids(text).includes('prose-table'));
});

test('the comment rules still read comments: a misspelt rule id in a suppression comment is said', () => {
  const text = CORRECT.replace(FIVE, `<!-- nianbao-disable-next-line row-lable -->\n${FIVE}`);
  assert.ok(ids(text).includes('disable-unknown-rule'));
});

test('a section heading commented out over lines is section-missing, whose fix inserts it above the comment (brk92 #2)', () => {
  const text = CORRECT.replace(`${FIVE}\n`, `<!--\n${FIVE}\n-->\n`);
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes(`${FIVE}\n\n<!--\n${FIVE}\n-->`), fixed.slice(fixed.indexOf('<!--') - 80, fixed.indexOf('-->') + 4));
  assert.deepEqual(ids(fixed), []);
});

test('a stack of thousands of comment lines outside a table is read once (brk92 #8: each line read the whole stack)', () => {
  // (Linear time is what npm run bench measures; here: every comment line is no text, and nothing is said.)
  const text = CORRECT.replace(FIVE, `${'<!-- 备注 -->\n'.repeat(5000)}\n${FIVE}`);
  assert.deepEqual(ids(text), []);
});

test('a comment never closed before the tables: table-missing says so, naming its line (brk92 #6: it blamed the tables\' layout)', () => {
  const at = '## 二、主动公开政府信息情况';
  const text = CORRECT.replace(at, `<!-- 以下为旧稿\n\n${at}`);
  const line = text.split('\n').indexOf('<!-- 以下为旧稿') + 1;
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 3);
  for (const f of missing) {
    assert.match(f.message, new RegExp(`第 ${line} 行的 HTML 注释“<!--”没有闭合（缺少“-->”）`));
    assert.equal(f.fix, undefined);
  }
  const [en] = core.analyze(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'table-missing');
  assert.match(en.message, new RegExp(`the HTML comment opened on line ${line} \\(“<!--”\\) is never closed`));
});
