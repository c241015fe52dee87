import "reflect-metadata";
import { DataSource, type Logger as TypeOrmLogger } from "typeorm";
import { entities } from "./entities";
import { migrations } from "./migrations";

/**
 * Counts the SQL statements a data source sends. Tests read it to pin the number of queries of the
 * heavy operations, so an N+1 shows up as a failing assertion rather than a slow page.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }
  reset(): void {
    this.count = 0;
    this.statements = [];
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  counter?: QueryCounter;
  poolSize?: number;
}

export function createDataSource({ url, counter, poolSize = 10 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    // Schema changes go through migrations only; a test checks entities and migrations agree.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed.
    uuidExtension: "pgcrypto",
    migrationsRun: false,
    migrationsTransactionMode: "each",
    logging: counter ? ["query"] : false,
    logger: counter,
    extra: { max: poolSize },
  });
}
