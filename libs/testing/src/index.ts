export * from './app';
export * from './database';
export * from './server';
export * from './factories';
