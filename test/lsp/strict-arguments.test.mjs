// The server's own requests and commands refuse a key their arguments do not have (brk87 #3d): zod's objects dropped
// it silently, so `{ uri, fromat: "2019" }` answered with the status as if nothing had been asked for, and
// newReport's `{ yaer: 2023 }` made last year's draft. Refused with InvalidParams naming the key; the shapes the
// VS Code client sends (client/src/extension.ts) are still accepted.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const refused = (key) => (e) => JSON.parse(e.message).code === -32602 && JSON.parse(e.message).message.includes(key);
const run = (s, command, args) => s.srv.request('workspace/executeCommand', { command, arguments: args });

describe('unknown keys in request and command arguments', () => {
  let s;
  const uri = 'file:///tmp/nianbao-brk87/strict.md';
  before(async () => {
    s = await session({ locale: 'en' });
    await s.openAndWait(uri, CORRECT_2024);
  });
  after(async () => { await s.srv.stop(); });

  test('nianbao/setOverride: a misspelled key is refused and changes nothing', async () => {
    await assert.rejects(s.srv.request('nianbao/setOverride', { uri, fromat: '2019' }), refused('unknown key: fromat'));
    assert.deepEqual((await s.srv.request('nianbao/getStatus', { uri })).override, {});
    // The client's shape: every key, null to detect.
    const set = await s.srv.request('nianbao/setOverride', { uri, format: '2021', year: 2024 });
    assert.deepEqual(set.override, { format: '2021', year: 2024 });
    assert.deepEqual((await s.srv.request('nianbao/setOverride', { uri, format: null, year: null })).override, {});
  });

  test('nianbao.server.newReport: a misspelled key is refused; the client\'s arguments make the draft', async () => {
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ yaer: 2023 }]), refused('unknown key: yaer'));
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2023, agency: '某某局', save: 'x.md' }]), refused('unknown key: save'));
    assert.match(await run(s, 'nianbao.server.newReport', [{ format: '2021', year: 2023, agency: '某某局' }]), /^# 某某局2023年政府信息公开工作年度报告/);
    assert.match(await run(s, 'nianbao.server.newReport', [{}]), /年政府信息公开工作年度报告/);
  });

  test('nianbao.server.newReport refuses an agency name the title cannot take, as nianbao new does (brk93 #5)', async () => {
    const agency = (reason) => (e) => {
      const err = JSON.parse(e.message);
      return err.code === -32602 && err.data?.field === 'agency' && err.message.includes(reason);
    };
    // (The draft was `# 某局2023年2024年政府信息公开工作年度报告`, and `# # 某局2024年…`; this session's locale is English.)
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2024, agency: '某局2023年' }]), agency('Write the agency\'s name without a year ("2023年"): the title\'s year is the report year chosen (2024). Write "某局"'));
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2024, agency: '某某市某某局2024年政府信息公开工作年度报告' }]), agency('Write "某某市某某局"'));
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2024, agency: '某局政府信息公开工作年度报告' }]), agency('without "政府信息公开工作年度报告": the title is written for you. Write "某局"'));
    for (const bad of ['A|B局', '# 某局', '<!-- x', '某局</h1>']) await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2024, agency: bad }]), agency('must be one line of text'), bad);
    // (Two lines are refused by the arguments' schema, as before.)
    await assert.rejects(run(s, 'nianbao.server.newReport', [{ year: 2024, agency: '某局\n二局' }]), refused('agency?: one line'));
    // A name as the CLI takes it still makes the draft; none at all is 某某单位.
    assert.match(await run(s, 'nianbao.server.newReport', [{ year: 2024, agency: '某某市第二人民医院' }]), /^# 某某市第二人民医院2024年政府信息公开工作年度报告/);
    assert.match(await run(s, 'nianbao.server.newReport', [{ year: 2024, agency: ' ' }]), /^# 某某单位2024年/);
  });

  test('nianbao/getStatus and nianbao.server.inspect: { uri } only (or inspect\'s URI alone); a malformed one is InvalidParams', async () => {
    await assert.rejects(s.srv.request('nianbao/getStatus', { uri, extra: 1 }), refused('unknown key: extra'));
    // null made the handler throw: an internal error, not InvalidParams.
    await assert.rejects(s.srv.request('nianbao/getStatus', null), refused('expects { uri }'));
    assert.equal((await s.srv.request('nianbao/getStatus', { uri })).format, '2021');
    assert.equal(await s.srv.request('nianbao/getStatus', { uri: 'file:///tmp/nianbao-brk87/not-open.md' }), null);
    await assert.rejects(run(s, 'nianbao.server.inspect', [{ uri, format: '2019' }]), refused('unknown key: format'));
    assert.match(await run(s, 'nianbao.server.inspect', [uri]), /表三/);
    assert.match(await run(s, 'nianbao.server.inspect', [{ uri }]), /表三/);
  });
});
