// Files a user "uploads" in Teams: Teams hands the bot a pre-authorised download URL. Here that URL
// points at this small server on loopback (the bot fetches from loopback in development mode only).
import http from 'node:http';

/** Serves `files` (name → Buffer) at /files/<name>; `requests` records every path asked for. */
export async function startFileServer(files) {
  const requests = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url);
    const name = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname.replace(/^\/files\//, ''));
    const content = files.get(name);
    if (request.method !== 'GET' || !content) {
      response.writeHead(404).end();
      return;
    }

    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': content.length });
    response.end(content);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    requests,
    url: (name) => `${base}/files/${encodeURIComponent(name)}`,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
