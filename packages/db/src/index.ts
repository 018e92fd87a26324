export * from './agencies.ts';
export * from './audit.ts';
export * from './backup.ts';
export {
  Catalogue,
  catalogue,
  catalogueVersion,
  changesInProcess,
  type ScopeOptions,
  toFtsQuery,
} from './catalogue/index.ts';
export * from './connection.ts';
export * from './deployments.ts';
export * from './flags.ts';
export * from './import/index.ts';
export * from './landscape.ts';
export * from './migrate.ts';
export * from './people.ts';
export * from './publish.ts';
export * from './readiness.ts';
export * from './review.ts';
export * from './seed.ts';
export * from './submissions.ts';
export * from './synthetic.ts';
export * from './testing.ts';
