export {};

/**
 * `npm run bench -- <name>`: runs one benchmark and prints, as its last line,
 * {"name","unit","value","baseline","ratio","better", ...extra}. The baseline
 * is measured in the same run. DATABASE_URL selects PostgreSQL; PGlite otherwise.
 */
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  api: async () => (await import('./api.bench')).runApiBench(),
  import: async () => (await import('./import.bench')).runImportBench(),
  drill: async () => (await import('./drill.bench')).runDrillBench(),
  dashboard: async () => (await import('./dashboard.bench')).runDashboardBench(),
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
const result = await bench();
console.log(JSON.stringify(result));
process.exit(0);
