export * from './client';
export * from './describe';
export * from './discover';
export * from './limit';
export * from './schemas';
export * from './snapshot';
export * from './xssi';
export * from './flags';
