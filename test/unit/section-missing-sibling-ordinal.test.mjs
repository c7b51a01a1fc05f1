// breaker48 D: a 汇编 of `## 一、某局…年度报告` / `### （一）总体情况`…`（六）`, whose second report lacks （五）: the check is
// right (one section-missing), but `--fix` inserted `### 五、存在的主要问题及改进情况` between `### （四）…` and
// `### （六）…` (`五、` is the agencies' numbering there). The inserted heading is numbered as its sibling sections are.
// Base: examples/correct-2024.nianbao.md (0 findings), as the 汇编 of huibian-restyled-sections.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** The example's section 五 (heading and text) left out. */
const withoutFive = (text, heading) => {
  const from = text.indexOf(heading);
  const to = text.indexOf('\n#', from + 1);
  assert.ok(from > 0 && to > from, heading);
  return text.slice(0, from) + text.slice(to + 1);
};
/** The example as the `k`-th report of a 汇编: title `## 一、…报告`, sections `### （一）…`, sub-headings `#### （一）…`. */
const nested = (agency, k) => {
  const t = CORRECT.replaceAll('某某市某某局', agency).replace(/^### /gm, '#### ');
  return NUMERALS.reduce((x, n) => x.replace(`## ${n}、`, `### （${n}）`), t).replace(/^# (.*)$/m, `## ${NUMERALS[k]}、$1`);
};
const COVER = '# 某某市2024年政府信息公开工作年度报告汇编\n\n';
const FIVE = '存在的主要问题及改进情况';

/** The section-missing findings of `text` and the lines their fixes insert. */
const missing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing').map((f) => ({
  line: f.range.start.line + 1,
  inserted: f.fix?.edits.map((e) => e.newText.trim()),
  title: f.fix?.title.zh,
}));

test('a 汇编 whose second report lacks （五）: the fix inserts `### （五）存在的主要问题及改进情况`, and the fixed text has only its section-empty', () => {
  const text = COVER + [nested('某某市甲局', 0), withoutFive(nested('某某市乙局', 1), `### （五）${FIVE}`), nested('某某市丙局', 2)].join('\n\n');
  const found = missing(text);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].inserted, [`### （五）${FIVE}`]);
  assert.equal(found[0].title, `插入“（五）${FIVE}”`);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split(`### （五）${FIVE}`).length, 4, 'each report has its （五）');
  assert.ok(!fixed.includes(`五、${FIVE}`));
  const after = core.analyze(fixed).findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${fixed.split('\n')[f.range.start.line]}`);
  assert.deepEqual(after, [`section-empty ### （五）${FIVE}`]);
});

test('a single report renumbered （一）…（六） lacking （五）: the quick fix inserts `## （五）…`; --fix renumbers all to 一、…六、 as section-order asks', () => {
  const renumbered = NUMERALS.reduce((t, n) => t.replace(`## ${n}、`, `## （${n}）`), CORRECT);
  const text = withoutFive(renumbered, `## （五）${FIVE}`);
  assert.deepEqual(missing(text).map((f) => f.inserted), [[`## （五）${FIVE}`]]);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(fixed.split('\n').filter((l) => /^## /.test(l)).map((l) => l.slice(3, 5)), NUMERALS.map((n) => `${n}、`));
});

test('other forms of the siblings\' ordinals are followed too: `(五)` among `(四)`…, `5. ` among `4. `…; the template\'s `五、` stays', () => {
  const ascii = withoutFive(NUMERALS.reduce((t, n) => t.replace(`## ${n}、`, `## (${n})`), CORRECT), `## (五)${FIVE}`);
  assert.deepEqual(missing(ascii).map((f) => f.inserted), [[`## (五)${FIVE}`]]);
  const arabic = withoutFive(NUMERALS.reduce((t, n, i) => t.replace(`## ${n}、`, `## ${i + 1}. `), CORRECT), `## 5. ${FIVE}`);
  assert.deepEqual(missing(arabic).map((f) => f.inserted), [[`## 5. ${FIVE}`]]);
  const plain = withoutFive(CORRECT, `## 五、${FIVE}`);
  assert.deepEqual(missing(plain).map((f) => f.inserted), [[`## 五、${FIVE}`]]);
});
