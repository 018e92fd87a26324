import { catalogue, getStats, listDeployments, openDatabase } from '@aila/db';

const db = openDatabase('data/synthetic/aila-100000.sqlite', { readonly: true });
const scope = { includeSynthetic: true };
let t = performance.now();
catalogue(db);
console.log('build', (performance.now() - t).toFixed(0));
const cases: [string, () => unknown][] = [
  ['first', () => listDeployments(db, {}, { ...scope, page: 1, pageSize: 20 })],
  ['sector', () => listDeployments(db, { sector: ['health'] }, { ...scope, page: 1, pageSize: 20 })],
  ['q', () => listDeployments(db, { q: 'tro ly ao' }, { ...scope, page: 1, pageSize: 20 })],
  ['stats', () => getStats(db, {}, scope)],
];
for (const [name, fn] of cases) {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(name, 'p50', times[10]?.toFixed(1), 'p95', times[18]?.toFixed(1));
}
