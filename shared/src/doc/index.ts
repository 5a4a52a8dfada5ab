export * from './agencies.ts';
export {
  applyBoardUpdate,
  batch,
  checkUpdate,
  createBoardDoc,
  decodeStateVector,
  destroyBoardDoc,
  encodeBoard,
  extendStateVector,
  holdsBeyond,
  mergeUpdates,
  MissingEntityError,
  newId,
  observeBoard,
  observeRemovals,
  openBoardDoc,
  ReadOnlyBoardError,
  setReadOnly,
  type BoardDoc,
  type StateVector,
  updateBeyond,
  withoutRemovedContent,
} from './boardDoc.ts';
export * from './exchanges.ts';
export * from './fieldChanges.ts';
export * from './integrate.ts';
export * from './meta.ts';
export { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateDoc, schemaVersionOf, type Migration } from './migrations.ts';
export * from './origins.ts';
export * from './partnerships.ts';
export * from './readBoard.ts';
export * from './relationships.ts';
export * from './restore.ts';
export * from './undo.ts';
export * from './updateShape.ts';
export * from './writeBoard.ts';
export * from './bulk.ts';
export { watchOverwrites, type Overwrite } from './overwrites.ts';
export { liveBoard, type LiveBoard } from './liveBoard.ts';
