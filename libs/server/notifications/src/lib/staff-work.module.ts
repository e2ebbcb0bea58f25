import { Module, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@palabre/core';
import { StaffWorkPersonalData } from './staff-work.personal-data';
import { StaffWorkReactions } from './staff-work.reactions';
import { CommunitiesModule } from '@palabre/communities';
import { NotificationsModule } from './notifications.module';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { AssignmentsResolver } from './assignments.resolver';

/** The brand team's work routing: assignments and their reminders, on top of notifications' notifier. */
@Module({
  imports: [CommunitiesModule, NotificationsModule],
  providers: [AssignmentsRepository, AssignmentsService, AssignmentsResolver, StaffWorkPersonalData, StaffWorkReactions],
  exports: [AssignmentsService],
})
export class StaffWorkModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry, private readonly staffWorkData: StaffWorkPersonalData, private readonly reactions: StaffWorkReactions) {}

  onModuleInit(): void {
    this.personalData.register(this.staffWorkData);
    this.reactions.register();
  }
}
