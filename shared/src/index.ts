export * from './model/index.ts';
export * from './doc/index.ts';
export * from './protocol.ts';
export * from './presence.ts';
export * from './links.ts';
