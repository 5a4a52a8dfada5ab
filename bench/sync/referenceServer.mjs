/**
 * The reference peer for `npm run bench`: @y/websocket-server 0.1.1's setupWSConnection on ws 8,
 * in memory (no YPERSISTENCE, so a board is never unloaded), wired as its own bin wires it.
 * Plain JavaScript run by plain node, as our server runs compiled: neither pays for a loader.
 */
import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Reference is running at http://localhost:${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
