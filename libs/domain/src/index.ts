export * from './markdown';
export * from './popular';
export * from './reputation';
export * from './tags';
export * from './sentiment';
export * from './signing';
export * from './title-length';
export * from './placeholders';
