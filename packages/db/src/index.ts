export * from './agencies.ts';
export * from './connection.ts';
export * from './deployments.ts';
export * from './migrate.ts';
export * from './search.ts';
export * from './seed.ts';
export * from './stats.ts';
export * from './testing.ts';
export type { ScopeOptions } from './where.ts';
