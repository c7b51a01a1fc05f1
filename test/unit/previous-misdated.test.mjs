// brk166 #4: a file of the agency titled last year (2022) whose statistics period and the rest of its text say the
// year before (2021; the 2021 report with only its title changed) was not named for this year's (2023) report, which
// said "未找到同一机关的 2022 年度报告", though the README promises that a file whose title, introduction and statistics
// period name different years is named with those years, "so that it is not mistaken for no report at all".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/review/cross-year');
const Y2022 = '某某县自然资源局2022年政府信息公开工作年度报告.txt';
const Y2023 = '某某县自然资源局2023年政府信息公开工作年度报告.txt';

test('a file of the agency titled last year whose text is of the year before is named with its years, not "not found" (brk166 #4)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-misdated-'));
  try {
    writeFileSync(join(dir, Y2023), readFileSync(join(DIR, Y2023), 'utf8'));
    // The 2021 report (every year of its text one less) under the title of 2022.
    const lines = readFileSync(join(DIR, Y2022), 'utf8').split('\n');
    const older = [lines[0], ...lines.slice(1).map((l) => l.replaceAll('2022', '2021').replaceAll('2023', '2022'))].join('\n');
    writeFileSync(join(dir, '年报2022.txt'), older);
    const { stdout, stderr } = await runCli(['check', '--format', 'markdown', join(dir, Y2023)]);
    assert.doesNotMatch(stdout + stderr, /未找到同一机关的 2022 年度报告/);
    assert.match(stderr, /年报2022\.txt 是同一机关的 2022 年度报告，但其年份互相矛盾（标题为 2022 年，统计期限为 2021 年）：未用作上年度报告/);
    assert.match(stdout, /\| 表三 \| 上年结转 = 上年报告的结转下年度 \| ⚪ \| 同一文件夹中的 \S*年报2022\.txt 是同一机关的 2022 年度报告，但其年份互相矛盾（标题为 2022 年，统计期限为 2021 年）/);
    // With the real 2022 report beside them, that one is used and compared with.
    writeFileSync(join(dir, Y2022), readFileSync(join(DIR, Y2022), 'utf8'));
    const { stdout: after } = await runCli(['check', '--format', 'markdown', join(dir, Y2023)]);
    assert.match(after, /上年结转 = 上年报告的结转下年度 \| (✅|❌)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
