// Serves the built demo (site/, made by `npm run build`) over HTTP on localhost.
// Static files only; no directory listings.
//   node scripts/serve.mjs [--port N] [folder]   (PORT=N works too; --port wins; 0 picks a free port)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = 'usage: node scripts/serve.mjs [--port N] [folder]   (npm start -- --port N; default port $PORT or 8080, folder site/)';
const fail = (problem) => {
  console.error(`serve: ${problem}\n${usage}`);
  process.exit(2);
};

let args;
try {
  args = parseArgs({ options: { port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  fail(error.message);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
if (args.positionals.length > 1) fail(`one folder at most, not ${args.positionals.join(' ')}`);
const root = resolve(args.positionals[0] ?? 'site');
if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${root} is not a folder (run \`npm run build\` first for site/)`);
const portText = args.values.port ?? process.env.PORT ?? '8080';
if (!/^\d+$/.test(portText) || Number(portText) > 65535) fail(`the port must be a whole number from 0 to 65535, not ${portText}`);
const port = Number(portText);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    res.writeHead(403);
    return res.end('Forbidden');
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    await stat(path);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  // CORS lets a page on another origin load the bundle as a module, as from a CDN.
  res.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  createReadStream(path).pipe(res);
});

server.on('error', (error) => {
  console.error(`serve: ${error.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port N` : error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`sovereignty-widgets demo: http://localhost:${actual}/`);
  console.log(`in an article:            http://localhost:${actual}/article.html`);
  if (existsSync(join(root, 'storybook', 'index.html'))) console.log(`Storybook:                http://localhost:${actual}/storybook/`);
});
