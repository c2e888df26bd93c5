// Prints repomix's own per-file token counts for a tree, as JSON {files, totalTokens, perFile}.
// Usage: node repomix-tokens.mjs <npm-prefix-with-repomix> <dir>
import path from 'node:path';
import os from 'node:os';
import { pathToFileURL } from 'node:url';

const [prefix, dir] = process.argv.slice(2);
const { runCli } = await import(pathToFileURL(path.join(prefix, 'node_modules', 'repomix', 'lib', 'index.js')).href);
const out = path.join(os.tmpdir(), `repomix-tokens-${process.pid}.xml`);
const result = await runCli(['.'], path.resolve(dir), { quiet: true, output: out, style: 'xml' });
const perFile = result.packResult.fileTokenCounts;
const totalTokens = Object.values(perFile).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ files: Object.keys(perFile).length, totalTokens, perFile }));
