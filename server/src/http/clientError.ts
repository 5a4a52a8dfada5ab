import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './securityHeaders.ts';

const STATUS_FOR_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Answers a request Node could not parse (the server's 'clientError'), as Node would, but as JSON
 * with the security headers every other answer carries. Like Node, it answers only on a
 * connection that has not had an answer yet, and always closes it.
 */
export function answerClientError(err: NodeJS.ErrnoException, duplex: Duplex): void {
  const socket = duplex as Socket;
  if (err.code !== 'ECONNRESET' && socket.writable && socket.bytesWritten === 0) {
    const status = STATUS_FOR_CODE[err.code ?? ''] ?? 400;
    const body = JSON.stringify({ error: 'The request could not be read' });
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}
