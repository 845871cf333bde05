/** How the bench reports size, shared by bench/run.mjs and bench/bytes.mjs so their numbers compare. */
import { gzipSync } from 'node:zlib';

/** Gzipped length at level 9, as a server would compress a static file. */
export const gz = (data) => gzipSync(data, { level: 9 }).length;

/** Bytes in kB of 1,024 bytes, one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
