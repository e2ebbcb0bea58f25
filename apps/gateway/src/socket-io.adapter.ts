import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { REALTIME_PATH } from '@palabre/contracts';
import type { AppConfig } from '@palabre/core';

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

  async connectRedis(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    this.redis = createClient({ url: this.config.REDIS_URL });
    this.redis.on('error', () => undefined);
    await this.redis.connect();
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const settings: Partial<ServerOptions> = {
      ...options,
      path: REALTIME_PATH,
      maxHttpBufferSize: this.config.SOCKET_MAX_MESSAGE_BYTES,
      cors: { origin: this.config.CORS_ORIGINS },
      serveClient: false,
    };
    if (this.redis) settings.adapter = createAdapter(this.redis);
    return super.createIOServer(port, settings as ServerOptions) as Server;
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
    if (this.redis?.isOpen) await this.redis.quit().catch(() => undefined);
  }
}
