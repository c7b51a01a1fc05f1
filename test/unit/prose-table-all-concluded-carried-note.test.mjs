// prose-table: "all concluded" (`全部按期办结`, `已全部办结`, `办结率100%`) about ALL the year's applications contradicts a
// nonzero 结转下年度继续办理 even when the sentence also mentions the carried-over ones (breaker39 #2): in a note after the
// count (`受理申请48件（含上年结转2件），全部按期办结`, `新收申请46件（另有上年结转2件），已全部办结`), as the year before the
// report year (`其中新收46件、2023年结转2件，办结率100%`: 2023年结转 is 上年结转, not another year's count), or in the
// sentence before (`…受理政府信息公开申请48件，其中…。截至12月31日，办结47件，办结率100%`). All were silent. One about
// last year's carried-over ones only stays silent, as do rates after a count of another body or thing.
// Input: breaker35-b1-2024.md (表三 新收 46, 上年结转 2, 办理结果总计 47, 结转下年度 1) with line 27 replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const B1 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker35-b1-2024.md'), 'utf8');
/** B1 with line 27 (its 表三 sentence) replaced by `line`. */
function input(line) {
  const lines = B1.split('\n');
  lines[26] = line;
  return lines.join('\n');
}

test('all concluded beside a mention of the carried-over applications contradicts 结转下年度 1: an error at the phrase, no fix', () => {
  for (const [line, phrase] of [
    ['全年共受理政府信息公开申请48件，其中新收46件、2023年结转2件，办结率100%。', '办结率100%'],
    ['全年共受理政府信息公开申请48件，其中新收46件、2023年结转2件。截至12月31日，办结47件，办结率100%。', '办结率100%'],
    ['2024年受理申请48件（含上年结转2件），全部按期办结。', '全部按期办结'],
    ['2024年受理申请48件（含上年结转2件），全部按期办结，办结率100%。', '全部按期办结'],
    ['2024年受理申请48件（含上年结转2件），办结率100%。', '办结率100%'],
    ['本年度新收申请46件（另有上年结转2件），已全部办结。', '已全部办结'],
    ['本年度共收到申请48件（含上年结转），全部办结。', '全部办结'],
  ]) {
    const text = input(line);
    const found = table(text);
    assert.deepEqual(found.map(brief), [[0, 1, 'R4', 'error', undefined]], line);
    const [f] = found;
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), phrase, line);
    assert.ok(f.message.includes(`正文“${phrase}”`) && f.message.includes('结转下年度继续办理为 1'), f.message);
  }
});

test('all concluded about last year\'s carried-over ones, or after a count of another body or thing, says nothing of 结转下年度', () => {
  for (const line of [
    '全年新收申请46件；上年结转2件，已全部办结。',
    '全年新收申请46件，上年结转的2件已全部办结。',
    '全年受理申请48件（含上年结转2件），办结47件，办结率97.9%。',
    // The count the note follows is of the year's applications; one of another body's is not.
    '县政府办公室收到政府信息公开申请12件。截至12月31日，办结12件，办结率100%。',
    '全年收到12345热线工单300件。办结300件，办结率100%。',
    '2023年受理政府信息公开申请40件。办结40件，办结率100%。',
    // A note that is not about the carried-over ones leaves the clause as it was.
    '全年新收申请46件（其中网上申请30件），均已按期答复，按时办结47件。',
  ]) assert.deepEqual(table(input(line)).filter((f) => f.data.quantity === 'R4').map(brief), [], line);
});

test('all concluded in a paragraph that also gives the count 转下一年度 (转 alone, as 上海市科委 2024 writes it): an info, not an error (brk104 #4)', () => {
  for (const line of [
    '全年收到政府信息公开申请46件，上年结转2件，所有申请均已按要求办理完成。所有办结的申请中同意公开答复24件，转下一年度办理答复的有1件。',
    '全年收到政府信息公开申请46件，上年结转2件，所有申请均已按要求办理完成。所有办结的申请中同意公开答复24件，转入下一年度办理的1件。',
    '全年收到政府信息公开申请46件，上年结转2件，所有申请均已按要求办理完成。所有办结的申请中同意公开答复24件，顺延至下一年度办理的1件。',
  ]) {
    const found = table(input(line));
    assert.deepEqual(found.map(brief), [[0, 1, 'R4', 'info', undefined]], line);
    assert.match(found[0].message, /正文自己也写了尚未办结（结转下年度）的数/);
  }
  // Without the count of what goes over, the clause says none is pending: the error.
  assert.deepEqual(table(input('全年收到政府信息公开申请46件，上年结转2件，所有申请均已按要求办理完成。')).map(brief), [[0, 1, 'R4', 'error', undefined]]);
});
