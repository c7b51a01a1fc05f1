// `nianbao.locale: auto` follows VS Code's display language, which is English in a plain VS Code: the first places a
// clerk looks (README's editor section, docs/editor.md's install steps, the setting's own description) say how to get
// Chinese messages (breaker41 #6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.mjs';

const PACK = 'MS-CEINTL.vscode-language-pack-zh-hans';
/** The text of `file` from the heading `from` to the next heading of the same level. */
const section = (file, from) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const at = text.indexOf(`\n${from}\n`);
  assert.ok(at >= 0, `${file} has “${from}”`);
  const level = from.match(/^#+ /)[0];
  const next = text.indexOf(`\n${level}`, at + from.length + 2);
  return text.slice(at, next < 0 ? undefined : next);
};

test('README and docs/editor.md install sections say a plain VS Code gives English and how to get Chinese', () => {
  for (const [file, heading] of [['README.md', '## In the editor'], ['docs/editor.md', '## Install the extension']]) {
    const s = section(file, heading);
    assert.match(s, /"nianbao\.locale": "zh"/, file);
    assert.ok(s.includes(PACK), `${file} names the Chinese language pack`);
    assert.match(s, /English/, file);
  }
});

test('the nianbao.locale setting description, in both languages, names `zh` and the Chinese language pack', () => {
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const strings = JSON.parse(readFileSync(join(ROOT, nls), 'utf8'));
    assert.match(strings['config.locale'], /`zh`/, nls);
    assert.ok(strings['config.locale'].includes(PACK), nls);
    assert.match(strings['config.locale.auto'], /English|英文/, nls);
  }
});
