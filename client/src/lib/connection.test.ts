import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../../shared/src/index.ts';
import { describeConnection, type SocketFacts } from './connection.ts';

const base: SocketFacts = { status: 'connecting', synced: false, everSynced: false, editedHere: false, closeCode: undefined };

describe('describeConnection', () => {
  it.each<[string, Partial<SocketFacts>, string, boolean]>([
    ['first connection under way', {}, 'connecting', false],
    ['connected but not yet synced', { status: 'connected' }, 'connecting', false],
    ['connected and synced', { status: 'connected', synced: true, everSynced: true }, 'live', false],
    ['own edits sent', { status: 'connected', synced: true, everSynced: true, editedHere: true }, 'saved', false],
    ['lost after syncing', { status: 'disconnected', everSynced: true }, 'offline', false],
    ['retrying after syncing', { status: 'connecting', everSynced: true }, 'offline', false],
    ['board deleted', { status: 'disconnected', closeCode: CloseCode.BoardGone }, 'offline', true],
    ['server restarting', { status: 'disconnected', everSynced: true, closeCode: CloseCode.GoingAway }, 'offline', false],
  ])('%s', (_name, facts, state, final) => {
    const view = describeConnection({ ...base, ...facts });
    expect(view.state).toBe(state);
    expect(view.final).toBe(final);
  });

  it('explains a close in plain words', () => {
    const view = describeConnection({ ...base, status: 'disconnected', closeCode: CloseCode.LinkReplaced });
    expect(view.explanation).toMatch(/replaced the links/);
  });
});
