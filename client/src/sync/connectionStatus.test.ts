import { describe, expect, it } from 'vitest';
import { CloseCode } from '@partnermap/shared/protocol';
import { describeConnection, reachesServer, type SocketFacts } from './connectionStatus.ts';

const base: SocketFacts = {
  status: 'connecting',
  synced: false,
  everSynced: false,
  editedHere: false,
  unsaved: false,
  online: true,
  closeCode: undefined,
};
const synced: Partial<SocketFacts> = { status: 'connected', synced: true, everSynced: true };

describe('describeConnection', () => {
  it.each<[string, Partial<SocketFacts>, string, boolean]>([
    ['first connection under way', {}, 'connecting', false],
    ['connected but not yet synced', { status: 'connected' }, 'connecting', false],
    ['connected and synced', synced, 'live', false],
    ['own edits not yet confirmed stored', { ...synced, editedHere: true, unsaved: true }, 'saving', false],
    ['own edits confirmed stored', { ...synced, editedHere: true }, 'saved', false],
    ['lost after syncing', { status: 'disconnected', everSynced: true }, 'reconnecting', false],
    ['retrying after syncing', { status: 'connecting', everSynced: true }, 'reconnecting', false],
    ['the browser is offline', { status: 'disconnected', everSynced: true, online: false }, 'offline', false],
    ['opened while offline, from the cache', { status: 'disconnected', online: false }, 'offline', false],
    ['board deleted', { status: 'disconnected', closeCode: CloseCode.BoardGone }, 'offline', true],
    ['links replaced', { status: 'disconnected', everSynced: true, closeCode: CloseCode.LinkReplaced }, 'offline', true],
    ['server restarting', { status: 'disconnected', everSynced: true, closeCode: CloseCode.GoingAway }, 'reconnecting', false],
  ])('%s', (_name, facts, state, final) => {
    const view = describeConnection({ ...base, ...facts });
    expect(view.state).toBe(state);
    expect(view.final).toBe(final);
  });

  it.each<[string, Partial<SocketFacts>, RegExp]>([
    ['links replaced', { status: 'disconnected', closeCode: CloseCode.LinkReplaced }, /replaced the links/],
    ['offline', { status: 'disconnected', online: false }, /offline.*edits are kept/],
    ['reconnecting', { status: 'connecting', everSynced: true }, /Reconnecting.*edits are kept/],
    ['server restarting', { status: 'connecting', everSynced: true, closeCode: CloseCode.GoingAway }, /restarting.*edits are kept/],
  ])('explains %s in plain words', (_name, facts, words) => {
    expect(describeConnection({ ...base, ...facts }).explanation).toMatch(words);
  });

  it.each<[string, Partial<SocketFacts>, boolean, boolean]>([
    ['links replaced with every edit stored', { status: 'disconnected', closeCode: CloseCode.LinkReplaced }, true, false],
    ['links replaced with edits not yet stored', { status: 'disconnected', closeCode: CloseCode.LinkReplaced, unsaved: true }, true, true],
    ['board deleted', { status: 'disconnected', closeCode: CloseCode.BoardGone }, false, false],
    ['server restarting', { status: 'disconnected', everSynced: true, closeCode: CloseCode.GoingAway }, false, false],
  ])('%s: link replaced = %s, unsent edits = %s', (_name, facts, linkReplaced, unsaved) => {
    const view = describeConnection({ ...base, ...facts });
    expect(view.linkReplaced).toBe(linkReplaced);
    expect(view.unsaved).toBe(unsaved);
  });

  it.each<[string, Partial<SocketFacts>, boolean]>([
    ['an edit past the size limit', { status: 'disconnected', everSynced: true, closeCode: CloseCode.BoardFull }, true],
    ['a malformed message', { status: 'disconnected', everSynced: true, closeCode: CloseCode.BadMessage }, false],
    ['reconnected since', { ...synced, closeCode: CloseCode.BoardFull }, false],
  ])('%s: the board is full = %s', (_name, facts, boardFull) => {
    expect(describeConnection({ ...base, ...facts }).boardFull).toBe(boardFull);
  });

  it.each<[string, Partial<SocketFacts>, boolean]>([
    ['first connection under way', {}, false],
    ['connected but not yet synced', { status: 'connected' }, false],
    ['opened while offline, from the cache', { status: 'disconnected', online: false }, false],
    ['connected and synced', synced, true],
    ['lost after syncing', { status: 'disconnected', everSynced: true }, true],
  ])('%s: the board has come in = %s', (_name, facts, boardIn) => {
    expect(describeConnection({ ...base, ...facts }).boardIn).toBe(boardIn);
  });
});

describe('reachesServer', () => {
  it('holds once the server has answered, and not while connecting, reconnecting or offline', () => {
    const reached = (facts: Partial<SocketFacts>) => reachesServer(describeConnection({ ...base, ...facts }).state);
    expect(reached(synced)).toBe(true);
    expect(reached({ ...synced, editedHere: true, unsaved: true })).toBe(true);
    expect(reached({ ...synced, editedHere: true })).toBe(true);
    expect(reached({})).toBe(false);
    expect(reached({ status: 'disconnected', everSynced: true })).toBe(false);
    expect(reached({ status: 'disconnected', everSynced: true, online: false })).toBe(false);
  });
});
