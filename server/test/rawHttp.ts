import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes no well-behaved client would (a malformed request line, a body cut short) over a
 * plain TCP socket, and reads the answer until the server closes.
 */
export function rawRequest(url: string, text: string, options: { afterSend?: 'reset' | 'end' } = {}): Promise<RawAnswer | 'reset'> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(text);
      if (options.afterSend === 'end') socket.end();
      if (options.afterSend === 'reset') {
        socket.resetAndDestroy();
        resolve('reset');
      }
    });
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('error', (err) => {
      if (options.afterSend !== 'reset') reject(err);
    });
    socket.on('close', () => {
      if (options.afterSend === 'reset') return;
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.setTimeout(10_000, () => reject(new Error(`no answer to ${JSON.stringify(text.slice(0, 60))}`)));
  });
}

/** A WebSocket upgrade request for `target`, as a browser would send it. */
export function upgradeRequest(target: string): string {
  return (
    `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
    'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'
  );
}
