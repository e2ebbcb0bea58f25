import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, Clock, GatewayCoreModule } from '@palabre/core';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccessClient } from './room-access.client';
import { SessionWatch } from './session-watch';

@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return { module: GatewayModule, imports: [GatewayCoreModule.forRoot(config, clock)], providers: [RealtimeGateway, RoomAccessClient, SessionWatch] };
  }
}
