export * from './apply.ts';
export * from './files.ts';
export * from './read.ts';
export * from './registers.ts';
