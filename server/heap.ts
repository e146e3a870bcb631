// V8 heap settings for `tongxin serve`. Left to itself, V8 lets the old generation of a busy server
// grow to about 140 MiB of mostly garbage before its first full collection, and keeps 16 MiB
// semi-spaces: a server holding ~55 MiB of live objects then sits near 300 MiB RSS under load.
// These flags collect earlier (the next collection at 1.5 × the live heap instead of up to 4 ×,
// 8 MiB semi-spaces), which keeps it near 200 MiB at the same throughput. What they cost: an
// allocation-heavy job — an .xlsx import — runs a little slower (see ARCHITECTURE.md, Memory).
// They must be on node's command line: V8 sizes its heap before any of our code runs, so
// `bin/tongxin.mjs` starts the server with them, and the benchmarks do the same.

export const serverHeapFlags: readonly string[] = [
  '--max-semi-space-size=8',
  '--initial-old-space-size=48',
  '--heap-growing-percent=50',
]
