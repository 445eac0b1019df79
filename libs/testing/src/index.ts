export * from './app';
export * from './database';
export * from './factories';
export * from './oidc';
export * from './web-documents';
