// breaker89 #00b–d: a sentence wrapped by pdftotext inside a parenthesis (`…第二十条第（` / `三）项），…`, `…（检查结果见附件` /
// `）针对…`) left a line that starts like a heading whose ordinal lost a character; ordinal-malformed reported it and its
// fix wrote `（三）项），…` or an invented `（六）` into the sentence. A line that goes on with the sentence of the line
// above (a parenthesis left open there, or a comma at its end) is prose: no finding and no fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const malformed = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'ordinal-malformed');
const huaian = corpusText('peers/govnianbao_huaian-city_2024.txt');
const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('ordinal-malformed: a pdftotext line wrapped inside a parenthesis is no heading; the fix leaves the words alone (breaker89 #00b–d)', () => {
  const cases = [
    [huaian, '按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，', '按季度开展政务新媒体专项检查（依据《条例》第二十条第（\n三）项），针对突出问题和日常共性问题，'],
    [huaian, '按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，', '按季度开展政务新媒体专项检查（检查结果见附件\n）针对突出问题和日常共性问题，'],
    [correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，按照《条例》第二十条第（\n三）项规定，组织业务培训2次、参训48人次。'],
    // A comma at the end of the line above: the sentence goes on.
    [correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，\n三）是组织业务培训2次、参训48人次。'],
  ];
  for (const [base, from, to] of cases) {
    const text = edit(base, from, to);
    assert.deepEqual(malformed(text), [], to);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(to), to);
  }
  headingsStillFound();
});

/** A heading that lost a character after a finished sentence or a heading is still found and fixed. */
function headingsStillFound() {
  // The example's 一 has （一）…（五）; a sixth sub-heading that lost its opening parenthesis after the last paragraph.
  const text = edit(correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。\n\n六）加强队伍建设\n\n组织业务培训。');
  const found = malformed(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].fix.edits[0].newText, '（六）');
  // Right below a line ending with 。 (no blank line between).
  const close = edit(correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。\n六）加强队伍建设');
  assert.equal(malformed(close).length, 1);
}
