// Converts gpt-tokenizer's o200k_base rank table (a JS array of strings and byte arrays) into the
// compact binary file that Groundplan embeds. Run by build/Tokenizer.targets; see usage() below.
//
// File layout (little-endian):
//   8 bytes  magic "GPRANKS\0"
//   u32      format version (1)
//   u32      entry count N; entry i has rank i
//   N times  u8 head, then the token's bytes
//            head bits 0-6: byte length - 1 (tokens are 1..128 bytes)
//            head bit 7:    set when gpt-tokenizer stores the token as a byte array rather than a
//                           string; its lookups treat the two kinds differently, so the loader must know.
import { readFileSync, renameSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ExpectedVersion = '4.0.0';
const MaxTokenBytes = 128;

function usage() {
  return 'usage: node export-ranks.mjs <path to node_modules/gpt-tokenizer> <output file>';
}

function fail(message) {
  console.error(`export-ranks: error: ${message}`);
  process.exit(1);
}

const [packageDir, outFile] = process.argv.slice(2);
if (!packageDir || !outFile) {
  fail(usage());
}

const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (manifest.version !== ExpectedVersion) {
  fail(`expected gpt-tokenizer ${ExpectedVersion} in ${packageDir}, found ${manifest.version}`);
}

const ranksModule = join(resolve(packageDir), 'esm', 'bpeRanks', 'o200k_base.js');
const { default: ranks } = await import(pathToFileURL(ranksModule).href);

// Cross-check against the package's own .tiktoken file, so that a repackaged rank array can't slip through unnoticed.
const tiktoken = readFileSync(join(packageDir, 'data', 'o200k_base.tiktoken'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);
if (tiktoken.length !== ranks.length) {
  fail(`the rank array has ${ranks.length} entries but o200k_base.tiktoken has ${tiktoken.length}`);
}

const encoder = new TextEncoder();
const chunks = [];
let total = 0;
for (let rank = 0; rank < ranks.length; rank++) {
  const value = ranks[rank];
  if (value === undefined) {
    fail(`rank ${rank} is missing`);
  }
  const isBytes = typeof value !== 'string';
  const bytes = isBytes ? Uint8Array.from(value) : encoder.encode(value);
  if (bytes.length < 1 || bytes.length > MaxTokenBytes) {
    fail(`rank ${rank} is ${bytes.length} bytes long; the format holds 1..${MaxTokenBytes}`);
  }
  const [base64, tiktokenRank] = tiktoken[rank].split(' ');
  if (Number(tiktokenRank) !== rank || !Buffer.from(base64, 'base64').equals(Buffer.from(bytes))) {
    fail(`rank ${rank} differs from line ${rank + 1} of o200k_base.tiktoken`);
  }
  const entry = new Uint8Array(1 + bytes.length);
  entry[0] = (bytes.length - 1) | (isBytes ? 0x80 : 0);
  entry.set(bytes, 1);
  chunks.push(entry);
  total += entry.length;
}

const header = Buffer.alloc(16);
header.write('GPRANKS\0', 0, 'latin1');
header.writeUInt32LE(1, 8);
header.writeUInt32LE(ranks.length, 12);

// Write beside the target and rename, so a concurrent build never reads a half-written file.
mkdirSync(dirname(outFile), { recursive: true });
const temp = `${outFile}.${process.pid}.tmp`;
try {
  writeFileSync(temp, Buffer.concat([header, ...chunks], header.length + total));
  renameSync(temp, outFile);
} catch (error) {
  rmSync(temp, { force: true });
  fail(`could not write ${outFile}: ${error.message}`);
}
console.log(`export-ranks: wrote ${ranks.length} o200k_base ranks to ${outFile}`);
