/**
 * npm run bench:extraction
 * Times extractDraft on a ten-page notice (about 30 000 characters, built by concatenating the
 * annotated fixtures) and prints the median and the slowest of the runs. Budget: 100 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDraft, publicHolidayCalendar } from '@dondoc/extraction';

const PAGE_CHARACTERS = 3_000;
const PAGES = 10;
const RUNS = 30;
const BUDGET_MS = 100;

const dir = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'extraction');
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  // One long notice, so each fixture's distribution list ("Nơi nhận:", where a notice ends) is cut off.
  .map((name) => readFileSync(path.join(dir, name), 'utf8').split(/\n\s*Nơi nhận/u)[0]);
let text = '';
for (let i = 0; text.length < PAGE_CHARACTERS * PAGES; i++) text += fixtures[i % fixtures.length] + '\n\n';

const calendar = publicHolidayCalendar();
const options = { meetingDate: '2024-11-22', calendar };
const first = performance.now();
const draft = extractDraft(text, options);
const cold = performance.now() - first;
const times: number[] = [];
const cpuBefore = process.cpuUsage();
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  extractDraft(text, options);
  times.push(performance.now() - start);
}
const cpu = process.cpuUsage(cpuBefore);
// CPU time is what the extractor costs; wall time also counts whatever else the machine runs.
const cpuPerRun = (cpu.user + cpu.system) / 1000 / RUNS;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const worst = times[times.length - 1];
console.log(
  `notice: ${text.length} characters (~${Math.round(text.length / PAGE_CHARACTERS)} pages), ${draft.tasks.length} tasks`,
);
console.log(`extract: first run ${cold.toFixed(1)} ms (compiles the rules), then over ${RUNS} runs:`);
console.log(
  `  wall: median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms; CPU: ${cpuPerRun.toFixed(1)} ms per run`,
);
console.log(median < BUDGET_MS ? `within the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget`);
process.exitCode = median < BUDGET_MS ? 0 : 1;
