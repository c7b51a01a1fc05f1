// extensionTestsPath module (bundled by esbuild.mjs to dist/test/editor/index.js): runs inside the real
// extension host (code-server via test/editor/run-cs.mjs, or VS Code via @vscode/test-electron) and loads Mocha
// from the project's node_modules. The test files are bundled in and registered after Mocha's globals exist.
/// <reference types="mocha" />

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('mocha');
  const Mocha = mod.default ?? mod.Mocha ?? mod;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.NIANBAO_GREP) mocha.grep(process.env.NIANBAO_GREP);
  // Define suite()/test() on the global object, then evaluate the (bundled) test modules.
  mocha.suite.emit('pre-require', globalThis, 'nianbao-editor-tests', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./extension.test');
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures: number) => {
        const stats = runner.stats ?? { passes: 0, failures };
        console.log(`[mocha] ${stats.passes} passed, ${stats.failures} failed`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
