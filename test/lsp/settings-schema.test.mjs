// Found in review: the warning about invalid settings came from a hand-written check beside the zod schema that
// reads the settings, and the two disagreed: `nianbao.workspace.maxFiles: 1e20` passed the check (a whole number
// above 0), while the schema (a safe integer) dropped it for the default in silence. The problems are now the
// schema's own issues, each with the setting, the value and what the schema expects, in the server's locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './client.mjs';

const warnings = (s) => s.srv.notifications.filter((m) => m.method === 'window/showMessage');

test('every value the settings schema refuses is named, with what it expects (English client)', async () => {
  const s = await session({ locale: 'en', initializationOptions: { settings: { workspace: { maxFiles: 1e20 }, trace: { server: 'verbose' } } } });
  try {
    const first = await s.srv.waitFor((m) => m.method === 'window/showMessage');
    assert.equal(first.params.message, 'nianbao: invalid settings, the defaults are used instead: nianbao.workspace.maxFiles: 100000000000000000000 is not valid, expected a whole number at most 9007199254740991.');
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { workspace: { maxFiles: 2.5, check: 'no' }, rules: { 'row-label': 'warn' }, autoDetect: true } } });
    const second = await s.srv.waitFor((m) => m.method === 'window/showMessage' && m !== first);
    assert.equal(second.params.message, 'nianbao: invalid settings, the defaults are used instead: nianbao.rules.row-label: "warn" is not valid, expected one of "default", "off", "error", "warning", "info", "hint"; nianbao.workspace.check: "no" is not valid, expected true or false; nianbao.workspace.maxFiles: 2.5 is not valid, expected a whole number.');
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { workspace: [], rules: 'all' } } });
    const third = await s.srv.waitFor((m) => m.method === 'window/showMessage' && m !== first && m !== second);
    assert.equal(third.params.message, 'nianbao: invalid settings, the defaults are used instead: nianbao.rules: "all" is not valid, expected an object from rule ids to levels; nianbao.workspace: [] is not valid, expected an object (check, maxFiles).');
    // Settings the schema accepts, with a key of the client's own (`trace`), say nothing.
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { workspace: { maxFiles: 10 }, trace: { server: 'off' } } } });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(warnings(s).length, 3);
  } finally { await s.srv.stop(); }
});

test('the same problems in Chinese', async () => {
  const s = await session({ initializationOptions: { settings: { workspace: { maxFiles: 1e20 }, crossYear: 1 } } });
  try {
    const first = await s.srv.waitFor((m) => m.method === 'window/showMessage');
    assert.equal(first.params.message, 'nianbao 设置有误，已改用默认值：nianbao.workspace.maxFiles：100000000000000000000 无效，应为不大于 9007199254740991 的整数；nianbao.crossYear：1 无效，应为 true 或 false。');
  } finally { await s.srv.stop(); }
});
