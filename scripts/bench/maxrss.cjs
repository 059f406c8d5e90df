// Preloaded with `node --require` by the benchmark: reports the process' peak resident set size (KB) on exit.
'use strict';
process.on('exit', () => { process.stderr.write(`SPENDLENS_MAXRSS=${process.resourceUsage().maxRSS}\n`); });
