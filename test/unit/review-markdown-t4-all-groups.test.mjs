// --format markdown: the 表四 line of sum-review shows every group that adds up, not 行政复议's alone, so the two
// lawsuit groups do not look unchecked (brk147 #11). Base: examples/correct-2024.nianbao.md (表四 行政复议 3 = 2 + 0 +
// 1 + 0, 未经复议直接起诉 2 = 1 + 0 + 0 + 1, 复议后起诉 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('markdown summary: 表四 总计 = 维持 + 纠正 + 其他 + 尚未审结 names all three groups when they add up (zh and en)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-t4-groups-'));
  writeFileSync(join(dir, '2024.md'), CORRECT);
  const zh = (await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: dir })).stdout;
  assert.match(zh, /^\| 表四 \| 总计 = 维持 \+ 纠正 \+ 其他 \+ 尚未审结 \| ✅ \| 行政复议 3 = 2 \+ 0 \+ 1 \+ 0；未经复议直接起诉 2 = 1 \+ 0 \+ 0 \+ 1；复议后起诉 0 = 0 \+ 0 \+ 0 \+ 0 \|$/m);
  const en = (await runCli(['check', '--format', 'markdown', '--locale', 'en', '2024.md'], { cwd: dir })).stdout;
  assert.match(en, /行政复议 \(review\) 3 = 2 \+ 0 \+ 1 \+ 0; 直接起诉 \(direct suits\) 2 = 1 \+ 0 \+ 0 \+ 1; 复议后起诉 \(suits after review\) 0 = 0 \+ 0 \+ 0 \+ 0 \|$/m);
});
