// brk152 #6 and #9: a kind of applicant said to be the most (`申请人以自然人为主，共41件`) in a sentence about the
// applications concluded (`占办结总数的87.2%`) may count that column's concluded ones, its （七）总计, as well as those
// received; a count followed by 申请中 is the whole the kind is the most of; and the count in brackets
// (`以自然人为主（共45件）`) is read as it is after a comma. Base: examples/correct-2024.nianbao.md, whose 表三 has
// 自然人 新收 40, 上年结转 2, （七）总计 41 (办结 47 in all): the testers' pt/r4.md, pt/r6.md and pt/bad4.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, proseTableOf, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const found = (sentence) => proseTableOf(afterT3(CORRECT, sentence));
const brief = (fs) => fs.map((f) => [f.actual, f.expected]);

test('brk152 #6: 以自然人为主，共41件 said of the applications concluded is the column\'s （七）总计 (41): silent', () => {
  assert.deepEqual(found('申请人以自然人为主，共41件，占办结总数的87.2%。'), []);
  assert.deepEqual(found('办结的申请中，申请人以自然人为主，共41件。'), []);
  assert.deepEqual(found('从答复情况看，申请人以自然人为主，达41件。'), []);
  // The count received stays a reading in such a sentence (40 new, 42 with the carried-over ones).
  assert.deepEqual(found('申请人以自然人为主，共40件，办结率100%。'), []);
  // A count that is none of them is still an error, its message naming the （七）总计 reading too.
  const [f, ...rest] = found('申请人以自然人为主，共45件，占办结总数的95.7%。');
  assert.deepEqual(rest, []);
  assert.equal(f.actual, 45);
  assert.match(f.message, /按“自然人列的办理结果总计”为 41/);
  // Without 办结/答复/办理 in the sentence the count is one received, as before (brk128 #10).
  assert.deepEqual(brief(found('申请人以自然人为主，共41件。')), [[41, 40]]);
});

test('brk152 #6: 共46件申请中 after 以自然人为主 is the whole, not the kind\'s count; the kind\'s own count is compared', () => {
  assert.deepEqual(found('申请以自然人为主，共46件申请中自然人申请40件。'), []);
  assert.deepEqual(brief(found('申请以自然人为主，共46件申请中自然人申请43件。')), [[43, 40]]);
});

test('brk152 #9: the count in brackets after 以自然人为主 is compared as after a comma', () => {
  assert.deepEqual(brief(found('申请人仍以自然人为主（共45件），法人或其他组织6件。')), [[45, 40]]);
  assert.deepEqual(brief(found('申请人仍以自然人为主（45件），法人或其他组织6件。')), [[45, 40]]);
  assert.deepEqual(found('申请人仍以自然人为主（共40件），法人或其他组织6件。'), []);
  const [f] = found('申请人仍以自然人为主（共45件），法人或其他组织6件。');
  assert.match(f.message, /^正文“自然人为主（共45件）”/);
  // A share in brackets is no count.
  assert.deepEqual(found('申请人仍以自然人为主（87.2%），法人或其他组织6件。'), []);
});
