import { createApp } from '@aila/api';
import { openSeededMemoryDb } from '@aila/db';

const app = createApp({ db: openSeededMemoryDb() });
const n = 3000;
for (const path of ['/api/v1/stats', '/api/v1/deployments']) {
  for (let i = 0; i < 200; i++)
    await (await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } })).arrayBuffer();
  const t = performance.now();
  for (let i = 0; i < n; i++)
    await (await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } })).arrayBuffer();
  console.log(path, (((performance.now() - t) / n) * 1000).toFixed(0), 'µs per request');
}
