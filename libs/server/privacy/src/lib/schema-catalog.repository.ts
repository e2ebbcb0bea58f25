import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MemberReference, TableShape } from './personal-columns';

/** The live database schema, read from PostgreSQL's catalogues for the personal-data audit (no table of any lib). */
@Injectable()
export class SchemaCatalogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every column with a foreign key to members. */
  memberReferences(): Promise<MemberReference[]> {
    return this.dataSource.query(
      `SELECT cl.relname AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'members'::regclass`,
    );
  }

  /** Every table the migrations created, with its columns and their types. */
  async tables(): Promise<TableShape[]> {
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
