// date-late: a 国务院组成部门 named `…部` (教育部, 生态环境部, 财政部) is a 县级以上人民政府部门, due by 1月31日 from the
// 2019 reports on (templates.md §1, 条例第四十九条), as 国家统计局 or 海关总署 are; its late report was passed (brk134 #4).
// A party committee's `…部` (市委组织部, 中央宣传部), a 人民武装部 or a body of a street office or a township is no such
// department: 3月31日 still. Base: examples/correct-2024.nianbao.md (某某市某某局, signed 2025年1月20日).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const signed = (date, agency) => edit(edit(CORRECT, '某某市某某局\n2025年1月20日', `${agency}\n${date}`), '# 某某市某某局2024年', `# ${agency}2024年`);
const late = (text) => only(text, 'date-late').found;

test('a State Council ministry named …部 has the departments\' 1月31日 deadline', () => {
  for (const agency of ['教育部', '生态环境部', '财政部', '中华人民共和国财政部', '住房和城乡建设部', '农业农村部', '退役军人事务部', '人力资源和社会保障部', '国家统计局', '海关总署']) {
    assert.deepEqual(late(signed('2025年1月31日', agency)), [], agency);
    const [f, ...rest] = late(signed('2025年3月20日', agency));
    assert.ok(f, agency);
    assert.deepEqual(rest, [], agency);
    assert.match(f.message, /落款日期“2025年3月20日”晚于发布期限：部门的 2024 年度报告应在 2025 年 1 月 31 日前发布/, agency);
  }
});

test('a party committee\'s, a military or a street office\'s …部 is not read as a government department: 3月31日', () => {
  for (const agency of ['某某市委组织部', '中共某某县委宣传部', '中央统战部', '某某县人民武装部', '某某街道社会事务部', '某某镇经济发展部', '某某高新区经济发展部']) {
    assert.deepEqual(late(signed('2025年3月20日', agency)), [], agency);
    const [f] = late(signed('2025年4月2日', agency));
    assert.ok(f, agency);
    assert.match(f.message, /2024 年度报告应在 2025 年 3 月 31 日前发布/, agency);
  }
});
