import { createServer, type AddressInfo } from 'node:net';

/** A TCP port free on 127.0.0.1 right now (for servers a spec starts itself: PostgreSQL, Redis). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}
