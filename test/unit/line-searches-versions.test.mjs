// The model's searches of the whole text for code fences (```), the CJK stroke 丨 (tables written with it), HTML
// comments (<!--) and HTML tags run together on a line (<tr>…<tr>, </p><h2>…) look, for an edited version of a document (a language server's, read from its lines), only at
// the lines edited since the version before (text/line-diff.ts `linesHolding`). Typing, deleting or moving those
// markers anywhere must give the findings of the same text read afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, CORPUS, ROOT, editArbitrary, applyEdit } from '../helpers.mjs';

const plain = (fs) => JSON.parse(JSON.stringify(fs));
const lf = (t) => t.replace(/\r\n?/g, '\n');
const texts = [
  ...readdirSync(join(CORPUS, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => lf(readFileSync(join(CORPUS, 'seeds', f), 'utf8'))),
  lf(readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8')),
];
const BAR_ROW = '\n一、本年新收政府信息公开申请数量丨40丨3丨0丨0丨0丨0丨43\n';
const SNIPPETS = ['```', '\n```\n', '\n```text\n', '丨', BAR_ROW, '\n丨四、政府信息公开行政复议、行政诉讼情况丨\n', '<!--', '-->', '<!-- 旧稿 -->', '\n<!--\n', '\n-->\n', '7', '\n', '',
  '<tr><td>（一）予以公开</td><td>3</td></tr><tr><td>（二）部分公开</td><td>1</td></tr>', '</p><h2>二、主动公开政府信息情况</h2><p>', '<table>', '</table>', '<'];

/** Reads `lines` as the version after `prev`, as the language server does, and checks it. */
function nextVersion(lines, prev) {
  const report = core.parseReport(core.LineIndex.fromLines(lines), { previous: prev });
  core.forgetPrevious(prev);
  core.followOn(report, prev);
  return report;
}

test('property: fences, 丨 and comments typed or deleted anywhere give, version after version, the findings of a fresh read', () => {
  let versions = 0, marked = 0;
  fc.assert(fc.property(fc.nat(texts.length - 1), fc.array(fc.array(editArbitrary(fc, SNIPPETS), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (which, steps) => {
    let text = texts[which];
    let prev = core.parseReport(core.LineIndex.fromLines(text.split('\n'), text), { previous: null });
    core.checkReport(prev, {});
    for (const edits of steps) {
      for (const e of edits) text = applyEdit(text, e);
      text = lf(text);
      const report = nextVersion(text.split('\n'), prev);
      assert.deepEqual(plain(core.checkReport(report, {})), plain(core.checkReport(core.parseReport(text), {})));
      if (/```|丨|<!--|<tr>|<h2>/.test(text)) marked++;
      prev = report;
      versions++;
    }
  }), { numRuns: 120 });
  assert.ok(versions > 120 && marked > 60, `${versions} versions, ${marked} with a marker`);
});

test('a fence closed, a bar table and a comment each made and unmade by one-line edits: read as a fresh read does', () => {
  const base = texts[texts.length - 1].split('\n');
  const at = base.findIndex((l) => l.startsWith('| （一）予以公开'));
  assert.ok(at > 0);
  const states = [
    base,
    [...base.slice(0, 3), '```', ...base.slice(3, 8), '```', ...base.slice(8)],
    [...base.slice(0, 3), '```', ...base.slice(3, 8), '``', ...base.slice(8)],
    [...base.slice(0, at), base[at].replaceAll('|', '丨'), ...base.slice(at + 1)],
    [...base.slice(0, at), '<!--', base[at], '-->', ...base.slice(at + 1)],
    [...base.slice(0, at), '<!--', base[at], '--', ...base.slice(at + 1)],
    base,
  ];
  let prev = core.parseReport(core.LineIndex.fromLines(base), { previous: null });
  core.checkReport(prev, {});
  const seen = new Set();
  for (const lines of [...states, ...states.slice().reverse()]) {
    const report = nextVersion(lines, prev);
    const found = plain(core.checkReport(report, {}));
    assert.deepEqual(found, plain(core.checkReport(core.parseReport(lines.join('\n')), {})));
    seen.add(JSON.stringify(found.map((f) => f.ruleId).sort()));
    prev = report;
  }
  // The states are read differently (the edits matter to the findings), not all alike.
  assert.ok(seen.size >= 3, [...seen].join('\n'));
});
