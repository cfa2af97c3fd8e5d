/** The method as data: definition format, loading, and a workshop's agenda. */
export * from './schema';
export * from './agenda';
export * from './gates';
export * from './run';
