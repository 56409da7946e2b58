// Saves the running API's OpenAPI document as src/api/openapi.json, the source of src/api/schema.d.ts.
// Usage: start the API, then `npm run api-snapshot --workspace apps/web && npm run api-types --workspace apps/web`.
import { writeFile } from 'node:fs/promises';

const url = process.env.API_DOCS_URL ?? 'http://localhost:3000/docs-json';
const res = await fetch(url);
if (!res.ok) throw new Error(`${url} answered ${res.status}: is the API running?`);
const doc = await res.json();
await writeFile(new URL('../src/api/openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`Saved ${Object.keys(doc.paths).length} paths from ${url}`);
