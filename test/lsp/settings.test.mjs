// Found by a fresh user: settings with a bad value or an unknown rule id were dropped in silence. The server now
// says so in one window/showMessage warning per distinct set of problems (in its locale), naming the setting, the
// value and what is accepted, and goes on with the defaults for the bad entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, shared } from './client.mjs';

const SEED001 = fs.readFileSync(path.join(shared, 'corpus/seeds/001_417062a3286660b0.txt'), 'utf8');
const BAD = { rules: { 'prose-table': 'bogus', nope: 'off' }, locale: 'xx' };
const warnings = (s) => s.srv.notifications.filter((m) => m.method === 'window/showMessage');

test('invalid settings from workspace/configuration: one warning in Chinese naming each, the defaults used, not repeated', async () => {
  const s = await session({ config: structuredClone(BAD) });
  try {
    const first = await s.srv.waitFor((m) => m.method === 'window/showMessage');
    assert.equal(first.params.type, 2, 'a warning');
    const text = first.params.message;
    assert.match(text, /^nianbao 设置有误，已改用默认值：/);
    assert.match(text, /nianbao\.rules\.prose-table："bogus" 无效，应为 "default", "off", "error", "warning", "info", "hint" 之一/);
    assert.match(text, /nianbao\.rules：没有 id 为 "nope" 的规则/);
    assert.match(text, /nianbao\.locale："xx" 无效，应为 "auto", "zh", "en" 之一/);
    // The bad entries take their defaults: prose-table stays an error, the messages follow the client (zh-cn).
    const d = await s.openAndWait('file:///tmp/nianbao-settings/seed001.md', SEED001);
    const pt = d.find((x) => x.code === 'prose-table');
    assert.ok(pt, d.map((x) => x.code).join(','));
    assert.equal(pt.severity, 1);
    assert.match(pt.message, /[\u4e00-\u9fff]/);
    // The same problems again (a configuration change that leaves them): no second message. A different set: one.
    s.srv.notify('workspace/didChangeConfiguration', { settings: null });
    s.srv.state.config = { ...structuredClone(BAD), rules: { 'row-lable': 'off' } };
    s.srv.notify('workspace/didChangeConfiguration', { settings: null });
    const second = await s.srv.waitFor((m) => m.method === 'window/showMessage' && m !== first);
    assert.match(second.params.message, /nianbao\.rules：没有 id 为 "row-lable" 的规则（是否是 "row-label"？）/);
    assert.equal(warnings(s).length, 2, warnings(s).map((m) => m.params.message).join('\n'));
    // Valid settings say nothing.
    s.srv.state.config = { rules: { 'prose-table': 'warning' } };
    s.srv.notify('workspace/didChangeConfiguration', { settings: null });
    await s.diagnostics('file:///tmp/nianbao-settings/seed001.md', 0, { where: (ds) => ds.some((x) => x.code === 'prose-table' && x.severity === 2) });
    assert.equal(warnings(s).length, 2);
  } finally { await s.srv.stop(); }
});

test('invalid settings pushed with didChangeConfiguration, English client: the warning is in English', async () => {
  const s = await session({ locale: 'en', initializationOptions: { settings: { workspace: { maxFiles: -3 } } } });
  try {
    const first = await s.srv.waitFor((m) => m.method === 'window/showMessage');
    assert.equal(first.params.message, 'nianbao: invalid settings, the defaults are used instead: nianbao.workspace.maxFiles: -3 is not valid, expected a positive whole number.');
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { crossYear: 'yes', rules: { 'sum-reviw': 'off' } } } });
    const second = await s.srv.waitFor((m) => m.method === 'window/showMessage' && m !== first);
    assert.equal(second.params.type, 2);
    assert.equal(second.params.message, 'nianbao: invalid settings, the defaults are used instead: nianbao.rules: no rule has the id "sum-reviw" (did you mean "sum-review"?); nianbao.crossYear: "yes" is not valid, expected true or false.');
  } finally { await s.srv.stop(); }
});

test('nianbao.rules.unused-disable-directive is a setting like a rule\'s: no warning, and a comment that suppresses nothing is reported at that level', async () => {
  const text = SEED001.replace(/^(.*\n)/, '$1<!-- nianbao-disable-next-line section-title -->\n');
  const uri = 'file:///tmp/nianbao-settings/unused.md';
  const s = await session({ config: { rules: { 'unused-disable-directive': 'warning' } } });
  try {
    await s.open(uri, text);
    // (The settings are pulled after `initialized`: the publication that has them.)
    const d = await s.diagnostics(uri, 0, { where: (ds) => ds.some((x) => x.code === 'unused-disable-directive') });
    const unused = d.filter((x) => x.code === 'unused-disable-directive');
    assert.equal(unused.length, 1, d.map((x) => x.code).join(','));
    assert.equal(unused[0].severity, 2);
    assert.equal(unused[0].range.start.line, 1);
    // Off (the default): none.
    s.srv.state.config = { rules: { 'unused-disable-directive': 'default' } };
    s.srv.notify('workspace/didChangeConfiguration', { settings: null });
    await s.diagnostics(uri, 0, { where: (ds) => !ds.some((x) => x.code === 'unused-disable-directive') });
    assert.equal(warnings(s).length, 0, warnings(s).map((m) => m.params.message).join('\n'));
  } finally { await s.srv.stop(); }
});
