// brk176 #3: report-same-year read the format id `pre2019` (the value of --report-format, a natural tag in a draft's
// name) in `人社局年报-pre2019.md` as the year 2019, beside the same 2016 report, and warned “文件名写的是 2019 年”;
// its message also called the 2016 text “上一年度报告” of a 2019 file and cited 〔2021〕30号's “内容雷同” for it.
// A year in a file name stands on its own; the copy message names the text's own year and cites 30号 only for a
// file meant for a year in that format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, ROOT } from '../helpers.mjs';

const Y2016 = readFileSync(join(ROOT, 'test/data/same-year/人社局2016年报.md'), 'utf8');
const Y2022 = readFileSync(join(ROOT, 'test/data/review/cross-year/某某县自然资源局2022年政府信息公开工作年度报告.txt'), 'utf8');

async function sameYearIn(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nb-same-word-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { stdout } = await runCli(['check', '--format', 'json', dir]);
    return JSON.parse(stdout).files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'report-same-year').map((d) => ({ file: f.path.split(/[\\/]/).pop(), ...d })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('`pre2019` (or another year glued to letters) in a file name is not a year: nothing said beside the same report', async () => {
  assert.deepEqual(await sameYearIn({
    '人社局2016年报.md': Y2016,
    '人社局年报-pre2019.md': Y2016,
    'pre2019-late.nianbao.md': Y2016.replace('2017年3月20日', '2017年5月20日'),
    '人社局2016年报_pre2019格式.md': Y2016,
  }), []);
});

test('a standalone year in a file name is still read: a 2016 report saved as 年报2017 is a copy, its message names 2016 and cites no 30号', async () => {
  const found = await sameYearIn({ '人社局2016年报.md': Y2016, '人社局年报_2017.md': Y2016 });
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].file, '人社局年报_2017.md');
  assert.match(found[0].message, /文件名写的是 2017 年，而本报告全文是 2016 年度的/);
  assert.match(found[0].message, /它仍是 2016 年度报告原样的文字，请按 2017 年度的实际情况重写/);
  assert.doesNotMatch(found[0].message, /30号|上一年度/);
});

test('a copy named for a year in the 30号 format still cites its “内容雷同”', async () => {
  const found = await sameYearIn({ '某某县自然资源局2022年政府信息公开工作年度报告.txt': Y2022, '年报2023.txt': Y2022 });
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /它仍是 2022 年度报告原样的文字（国办公开办函〔2021〕30号所说的“内容雷同”）/);
});
