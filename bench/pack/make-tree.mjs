// Builds the pack benchmark's tree: real JavaScript/TypeScript/JSON/Markdown from npm packages,
// laid out as a monorepo of >= 8,000 text files and >= 100 MB, deterministically.
// Usage: node make-tree.mjs <npm-prefix-with-node_modules> <out-dir>
import fs from 'node:fs';
import path from 'node:path';

const [poolRoot, outDir] = process.argv.slice(2);
if (!poolRoot || !outDir) {
  console.error('usage: node make-tree.mjs <pool-dir> <out-dir>');
  process.exit(2);
}

const MIN_FILES = 8000;
const MIN_BYTES = 100 * 1024 * 1024;
const MAX_FILE = 1000 * 1024; // under both tools' size caps
const TEXT = /\.(js|mjs|cjs|ts|mts|cts|json|md)$/;
// Names both tools ignore by default anywhere in a tree; renamed or skipped so both pack the same files.
const SKIP_FILE = /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|.*\.log|\.DS_Store)$/;
const RENAME = { node_modules: 'deps', target: 'target_', dist: 'dist_', build: 'build_', out: 'out_', coverage: 'coverage_', tmp: 'tmp_', temp: 'temp_', vendor: 'vendor_', logs: 'logs_', typings: 'typings_' };

function walk(dir, rel, acc) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(full, r, acc);
    else if (entry.isFile() && TEXT.test(entry.name) && !SKIP_FILE.test(r)) {
      const size = fs.statSync(full).size;
      if (size > 0 && size <= MAX_FILE) acc.push({ full, rel: r, size });
    }
  }
  return acc;
}

const pool = walk(path.join(poolRoot, 'node_modules'), '', []);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

let files = 0;
let bytes = 0;
for (let copy = 0; files < MIN_FILES || bytes < MIN_BYTES; copy++) {
  for (const f of pool) {
    if (files >= MIN_FILES && bytes >= MIN_BYTES) break;
    const parts = f.rel.split('/').map((p) => RENAME[p] ?? p);
    const target = path.join(outDir, `workspace${copy}`, 'packages', ...parts);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    let content = fs.readFileSync(f.full);
    // Later copies differ from the first, so no tool can win by caching whole files.
    if (copy > 0 && !f.rel.endsWith('.json')) content = Buffer.concat([Buffer.from(`// copy ${copy} of ${f.rel}\n`), content]);
    fs.writeFileSync(target, content);
    files++;
    bytes += content.length;
  }
}

// A few ignore rules and ignored files, so both tools do real .gitignore work.
fs.writeFileSync(path.join(outDir, '.gitignore'), '*.generated.js\n/scratch/\n!keep.generated.js\n');
fs.mkdirSync(path.join(outDir, 'scratch'), { recursive: true });
fs.writeFileSync(path.join(outDir, 'scratch', 'notes.md'), '# ignored\n');
fs.writeFileSync(path.join(outDir, 'a.generated.js'), 'ignored();\n');
fs.writeFileSync(path.join(outDir, 'keep.generated.js'), 'kept();\n');
console.log(`${files} files, ${(bytes / 1048576).toFixed(1)} MiB in ${outDir}`);
