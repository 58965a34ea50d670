#!/usr/bin/env -S node --max-semi-space-size=2
// The flag gives the main thread a 4 MB young generation instead of V8's 32 MB: in a batch it only
// reads inputs and writes lines (the pipeline runs in worker threads with their own limits), and
// the larger young generation was 60 MB of a 400 MB peak for nothing. `node bin/dealsift.js` works
// too, without the flag.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`dealsift: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
