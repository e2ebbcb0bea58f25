import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry } from '@palabre/core';
import { MemberReference, personalColumns, TableShape, undeclaredColumns } from './personal-columns';

/**
 * Compares what the database can hold about a person with what providers declare, from the live schema
 * itself (every table the migrations created, with its foreign keys to members): TypeORM maps no entities.
 */
@Injectable()
export class PersonalDataAudit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  async undeclared(): Promise<{ schema: string[] }> {
    const references = await this.memberReferences();
    return { schema: undeclaredColumns(personalColumns(await this.schemaTables(), references), this.personalData.declaredColumns()) };
  }

  private memberReferences(): Promise<MemberReference[]> {
    return this.dataSource.query(
      `SELECT cl.relname AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'members'::regclass`,
    );
  }

  private async schemaTables(): Promise<TableShape[]> {
    const rows: Array<{ table: string; columns: string[]; types: string[] }> = await this.dataSource.query(
      `SELECT table_name AS "table", array_agg(column_name::text ORDER BY ordinal_position) AS columns,
              array_agg(data_type::text ORDER BY ordinal_position) AS types
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name <> 'migrations'
        GROUP BY table_name`,
    );
    return rows;
  }
}
