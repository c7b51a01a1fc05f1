// breaker30 #19: `nianbao inspect` printed the template's label for a row written otherwise (`2.其它法律行政法规禁止公开`
// read as 2.其他…), so the user could not see what was read. Labels matched once normalised (其它 for 其他, `1、` for
// `1.`, half-width brackets) are shown as written after the template's label; 其它 stays the same label (no finding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

async function inspect(text, locale) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inspect-'));
  writeFileSync(join(dir, 'r.md'), text);
  return (await runCli(['inspect', 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: locale } })).stdout.split('\n');
}

test('inspect shows a label as written where it differs from the template\'s (其它, 1、, half-width brackets), and not where it does not', async () => {
  let text = edit(CORRECT, '| 2.其他法律行政法规禁止公开 ', '| 2.其它法律行政法规禁止公开 ');
  text = edit(text, '| 3.危及“三安全一稳定” ', '| 3、危及“三安全一稳定” ');
  text = edit(text, '| （一）予以公开 ', '| (一)予以公开   ');
  // The header's 其他 column written 其它.
  const header = text.split('\n').find((l) => l.includes('| 自然人 ') && l.includes('| 其他 '));
  text = edit(text, header, header.replace('| 其他 ', '| 其它 '));
  // Still the same labels: no finding about them (templates.md §0.1 accepts `1、`; 其它 is read as 其他).
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), core.analyze(CORRECT).findings.map((f) => f.ruleId));
  const zh = await inspect(text, 'zh-CN');
  assert.ok(zh.includes('    R3.3.2  2.其他法律行政法规禁止公开  [写作：2.其它法律行政法规禁止公开]'), zh.filter((l) => l.includes('R3.3')).join('\n'));
  assert.ok(zh.includes('    R3.3.3  3.危及“三安全一稳定”  [写作：3、危及“三安全一稳定”]'));
  assert.ok(zh.includes('    R3.1    （一）予以公开  [写作：(一)予以公开]'));
  assert.ok(zh.some((l) => /^ {4}列：.* · 法律服务机构 · 其他 \[写作：其它\] · 总计$/.test(l)), zh.filter((l) => l.includes('列：')).join('\n'));
  // Rows written as the template writes them are not marked.
  assert.ok(zh.includes('    R3.3.1  1.属于国家秘密'));
  const en = await inspect(text, 'en');
  assert.ok(en.includes('    R3.3.2  2.其他法律行政法规禁止公开  [written: 2.其它法律行政法规禁止公开]'));
  // The unedited example: no row or column is marked.
  assert.ok(!(await inspect(CORRECT, 'zh-CN')).some((l) => /\[写作/.test(l)));
});
