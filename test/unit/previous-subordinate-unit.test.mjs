// brk89 #2: last year's report of a unit under the agency, in the same folder (`淮安市财政局国库支付中心2023年报告.md`
// beside `淮安市财政局2024年报告.md`), was taken as the agency's own last-year report: two carry-over errors and a
// stock-flow warning on a correct report; a --previous naming it was used too. A 中心, 所, 站, 队, 院, 办公室 under a
// body publishes its own report: its name, the body's with a unit's name added, is another agency's (as
// `…公安局清江浦分局` and `…公安局交通警察支队` were already). The agency's own last year, and a short name of the
// agency's (`县政府办` for `县人民政府办公室`, `发改委` for `发展和改革委员会`), are still taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliInFolder, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/review/cross-year');
/** The 2022 report carries 3 (自然人) and 4 (总计) into 2023, whose 上年结转 says 2 and 3: two carry-over errors. */
const Y2022 = readFileSync(join(DIR, '某某县自然资源局2022年政府信息公开工作年度报告.txt'), 'utf8');
const Y2023 = readFileSync(join(DIR, '某某县自然资源局2023年政府信息公开工作年度报告.txt'), 'utf8');
const AGENCY = '某某县自然资源局';

const inFolder = runCliInFolder;
const carryOver = (json) => json.files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');

test('last year\'s report of a unit under the agency (中心, 服务中心, 所, 站, 队, 院, 办公室) beside it is not taken; the agency\'s own is', async () => {
  const own = await inFolder({ 'a2022.txt': Y2022, 'b2023.txt': Y2023 }, ['check', 'b2023.txt', '--format', 'json']);
  assert.equal(carryOver(own.json).length, 2, own.stderr);
  for (const unit of ['国库支付中心', '机关服务中心', '不动产登记中心', '测绘所', '林业工作站', '执法大队', '规划设计研究院', '办公室']) {
    const name = `${AGENCY}${unit}`;
    const r = await inFolder({ 'a2022.txt': Y2022.replaceAll(AGENCY, name), 'b2023.txt': Y2023 }, ['check', 'b2023.txt', '--format', 'json']);
    assert.equal(carryOver(r.json).length, 0, `${unit}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /上年度（2022 年度）报告/, unit);
    // Named with --previous: not used, with the note saying whose report it is (the lookup beside finds none either).
    const p = await inFolder({ 'a2022.txt': Y2022.replaceAll(AGENCY, name), 'b2023.txt': Y2023 }, ['check', 'b2023.txt', '--previous', 'a2022.txt', '--format', 'json']);
    assert.equal(carryOver(p.json).length, 0, unit);
    assert.match(p.stderr, new RegExp(`是“${name}”的报告，而不是“${AGENCY}”的：不用于这份报告，改为照常查找它的上年度报告`), `${unit}: ${p.stderr}`);
  }
});

test('a short name of the same body is still the same agency (the rest of 委员会, 办公室 cut is no unit)', async () => {
  for (const [now, last] of [['某某县发展和改革委员会', '某某县发改委'], ['某某县卫生健康委员会', '某某县卫健委'], ['某某县人民政府办公室', '某某县政府办']]) {
    const r = await inFolder({ 'a2022.txt': Y2022.replaceAll(AGENCY, last), 'b2023.txt': Y2023.replaceAll(AGENCY, now) }, ['check', 'b2023.txt', '--format', 'json']);
    assert.equal(carryOver(r.json).length, 2, `${now} / ${last}: ${r.stderr}`);
  }
});
