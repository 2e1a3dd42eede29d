// Serves the demo page (www/) and the built package (pkg/) on 127.0.0.1 with
// a strict Content-Security-Policy, and a mock AI backend that shows what it
// received: POST /api/chat answers with a reply that reuses the tokens it
// got, POST /api/chat/stream sends the same reply as a chunked text stream,
// GET /api/log lists every request body received (DELETE clears it).
// `node scripts/serve.mjs` prints the URL; tests import startServer() and
// listen on port 0.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

const MOUNTS = [
  { prefix: '/pkg/', dir: join(repoRoot, 'pkg') },
  { prefix: '/', dir: join(repoRoot, 'www') },
];

function securityHeaders(type) {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function send(response, status, type, body) {
  response.writeHead(status, securityHeaders(type));
  response.end(body);
}

async function serveStatic(request, response, pathname) {
  const mount = MOUNTS.find((m) => pathname.startsWith(m.prefix));
  let relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(mount.dir, normalize(relative));
  if (!file.startsWith(mount.dir + sep)) return send(response, 403, 'text/plain', 'forbidden\n');
  try {
    const body = await readFile(file);
    const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, request.method === 'HEAD' ? undefined : body);
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
  }
}

/** The largest request body the mock backend accepts. */
const MAX_BODY_BYTES = 1 << 20;
/** The most requests the log keeps (oldest dropped first). */
const MAX_LOG_ENTRIES = 200;

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Token-shaped pieces of what the backend received: placeholders
 * (`<EMAIL_1>`), pseudonyms (`EMAIL_k1_…`) and surrogates' telltales
 * (`….invalid` addresses, fiction-range phone numbers), in order of first use.
 */
export function tokensIn(value) {
  const text = JSON.stringify(value);
  const pattern =
    /<[A-Z][A-Z0-9_]*_\d+>|\b[A-Z][A-Z0-9_]*_[A-Za-z0-9]{1,16}_[0-9A-Z]{8,32}\b|\buser-[0-9a-z]{8}@example\.invalid\b|\+1 \d{3} 555 01\d\d|\+44 (?:7700 900|20 7946 0|1632 960)\d{3}/g;
  return [...new Set(text.match(pattern) ?? [])];
}

/** The mock model's answer: it reuses what it was given, and mangles one token as models do. */
export function mockReply(body) {
  const form = body?.form ?? {};
  const tokens = tokensIn(body);
  const mention = (value, fallback) => (typeof value === 'string' && value ? value : fallback);
  const name = mention(form.name, 'there');
  const email = mention(form.email, tokens.find((t) => /EMAIL|@/.test(t)) ?? 'your address');
  const phone = mention(form.phone, tokens.find((t) => /PHONE|\+/.test(t)) ?? 'your number');
  // Models drop brackets: <EMAIL_1> comes back as EMAIL_1 at least once.
  const unbracketed = email.replace(/^<(.*)>$/, '$1');
  const rest = tokens.filter((t) => ![form.name, form.email, form.phone].includes(t));
  return (
    `Hello ${name}! I have noted ${unbracketed} as your email and will call ${phone}.` +
    (rest.length ? ` I also saw: ${rest.join(', ')}.` : '') +
    ' Is there anything else?'
  );
}

async function handleApi(request, response, pathname, log) {
  if (pathname === '/api/log') {
    if (request.method === 'GET') return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(log));
    if (request.method === 'DELETE') {
      log.length = 0;
      return send(response, 204, 'text/plain; charset=utf-8', undefined);
    }
  }
  if ((pathname === '/api/chat' || pathname === '/api/chat/stream') && request.method === 'POST') {
    const raw = await readBody(request);
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'expected a JSON body\n');
    }
    log.push({ path: pathname, receivedAt: new Date().toISOString(), body });
    if (log.length > MAX_LOG_ENTRIES) log.shift();
    const reply = mockReply(body);
    if (pathname === '/api/chat') {
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ reply }));
    }
    // A chunked stream in small, uneven pieces, so tokens are split across
    // chunks as an LLM's output would split them.
    response.writeHead(200, securityHeaders('text/plain; charset=utf-8'));
    for (let at = 0, step = 0; at < reply.length; step++) {
      const size = 2 + (step % 5);
      response.write(reply.slice(at, at + size));
      at += size;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, 8));
    }
    return response.end();
  }
  return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
}

/** Starts the server; resolves to { server, url, log, close() }. */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const log = [];
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, 'http://localhost');
      if (pathname.startsWith('/api/')) return await handleApi(request, response, pathname, log);
      if (request.method === 'GET' || request.method === 'HEAD') return await serveStatic(request, response, pathname);
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    } catch (error) {
      if (response.headersSent) return response.end();
      send(response, error.status ?? 500, 'text/plain; charset=utf-8', `server error: ${error.message}\n`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      resolvePromise({ server, url, log, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  console.log(`Blindfold demo: ${url}  (Ctrl-C to stop)`);
}
