// Found by a fresh user (breaker23 item 4): last year's report beside a report was not found, without a word, when
// the agency's name has a digit in it (`桐江市第7局`): an agency name was read only when all Chinese characters, so
// neither report had an agency and the cross-year rules did not run. Names with digits (`第7中学`) are names.
// Fixture: test/fixtures/crossyear/ (a 2023 and a 2024 report of 某某市某某局, the 2024 carry-over agreeing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const dir = join(ROOT, 'test', 'fixtures', 'crossyear');
const y2023 = readFileSync(join(dir, '某某局2023.md'), 'utf8');
const y2024 = readFileSync(join(dir, '某某局2024.md'), 'utf8');

// breaker25 item 5: the same ordinal in digits one year and in Chinese the next (`第2稽查局`, `第二稽查局`).
for (const [agency, lastYears] of [['某某市第7局'], ['某某市第７局'], ['某某市第七局'], ['某某市第2稽查局', '某某市第二稽查局'], ['某某市第十二分局', '某某市第12分局']]) {
  test(`last year's report of “${lastYears ?? agency}” is found beside this year's of “${agency}” and used by carry-over`, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nianbao-agency-'));
    writeFileSync(join(tmp, '2023.md'), y2023.replaceAll('某某市某某局', lastYears ?? agency));
    // This year's 上年结转 no longer agrees with last year's 结转下年度 (2 → 5 in the 自然人 and 总计 columns).
    const row = y2024.split('\n').find((l) => l.startsWith('| 二、上年结转政府信息公开申请数量'));
    assert.ok(row, 'the 上年结转 row');
    const changed = row.replace(/\| 2(\s+)\|/g, '| 5$1|');
    assert.notEqual(changed, row);
    writeFileSync(join(tmp, '2024.md'), y2024.replaceAll('某某市某某局', agency).replace(row, changed));
    const r = await runCli(['check', '--format', 'json', join(tmp, '2024.md')]);
    assert.match(r.stderr, /上年度（2023 年度）报告：.*2023\.md/);
    const found = JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');
    assert.ok(found.length >= 1, r.stdout);
    assert.ok(found.every((d) => d.severity === 'error'));
  });
}
