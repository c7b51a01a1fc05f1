// The English messages of every rule on every real report (corpus and examples): each one a sentence that starts
// with a capital letter, a quotation or a Chinese name (表三, “公开”, a template row label such as 1.属于国家秘密),
// and no quantity named by a bare verb after “its” (表三: its cannot be provided … / its refused … is 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { core, CORPUS, ROOT } from '../helpers.mjs';

const reports = [];
const walk = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(md|txt)$/.test(f) && f !== 'README.md') reports.push(p);
  }
};
walk(CORPUS);
walk(join(ROOT, 'examples'));

const STARTS = /^(?:[A-Z“"(（《[]|[\u3400-\u9fff]|\d+\.[\u3400-\u9fff])/;
const ITS_VERB = /\bits\s+(?:can|cannot|could|is|are|was|were|be|been|has|have|had|will|would|may|must|should|not|partly|refused|disclosed|processed|provided|concluded|filed|corrected|upheld|carried)\b/;

test('English messages, related messages and fix titles start as a sentence and name quantities as nouns (corpus and examples)', () => {
  assert.ok(reports.length >= 15, `${reports.length} reports`);
  const bad = [];
  let seen = 0;
  for (const file of reports) {
    for (const f of core.checkReport(core.parseReport(readFileSync(file, 'utf8')), { locale: 'en' })) {
      for (const m of [f.message, ...(f.related ?? []).map((r) => r.message), ...(f.fix ? [f.fix.title] : [])]) {
        seen++;
        if (!STARTS.test(m) || ITS_VERB.test(m)) bad.push(`${relative(join(ROOT, '..'), file)}: ${f.ruleId}: ${m.slice(0, 120)}`);
      }
    }
  }
  assert.ok(seen > 150, `${seen} messages`);
  assert.deepEqual(bad, []);
});

test('prose-table names 表三 quantities as nouns: seed 001 不予公开1件 against “applications refused (不予公开: sum of the sub-rows)”', () => {
  const text = readFileSync(join(CORPUS, 'seeds/001_417062a3286660b0.txt'), 'utf8');
  const f = core.checkReport(core.parseReport(text), { locale: 'en' }).filter((x) => x.ruleId === 'prose-table');
  assert.ok(f.some((x) => x.message.startsWith('The prose “不予公开1件” contradicts 表三: its figure for applications refused (不予公开: sum of the sub-rows) is 2 ')), f.map((x) => x.message).join('\n'));
});
