import { Injectable } from '@nestjs/common';
import { PersonalDataRegistry } from '@palabre/core';
import { personalColumns, undeclaredColumns } from './personal-columns';
import { SchemaCatalogRepository } from './schema-catalog.repository';

/**
 * Compares what the database can hold about a person with what providers declare, from the live schema
 * itself (every table the migrations created, with its foreign keys to members): TypeORM maps no entities.
 */
@Injectable()
export class PersonalDataAudit {
  constructor(
    private readonly catalog: SchemaCatalogRepository,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  async undeclared(): Promise<{ schema: string[] }> {
    const [tables, references] = await Promise.all([this.catalog.tables(), this.catalog.memberReferences()]);
    return { schema: undeclaredColumns(personalColumns(tables, references), this.personalData.declaredColumns()) };
  }
}
