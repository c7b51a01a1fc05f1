// breaker50 #10: Format Document re-padded the `|` rows of a pandoc grid table but not its `+---+` borders, so the
// columns no longer met the borders and pandoc could not read the table. A grid table's borders fix its column
// widths: its rows are left as written. Pipe tables beside it are still aligned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const GRID = [
  '+--------------------------+----------+----------+----------+',
  '| 信息内容                 | 本年制发 | 本年废止 | 现行有效 |',
  '|                          | 件数     | 件数     | 件数     |',
  '+==========================+==========+==========+==========+',
  '| 规章                     | 0        | 0        | 0        |',
  '+--------------------------+----------+----------+----------+',
  '| 行政规范性文件           | 3        | 1        | 25       |',
  '+--------------------------+----------+----------+----------+',
].join('\n');
const PIPE = '| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 1520 |';

test('a grid table is left as written; a pipe table after it is aligned', () => {
  const text = `第二十条第（一）项\n\n${GRID}\n\n第二十条第（五）项\n\n${PIPE}\n`;
  const edits = core.formatPipeTables(text);
  assert.ok(edits.length > 0, 'the pipe table is aligned');
  const gridLines = new Set(GRID.split('\n').map((_, k) => k + 2));
  assert.deepEqual(edits.filter((e) => gridLines.has(e.range.start.line)), []);
  // Also with a row's widths off (as typed): the borders stay the authority, nothing is re-padded.
  const uneven = text.replace('| 规章                     |', '| 规章 |');
  assert.deepEqual(core.formatPipeTables(uneven).filter((e) => gridLines.has(e.range.start.line)), []);
});
