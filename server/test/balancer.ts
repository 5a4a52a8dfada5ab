import net from 'node:net';

export interface Balancer {
  url: string;
  wsUrl: string;
  close(): Promise<void>;
}

/**
 * A TCP load balancer as a proxy in front of several instances would be: each new connection
 * goes to the first backend that accepts it, so when one dies its clients land on the next.
 */
export async function startBalancer(backendPorts: number[]): Promise<Balancer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.pause();
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const tryBackend = (i: number) => {
      const port = backendPorts[i];
      if (port === undefined) {
        client.destroy();
        return;
      }
      const backend = net.connect(port, '127.0.0.1');
      backend.once('error', () => {
        backend.destroy();
        tryBackend(i + 1);
      });
      backend.once('connect', () => {
        backend.removeAllListeners('error');
        sockets.add(backend);
        backend.on('close', () => {
          sockets.delete(backend);
          client.destroy();
        });
        backend.on('error', () => backend.destroy());
        client.on('close', () => backend.destroy());
        client.pipe(backend);
        backend.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
