// Hover, outline and completion as a standalone client sees them: a total's hover says what the diagnostics say
// (not another cell to blame); every document symbol lies inside its parent; hover ranges contain the position;
// section titles are offered where a heading is being typed only.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const lines = ERRORS_2024.split('\n');

describe('hover on a total', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('表三 结转下年度 total: the balance as it stands and the diagnostic quoted, no other cell blamed', async () => {
    const uri = 'file:///tmp/nianbao-ho/errors-2024.nianbao.md';
    const ds = await s.openAndWait(uri, ERRORS_2024);
    const balance = ds.find((d) => d.code === 'sum-balance');
    assert.ok(balance);
    const line = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].lastIndexOf('1') } });
    const v = h.contents.value;
    // The diagnostic blames （七）总计 (48 → 47); the hover must not say this cell should be 0.
    assert.doesNotMatch(v, /应为 \*\*0\*\*/);
    assert.match(v, /T3-A.*本格所在一边为 \*\*49\*\*，另一边为 \*\*48\*\*，不成立，相差 \+1/);
    assert.ok(v.includes(balance.message), v);
  });
});
