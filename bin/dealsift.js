#!/bin/sh
":" //; exec node --max-semi-space-size=2 --no-regexp-tier-up --no-turbo-inlining "$0" "$@"
// The two lines above are for the shell: they start Node with three V8 options.
// --max-semi-space-size=2: a 4 MB young generation for the main thread instead of V8's 32 MB (in a
//   batch the main thread only reads inputs and writes lines, the pipeline runs in worker threads
//   with their own limits, and the larger young generation was 60 MB of a 400 MB peak for nothing).
// --no-regexp-tier-up: regular expressions compiled to machine code at their first use, without a
//   first stage in V8's interpreter: the pipeline's rules are large and each runs thousands of times,
//   so the interpreter stage only added a second compilation (about 150 ms per worker thread at its
//   start for the deal rules alone).
// --no-turbo-inlining: V8's optimizing compiler does not inline callees. Over the 1,950 benchmark
//   articles it spent 3.3 s compiling (on background threads that compete with the workers for the
//   cores), 1.7 s without inlining, with no loss of speed once warm (10,000 articles: same time).
// For JavaScript the two lines are a string and a comment. POSIX sh is used rather than `env -S`,
// which BusyBox (Alpine) and older coreutils lack; `exec` replaces the shell, so signals reach Node
// directly. `node bin/dealsift.js` works too, without the options.
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
