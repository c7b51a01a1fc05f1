// SARIF names the encoding of the reports it points into (breaker31 #7): regions and fixes are counted in UTF-16
// units of the decoded text, so a file read as GB18030 or UTF-16 is a `run.artifacts` entry with its `encoding`
// (and its locations name it by `index`); UTF-8 files are the run's `defaultEncoding`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, ROOT } from '../helpers.mjs';

const ERRORS_2024 = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

function validSarif(log) {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas/sarif-schema-2.1.0.json'), 'utf8')));
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
}

test('sarif: a GB18030 and a UTF-16 report are artifacts with their encoding; a UTF-8 one is the default encoding', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-sarif-enc-'));
  writeFileSync(join(dir, 'utf8.md'), ERRORS_2024);
  writeFileSync(join(dir, 'gb.md'), iconv.encode(ERRORS_2024, 'gb18030'));
  writeFileSync(join(dir, 'u16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ERRORS_2024, 'utf16le')]));
  const r = await runCli(['check', '--format', 'sarif', 'utf8.md', 'gb.md', 'u16.md'], { cwd: dir });
  const log = JSON.parse(r.stdout);
  validSarif(log);
  const run = log.runs[0];
  assert.equal(run.defaultEncoding, 'UTF-8');
  assert.deepEqual(run.artifacts.map((a) => [a.location.uri, a.encoding]), [['gb.md', 'GB18030'], ['u16.md', 'UTF-16']]);
  const byFile = (uri) => run.results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri === uri);
  const utf8 = byFile('utf8.md'), gb = byFile('gb.md'), u16 = byFile('u16.md');
  assert.ok(utf8.length > 0 && utf8.some((x) => x.fixes), 'the example has fixable findings');
  // The UTF-8 file needs no artifact; the others' locations (results, related, fixes) name theirs by index.
  for (const x of utf8) assert.equal(x.locations[0].physicalLocation.artifactLocation.index, undefined);
  for (const [list, i] of [[gb, 0], [u16, 1]]) {
    assert.equal(list.length, utf8.length, 'the same findings in every encoding');
    for (const x of list) {
      assert.equal(x.locations[0].physicalLocation.artifactLocation.index, i);
      for (const rel of x.relatedLocations ?? []) assert.equal(rel.physicalLocation.artifactLocation.index, i);
      for (const fx of x.fixes ?? []) assert.equal(fx.artifactChanges[0].artifactLocation.index, i);
    }
    // Regions are of the decoded text: the same as the UTF-8 file's.
    assert.deepEqual(list.map((x) => x.locations[0].physicalLocation.region), utf8.map((x) => x.locations[0].physicalLocation.region));
  }
});
