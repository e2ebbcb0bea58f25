import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { REALTIME_PATH } from '@palabre/contracts';
import { allowedOriginsOf, AppConfig, isForeignOrigin, securityHeaderList } from '@palabre/core';

/**
 * socket.io at /realtime with small messages and our CORS origins; with REDIS_URL, the Redis
 * Streams adapter lets several gateways act as one (it keeps connection-state recovery).
 * A gateway holds thousands of sockets, so nothing is kept per socket that is not used.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private redis: ReturnType<typeof createClient> | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  /**
   * Not awaited: the client retries for ever while Redis is unreachable, and a gateway must start (serving
   * its own sockets, reading the outbox) and stop whatever state Redis is in; the adapter's commands wait
   * in the client's queue until the connection is up.
   */
  connectRedis(): void {
    if (!this.config.REDIS_URL) return;
    this.redis = createClient({ url: this.config.REDIS_URL });
    this.redis.on('error', () => undefined);
    void this.redis.connect().catch(() => undefined);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const origins = allowedOriginsOf(this.config);
    const settings: Partial<ServerOptions> = {
      ...options,
      path: REALTIME_PATH,
      maxHttpBufferSize: this.config.SOCKET_MAX_MESSAGE_BYTES,
      cors: { origin: [...origins] },
      serveClient: false,
      // Every new connection (a WebSocket upgrade or a polling handshake) from a page of a foreign origin is
      // refused (403); clients without Origin (scripts, apps) are not browsers steered by a page, and pass.
      allowRequest: (request, answer) => {
        const foreign = isForeignOrigin(origins, request.headers.origin);
        answer(foreign ? 'foreign origin' : null, !foreign);
      },
    };
    if (this.redis) settings.adapter = createAdapter(this.redis);
    const server = super.createIOServer(port, settings as ServerOptions) as Server;
    // socket.io answers its polling and handshake requests itself: the api's security headers go on them too.
    const security = securityHeaderList(this.config);
    const addSecurityHeaders = (headers: Record<string, string>) => {
      for (const [name, value] of security) headers[name] = value;
    };
    server.engine.on('initial_headers', addSecurityHeaders);
    server.engine.on('headers', addSecurityHeaders);
    return server;
  }

  /**
   * Nest builds an RxJS "disconnect" pipeline for each socket even when the gateway has no
   * @SubscribeMessage handler (ours has none), and keeps it as long as the socket (~1.8 KB each).
   */
  override bindMessageHandlers(...args: Parameters<IoAdapter['bindMessageHandlers']>): void {
    if (args[1].length > 0) super.bindMessageHandlers(...args);
  }

  /** 'disconnect' happens once: a plain listener, without the two wrappers of `once`. */
  override bindClientDisconnect(client: Socket, callback: (reason: unknown) => void): void {
    client.on('disconnect', callback);
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // QUIT would wait in the offline queue while Redis is unreachable: only a ready client is closed politely.
    if (this.redis?.isReady) await this.redis.close().catch(() => undefined);
    else if (this.redis?.isOpen) this.redis.destroy();
  }
}
