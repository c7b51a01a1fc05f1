// The language server's previous-tied note (breaker34 item 8): a pre-2019 report (no 表二 or 表三, so neither
// carry-over nor stock-flow can run) beside two copies of last year's report gets no note asking to move one away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session } from './client.mjs';

/** A report of `year` in the conventional (pre-2019) form: six parts of prose, no tables. */
const oldForm = (year) => `安和县人民政府${year}年政府信息公开工作年度报告

本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。

一、概述

${year}年，安和县人民政府认真贯彻落实《条例》，政府信息公开工作取得新进展。

二、主动公开政府信息情况

${year}年，共主动公开政府信息421条。

三、依申请公开政府信息情况

${year}年，共受理政府信息公开申请27件，已全部按期答复。

四、政府信息公开的收费及减免情况

${year}年，未收取政府信息公开检索、复制、邮寄等费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

${year}年，未发生因政府信息公开申请行政复议、提起行政诉讼的情况。

六、政府信息公开工作存在的主要问题及改进情况

一是信息更新不够及时。下一步，将加强督促检查。

安和县人民政府
${year + 1}年1月25日
`;

test('a pre-2019 report beside two copies of last year\'s: no previous-tied note', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-tied-old-lsp-'));
  fs.writeFileSync(path.join(dir, '安和县2017.txt'), oldForm(2017));
  fs.writeFileSync(path.join(dir, '安和县2017-副本.txt'), oldForm(2017));
  const s = await session();
  try {
    const d = await s.openAndWait(pathToFileURL(path.join(dir, '安和县2018.txt')).href, oldForm(2018), 'plaintext');
    assert.deepEqual(d.filter((x) => x.code === 'previous-tied'), [], d.map((x) => x.code).join(','));
  } finally {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
