// Times gpt-tokenizer's countTokens, called as repomix 1.14.0 calls it, over the files named in a list.
//   node bench.mjs <path to node_modules/gpt-tokenizer> <file list> <per-file counts out>
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, listFile, countsOut] = process.argv.slice(2);
const load = (relative) => import(pathToFileURL(join(resolve(packageDir), 'esm', relative)).href);

const paths = readFileSync(listFile, 'utf8').split('\n').filter((p) => p.length > 0);
let bytes = 0;
const texts = paths.map((p) => {
  const raw = readFileSync(p);
  bytes += raw.length;
  return raw.toString('utf8');
});

const loadStart = process.hrtime.bigint();
const { GptEncoding } = await load('GptEncoding.js');
const { default: ranks } = await load('bpeRanks/o200k_base.js');
const encoding = GptEncoding.getEncodingApi('o200k_base', () => ranks);
const plainText = { disallowedSpecial: new Set() };
encoding.countTokens('warm up the table', plainText);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const counts = new Array(texts.length);
const cpuBefore = process.cpuUsage();
const start = process.hrtime.bigint();
for (let i = 0; i < texts.length; i++) {
  counts[i] = encoding.countTokens(texts[i], plainText);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

writeFileSync(countsOut, counts.join('\n') + '\n');
const tokens = counts.reduce((a, b) => a + b, 0);
console.log(
  `gpt-tokenizer threads=1 files=${texts.length} bytes=${bytes} tokens=${tokens} load_ms=${loadMs.toFixed(0)} seconds=${seconds.toFixed(3)} cpu_seconds=${cpuSeconds.toFixed(3)} mb_per_s=${(bytes / 1e6 / seconds).toFixed(1)} cpu_mb_per_s=${(bytes / 1e6 / cpuSeconds).toFixed(1)}`,
);
