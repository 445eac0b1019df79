// How the API's Node process is started: `npm start` (tools/start.mjs) and the bench (tools/bench) both pass
// these flags, so what the bench measures is what runs. CommonJS so that the plain-JS launchers and the compiled
// TypeScript tools load the same file (see args.cjs).
'use strict';

/**
 * `--no-memory-reducer`: after some seconds without allocation V8 shrinks the heap (three full collections, the
 * old generation's limit cut to what is live), and the next burst of requests then pays repeated full
 * collections while the heap grows back. In `npm run bench` the round after 25 quiet seconds served 10–15 % fewer
 * requests than its neighbours, with p99 ~100 ms instead of ~65; without the reducer it does not. A server keeps
 * the heap its load needed (~300 MB at the bench's 10 connections, ~70 MB of it live) through quiet spells.
 * V8 reads the flag when the heap is set up, so it must be on the command line (NODE_OPTIONS does not take it).
 *
 * `--max-semi-space-size=64` (MB; V8's default is 16): a thread page allocates ~1 MB, and with ten requests in
 * flight a young generation of 16 MB is collected every ~10 requests, promoting what the requests still hold to
 * the old generation (which then fills with garbage: ~220 MB between full collections). With 64, `cpu.js
 * --no-baseline` measured 1.5–3.5 % less CPU per request (three alternating pairs: 3.27 against 3.32 ms after
 * warm-up, 3.68 against 3.82 in the first 3 000 requests); the young generation may use up to 3 × 64 MB.
 */
const API_NODE_FLAGS = Object.freeze(['--no-memory-reducer', '--max-semi-space-size=64']);

module.exports = { API_NODE_FLAGS };
