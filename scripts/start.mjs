// `npm start`: serves VS Code for the Web, offline, with this extension and samples/ as the
// workspace, and prints the URL to open. Runs until Ctrl+C. No browser is started: open the
// URL in your own. Port: PORT, else 3000 when free, else any free port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, repoRoot, startServer } from '../test/host/lib/webHost.mjs';

const requested = process.env.PORT ? Number(process.env.PORT) : undefined;
if (requested !== undefined && !(Number.isInteger(requested) && requested > 0 && requested < 65536)) {
  console.error(`PORT=${process.env.PORT} is not a port number.`);
  process.exit(2);
}
const port = await freePort(requested ?? 3000);
if (requested !== undefined && port !== requested) {
  console.error(`PORT=${requested} is in use; pick another or unset PORT to get a free one.`);
  process.exit(1);
}
if (!existsSync(join(repoRoot, 'dist', 'extension.web.js'))) {
  console.warn('warning: dist/extension.web.js does not exist, so the extension cannot load: run `npm run build`.');
}

const server = await startServer({ folderPath: join(repoRoot, 'samples'), port });
console.log(`
VS Code for the Web with Research Notes, workspace samples/ (edits stay in memory):

    ${server.url}

Open it in Chromium or Chrome. Webviews (the preview) stay blank when the browser blocks
third-party cookies, as private windows do. Press Ctrl+C to stop.
`);

const stop = () => {
  server.dispose();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
