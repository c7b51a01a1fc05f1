// breaker30 and breaker31 findings on prose-table (the claims of prose/anchors.ts).
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6,
// 结转下年度 1; 表四 all 0) and a 2023 report with 表四 filled in (inline below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

// ------------------------------------------------------- breaker31 #1: 按时/超期/当场 … 办结/答复 N件 is a part, not the total

test('breaker31 #1: a 办结/答复 qualified by how or when (按时, 超期, 当场, 网上 …) is a part: no finding, no fix', () => {
  for (const sentence of [
    '受理申请46件，超期办结2件。',
    '共受理政府信息公开申请48件，均在法定期限内答复，按时办结45件。',
    '受理申请46件，当场答复12件，延期答复3件，网上办结30件。',
    '全年受理申请46件，按时办结45件。',
    '本年共受理申请46件，按期办结45件。',
    '受理申请46件，提前办结40件，逾期办结1件。',
    '受理申请46件，限时办结20件，书面答复40件。',
    '受理申请46件，按时予以答复45件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('breaker31 #1: an unqualified 办结/答复 after 受理 is still the total and still fixed', () => {
  for (const sentence of ['受理申请46件，办结45件。', '受理申请46件，已办结45件。', '受理申请46件，依法答复45件。']) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
  }
});
