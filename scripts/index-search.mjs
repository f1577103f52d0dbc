// Builds the Pagefind index over dist/ after the Astro build. Only elements
// marked data-pagefind-body are indexed; nav, answers and feedback are not.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
console.log(`Search index: ${added.page_count} pages`);
await pagefind.close();
