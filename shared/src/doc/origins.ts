/**
 * Transaction origins. Undo tracks only LOCAL edits; storage skips what it loaded itself.
 * Objects (not strings) so that no other library's origin can equal them by accident.
 */
export const LOCAL_ORIGIN = { name: 'local' } as const;
export const LOAD_ORIGIN = { name: 'load' } as const;
export const IMPORT_ORIGIN = { name: 'import' } as const;
export const MIGRATION_ORIGIN = { name: 'migration' } as const;
/** The server bringing a board back to a version: one change everyone receives. */
export const RESTORE_ORIGIN = { name: 'restore' } as const;

export type Origin =
  | typeof LOCAL_ORIGIN
  | typeof LOAD_ORIGIN
  | typeof IMPORT_ORIGIN
  | typeof MIGRATION_ORIGIN
  | typeof RESTORE_ORIGIN;
