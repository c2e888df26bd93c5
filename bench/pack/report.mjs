// Turns bench/pack/run.sh's measurements into the Markdown table BENCHMARKS.md records.
import fs from 'node:fs';
import path from 'node:path';

const work = process.argv[2];
const rows = fs.readFileSync(path.join(work, 'results.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

console.log('| tree | files (gp / rx) | median wall gp | median wall rx | speed-up (rx / gp) | peak RSS gp | peak RSS rx | memory (gp / rx) | tokens gp | tokens rx |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const notes = [];
for (const tree of ['large', 'sample']) {
  const pick = (tool, col) => rows.filter((r) => r[0] === tree && r[1] === tool).map((r) => Number(r[col]));
  const [gpWall, rxWall] = [median(pick('groundplan', 2)), median(pick('repomix', 2))];
  const [gpMem, rxMem] = [Math.max(...pick('groundplan', 3)) / 1024, Math.max(...pick('repomix', 3)) / 1024];
  const gp = JSON.parse(fs.readFileSync(path.join(work, `gp-${tree}.json`), 'utf8'));
  const rx = JSON.parse(fs.readFileSync(path.join(work, `rx-${tree}.json`), 'utf8'));
  const common = Object.keys(rx.perFile).filter((p) => p in gp.fileTokens);
  const sum = (o, keys) => keys.reduce((a, k) => a + o[k], 0);
  const differing = common.filter((p) => gp.fileTokens[p] !== rx.perFile[p]);
  const onlyGp = Object.keys(gp.fileTokens).filter((p) => !(p in rx.perFile));
  notes.push(`${tree}: ${common.length} files in both, tokens ${sum(gp.fileTokens, common)} (groundplan) vs ${sum(rx.perFile, common)} (repomix), ${differing.length} files differ; ` +
    `only in groundplan's pack: ${onlyGp.length}${onlyGp.length ? ` (${onlyGp.slice(0, 8).join(', ')})` : ''}; only in repomix's: ${Object.keys(rx.perFile).length - common.length}`);
  console.log(`| ${tree} | ${gp.files} / ${rx.files} | ${gpWall.toFixed(2)} s | ${rxWall.toFixed(2)} s | ${(rxWall / gpWall).toFixed(1)}x | ${gpMem.toFixed(0)} MiB | ${rxMem.toFixed(0)} MiB | ${(gpMem / rxMem).toFixed(2)} | ${gp.totalTokens} | ${rx.totalTokens} |`);
}
console.log('');
for (const note of notes) console.log(`- ${note}`);
