require('../dist/cli-ascii.js').main();
