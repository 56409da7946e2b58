/**
 * npm run --silent extract -- FILE --meeting-date YYYY-MM-DD [--org ORG.json]
 * Prints the draft tasks of a meeting conclusion as JSON. No database: units resolve against the
 * organisation export given with --org ({ units: [...], groups: [...] }, see
 * test/fixtures/extraction/org-huong-son.json); working days follow the shipped public holidays.
 */
import { readFileSync } from 'node:fs';
import { isLocalDate } from '@dondoc/core';
import { extractDraft, OrganizationDirectory, publicHolidayCalendar } from '@dondoc/extraction';

const USAGE = 'Usage: npm run --silent extract -- FILE --meeting-date YYYY-MM-DD [--org ORG.json]';

function parseArgs(argv: string[]): { file: string; meetingDate: string; org?: string } {
  let file: string | undefined;
  let meetingDate: string | undefined;
  let org: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--meeting-date') meetingDate = argv[++i];
    else if (arg.startsWith('--meeting-date=')) meetingDate = arg.slice('--meeting-date='.length);
    else if (arg === '--org') org = argv[++i];
    else if (arg.startsWith('--org=')) org = arg.slice('--org='.length);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (!file && !arg.startsWith('--')) file = arg;
    else throw new Error(`Unknown argument: ${arg}\n${USAGE}`);
  }
  if (!file) throw new Error(`No input file.\n${USAGE}`);
  if (!isLocalDate(meetingDate)) throw new Error(`--meeting-date must be a date as YYYY-MM-DD.\n${USAGE}`);
  return { file, meetingDate, org };
}

function readOrganization(path: string): OrganizationDirectory {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const dir = data as Partial<OrganizationDirectory>;
  if (!Array.isArray(dir.units) || !Array.isArray(dir.groups)) {
    throw new Error(`${path}: expected { "units": [...], "groups": [...] }`);
  }
  return { units: dir.units, groups: dir.groups };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  const organization = args.org ? readOrganization(args.org) : undefined;
  const draft = extractDraft(text, {
    meetingDate: args.meetingDate,
    calendar: publicHolidayCalendar(),
    organization,
  });
  process.stdout.write(JSON.stringify(draft, null, 2) + '\n');
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
