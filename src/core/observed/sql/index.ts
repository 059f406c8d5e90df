export { aggregateQuery, SQL_DIALECTS, SqlOptionError, clickhouse, duckdb, type SqlDialect, type AggregateQueryOptions } from './aggregate';
