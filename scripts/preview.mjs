// `npm start` and `npm run preview`: serves the built site with Astro's preview server and the
// security headers of public/_headers on every response, as a host that reads that file does.
// Usage: node scripts/preview.mjs [--host localhost] [--port 4321]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { previewWithSiteHeaders } from '../src/integrations/site-headers.mjs';

const { values } = parseArgs({ options: { host: { type: 'string', default: 'localhost' }, port: { type: 'string', default: '4321' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(1);
}
await previewWithSiteHeaders({ root: fileURLToPath(new URL('..', import.meta.url)), host: values.host, port });
