// Prints the JavaScript the browser downloads, gzipped: what index.html loads first, and everything.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const gz = async (file) => gzipSync(await readFile(new URL(file, dist)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const html = await readFile(new URL('index.html', dist), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const all = (await readdir(new URL('assets/', dist)))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const sum = async (files) => (await Promise.all(files.map(gz))).reduce((a, b) => a + b, 0);
console.log(`first load: ${kb(await sum(first))} gzipped JS in ${first.length} files`);
console.log(`all routes: ${kb(await sum(all))} gzipped JS in ${all.length} files`);
