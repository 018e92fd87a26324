export * from './aggregates.ts';
export * from './export.ts';
export * from './instrument.ts';
export * from './roadmap.ts';
export * from './scoring.ts';
