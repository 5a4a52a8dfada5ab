/**
 * The awareness (presence) channel's type, for presence code outside sync/: only sync/ imports
 * the Yjs transport packages (see .oxlintrc.json).
 */
export type { Awareness } from 'y-protocols/awareness';
