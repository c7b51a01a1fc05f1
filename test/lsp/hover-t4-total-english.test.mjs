// brk167 #3: in an English editor the hover on a 表四 total said “Total (维持 + 纠正 + 其他 + 尚未审结)”, the Chinese
// terms alone, where 表三's says “Column total (the sum of the result rows)”. It now says what the total sums in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

test('hover on a 表四 group total in English: the sum of upheld, corrected, other results and pending', async () => {
  const s = await session({ locale: 'en' });
  try {
    const uri = 'file:///tmp/nianbao-hover-t4/correct-2024.nianbao.md';
    await s.openAndWait(uri, CORRECT);
    const lines = CORRECT.split('\n');
    const line = lines.findIndex((l) => /^\| 2 +\| 0 +\| 1 +\| 0 +\| 3 /.test(l));
    assert.ok(line > 0);
    // The fifth cell of the row: 行政复议's 总计.
    const cells = [...lines[line].matchAll(/\|\s*(\d+)\s*/g)];
    const character = cells[4].index + cells[4][0].indexOf(cells[4][1]);
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const v = h.contents.value;
    assert.match(v, /Group total \(the sum of upheld, corrected, other results and pending: 结果维持 \+ 结果纠正 \+ 其他结果 \+ 尚未审结\)/, v);
    assert.doesNotMatch(v, /Total \(维持 \+ 纠正/);
  } finally {
    await s.srv.stop();
  }
});
