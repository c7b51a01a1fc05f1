// A 办结 after applications for something else (`受理行政许可申请1600件，办结1580件`): the 办结 counts those, not
// 表三's applications (helper-220 #14: an info said it differed from 表三's 47 and offered 47 "if it means all").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const withLine = (i, s) => example.split('\n').map((l, k) => (k === i ? s : l)).join('\n');
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table').map((f) => `${f.severity} ${f.message}`);

test('办结 after 行政许可申请, 补贴申请, 审批申请: not compared with 表三', () => {
  for (const s of [
    '全年通过门户网站主动公开政府信息312条。全年受理行政许可申请1600件，办结1580件，作出行政许可决定1520件。',
    '全年通过门户网站主动公开政府信息312条。全年受理补贴申请300件，已办结298件。',
    '全年通过门户网站主动公开政府信息312条。收到审批事项申请80件，办结80件。',
  ]) assert.deepEqual(proseTable(withLine(10, s)), [], s);
});

test('the applications for government information after them are compared as before', () => {
  const s = '全年受理行政许可申请1600件，办结1580件。全年新收政府信息公开申请46件，上年结转2件；办结48件。';
  assert.deepEqual(proseTable(withLine(14, s)).map((m) => m.slice(0, 40)), ['error 正文“办结48件”与表三不一致：表三的办理结果总计为 47，正文写 ']);
});

test('作出行政许可1600件 (without 决定) is 表二\'s 行政许可 decisions, as 作出行政许可决定 is (helper-220 #17)', () => {
  const said = (s) => proseTable(withLine(10, s)).map((m) => m.split('：')[0]);
  assert.deepEqual(said('全年通过门户网站主动公开政府信息312条。全年作出行政许可1600件。'), ['error 正文“行政许可1600件”与表二不一致']);
  assert.deepEqual(said('全年通过门户网站主动公开政府信息312条。全年作出行政许可1520件，作出行政处罚共86件。'), []);
  assert.deepEqual(said('全年通过门户网站主动公开政府信息312条。全年作出行政处罚90件。'), ['error 正文“行政处罚90件”与表二不一致']);
  // Not a count of decisions: 行政许可事项, 行政许可 without 作出 before it.
  assert.deepEqual(said('全年通过门户网站主动公开政府信息312条。全年办理行政许可事项1600件。'), []);
});
