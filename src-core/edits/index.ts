/** Pure edits applied by the command layer to the stored record (read-modify-write). */
export * from './lists';
export * from './reinforcement';
export * from './workshop';
export * from './feed';
export * from './agenda';
