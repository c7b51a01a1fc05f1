// prose-table: the prose says all the year's applications were concluded while 表三 carries some over to next year
// (found by breaker37): a 100% 办结率/答复率, an "all concluded" clause with a manner or time between 全部/均 and the verb,
// and 无结转下年度的申请. Each is an error against 结转下年度继续办理, without a fix (there is no number to replace).
// The inputs are the breaker's (test/fixtures/reports/breaker37-*.tsv: name, base, line), written as its run.sh does:
// B1 = breaker35-b1-2024.md line 27 (表三 新收 46, 上年结转 2, 办理结果总计 47, 结转下年度 1), B2 = breaker35-b2-2023.md
// line 15 (新收 37, 上年结转 4, 总计 37, 结转下年度 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, proseBrief as brief, proseTableOf as table, ROOT, proseInput } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const input = proseInput;
/** The breaker's rows of `file` by name (`m04`): `{ text, line }`. */
const rows = (file) => new Map(readFileSync(join(R, file), 'utf8').split('\n').filter(Boolean).map((row) => {
  const [name, base, line] = row.split('\t');
  return [name.replace(/-20\d\d\.md$/, ''), { text: input(base, line), line }];
}));
const WRONG = rows('breaker37-wrong.tsv');
const PROBES = rows('breaker37-probes.tsv');
const get = (name) => WRONG.get(name) ?? PROBES.get(name);

/** The one prose-table finding of `name` (asserting there is one), briefly and with its message. */
function one(name) {
  const { text, line } = get(name);
  const found = table(text);
  assert.equal(found.length, 1, `${name} ${line}: ${found.map((f) => f.message).join(' | ')}`);
  return found[0];
}

test('breaker37 #1: a 100% 办结率 or 答复率 of the year\'s applications contradicts a nonzero 结转下年度继续办理: an error, no fix', () => {
  for (const [name, r4, phrase] of [['m04', 1, '办结率100%'], ['k05', 1, '办结率为100%'], ['k06', 1, '申请办结率达100%'], ['m27', 4, '办结率100%']]) {
    const f = one(name);
    assert.deepEqual(brief(f), [0, r4, 'R4', 'error', undefined], name);
    assert.ok(f.message.includes(`正文“${phrase}”说申请的办结率为 100%`) && f.message.includes(`结转下年度继续办理为 ${r4}：还有 ${r4} 件未办结`), f.message);
  }
  // After a count of those concluded too (47 of 48 is 97.9%), and beside a wrong total, which is fixed as before.
  assert.deepEqual(table(get('m16').text).map(brief), [[0, 1, 'R4', 'error', undefined]]);
  assert.deepEqual(table(get('m36').text).map(brief), [[45, 47, 'R3.7', 'error', '47'], [0, 1, 'R4', 'error', undefined]]);
  // The fix of 45 leaves the rate's finding: the rate is still wrong.
  assert.deepEqual(table(core.fixAll(get('m36').text).text).map(brief), [[0, 1, 'R4', 'error', undefined]]);
  // English too.
  const en = core.checkReport(core.parseReport(get('m04').text), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
  assert.ok(en.message.includes('says 100% of the applications were concluded') && en.message.includes('1 are not concluded yet'), en.message);
  // A rate that names the applications needs no count before it.
  assert.deepEqual(table(input('B1', '政府信息公开申请办结率100%。')).map(brief), [[0, 1, 'R4', 'error', undefined]]);
});

test('breaker37 #1: a rate of a part, of another thing, or below 100% is not read as all concluded', () => {
  for (const line of [
    // The one pending may still be on time.
    '全年共受理政府信息公开申请46件，按时办结率100%。',
    '全年受理申请46件，按期答复率100%。',
    // A 答复率 is of the applications answered among those due: a carried-over one may be within its time (brk146 #2).
    '全年受理申请46件，答复率100%。',
    '全年依申请公开答复率达100%，未发生超期答复情况。',
    // One channel's applications.
    '全年受理申请46件，其中网上申请30件，办结率100%。',
    // Another subject.
    '12345热线全年受理群众诉求3000件，办结率100%。',
    '全年受理申请46件，满意率100%。',
    '全年受理申请46件，办结47件，办结率97.9%。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
});

test('breaker37 #2: 全部/均已 with a manner or time before the verb (在法定期限内, 按法定程序) still says all were concluded', () => {
  for (const [name, phrase] of [['m34', '全部在法定期限内办结'], ['k10', '全部在法定期限内办结'], ['k02', '均已在法定期限内办结'], ['m15', '已按法定程序全部答复完毕']]) {
    const f = one(name);
    assert.deepEqual(brief(f), [0, 1, 'R4', 'error', undefined], name);
    assert.ok(f.message.includes(`正文“${phrase}”说本年的申请已全部办结`), f.message);
  }
  for (const line of ['全年受理申请46件，均已严格按照条例规定办结。', '全年受理申请46件，全部经审查后依法答复。', '全年受理申请46件，已依法全部予以答复。']) {
    assert.deepEqual(table(input('B1', line)).map(brief), [[0, 1, 'R4', 'error', undefined]], line);
  }
  // The wordings caught before still are.
  for (const name of ['m05', 'm14', 'm22', 'm26', 'm31', 'k01', 'k03', 'k04', 'k07', 'k08']) assert.equal(brief(one(name))[2], 'R4', name);
});

test('breaker37 #2: what is not yet done, last year\'s applications, or how the ones concluded were is not read as all concluded', () => {
  for (const line of [
    '全年受理申请46件，均将在法定期限内答复。',
    '全年受理申请46件，全部尚未办结。',
    '全年受理申请46件，均需在法定期限内答复。',
    '上年结转的2件申请，均已在法定期限内办结。',
    // A manner, then counts of some of those concluded by how or when: it says how the ones concluded were.
    '全年受理申请46件，均在法定期限内答复，按时办结45件。',
    '全年受理申请46件，全部依法依规答复，其中及时答复45件。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
  // (Not before a total, which is compared as before.)
  assert.deepEqual(table(input('B1', '全年受理申请46件，全部按期办结，共办结45件。')).map(brief), [[0, 1, 'R4', 'error', undefined], [45, 47, 'R3.7', 'error', '47']]);
});

test('breaker37 #3: 无结转下年度的申请 contradicts a nonzero 结转下年度继续办理: an error, no fix', () => {
  for (const [name, phrase] of [['m30', '无结转下年度的申请'], ['k09', '没有结转下年度继续办理的申请']]) {
    const f = one(name);
    assert.deepEqual(brief(f), [0, 1, 'R4', 'error', undefined], name);
    assert.ok(f.message.includes(`正文“${phrase}”说没有，而表三的结转下年度继续办理为 1`), f.message);
  }
  assert.deepEqual(table(input('B1', '全年受理申请46件，无需结转下年度办理。')).map(brief), [[0, 1, 'R4', 'error', undefined]]);
  // Last year's carried-over ones are another quantity (上年结转 2 here): not this one.
  assert.deepEqual(table(input('B1', '全年受理申请46件，无上年结转申请。')).map(brief), [[0, 2, 'R2', 'error', undefined]]);
});

test('breaker37: every real mistake of the breaker is an error (m33, 按时办结率100%, is arguable and silent)', () => {
  for (const [name, { text, line }] of [...WRONG, ...PROBES]) {
    const errors = table(text).filter((f) => f.severity === 'error');
    if (name === 'm33') assert.deepEqual(errors, [], line);
    else assert.ok(errors.length > 0, `${name} ${line}`);
  }
});

// brk93 #2: `受理公租房申请120件，均已办结` (another kind of application, in a section about other work) was read as all
// of 表三's applications concluded: an error against its 结转下年度 of 1. What stands between 受理 and 申请 must name
// government information, or who applied and how, for the count to be 表三's.
test('brk93 #2: all of another kind of application concluded says nothing of 表三; the year\'s applications still do', () => {
  for (const sentence of ['受理公租房申请120件，均已办结。', '受理档案查阅申请12件，全部办结。', '受理营业执照申请1200件，均已办结。', '共收到咨询申请20件，全部办结。', '受理职称评审申请56件，已全部办结。', '受理人大代表建议和政协提案申请12件，全部办结。', '受理各类申请12件，全部办结。', '受理企业开办申请300件，办结率100%。']) {
    assert.deepEqual(table(input('B1', sentence)).map(brief), [], sentence);
  }
  for (const sentence of ['全年受理申请46件，已全部办结。', '本年度受理依申请公开申请46件，均已办结。', '收到书面申请46件，均已办结。', '全年受理申请46件，办结率100%。']) {
    assert.deepEqual(table(input('B1', sentence)).map(brief), [[0, 1, 'R4', 'error', undefined]], sentence);
  }
});
