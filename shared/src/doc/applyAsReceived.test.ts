import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAsReceived } from './applyAsReceived.ts';

const SERVER = { name: 'server' };

function boardWithAgencies(n: number): Y.Doc {
  const doc = new Y.Doc();
  const agencies = doc.getMap('agencies');
  for (let i = 0; i < n; i++) agencies.set(`a${i}`, new Y.Map([['name', `Agency ${i}`]]));
  return doc;
}

function listen(doc: Y.Doc): { update: Uint8Array; origin: unknown }[] {
  const heard: { update: Uint8Array; origin: unknown }[] = [];
  doc.on('update', (update, origin) => heard.push({ update, origin }));
  return heard;
}

describe('applyAsReceived', () => {
  it('applies the update and gives listeners the very bytes that came, with their origin', () => {
    const update = Y.encodeStateAsUpdate(boardWithAgencies(3));
    const doc = new Y.Doc();
    const heard = listen(doc);
    applyAsReceived(doc, update, SERVER);
    expect(doc.getMap('agencies').size).toBe(3);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.update).toBe(update);
    expect(heard[0]?.origin).toBe(SERVER);
    // What a listener stored rebuilds the same board elsewhere (the browser's copy after a reload).
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0]?.update ?? new Uint8Array());
    expect(copy.getMap('agencies').toJSON()).toEqual(doc.getMap('agencies').toJSON());
  });

  it('tells nobody about an update that changes nothing, as Yjs would not', () => {
    const update = Y.encodeStateAsUpdate(boardWithAgencies(2));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const heard = listen(doc);
    applyAsReceived(doc, update, SERVER);
    expect(heard).toHaveLength(0);
  });

  it('passes on a deletion of something already held', () => {
    const source = boardWithAgencies(2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    const before = Y.encodeStateVector(source);
    source.getMap('agencies').delete('a0');
    const heard = listen(doc);
    applyAsReceived(doc, Y.encodeStateAsUpdate(source, before), SERVER);
    expect(doc.getMap('agencies').has('a0')).toBe(false);
    expect(heard).toHaveLength(1);
  });

  it('keeps the listeners afterwards, so local edits still reach them', () => {
    const doc = new Y.Doc();
    const heard = listen(doc);
    applyAsReceived(doc, Y.encodeStateAsUpdate(boardWithAgencies(1)), SERVER);
    doc.getMap('agencies').delete('a0');
    expect(heard).toHaveLength(2);
    expect(heard[1]?.origin).toBe(null);
  });

  it('passes on an update that must wait for an earlier one, so a stored copy holds both', () => {
    const source = new Y.Doc();
    const agencies = source.getMap('agencies');
    agencies.set('a', 1);
    const first = Y.encodeStateAsUpdate(source);
    const sv = Y.encodeStateVector(source);
    agencies.set('b', 2);
    const second = Y.encodeStateAsUpdate(source, sv);
    const doc = new Y.Doc();
    const heard = listen(doc);
    applyAsReceived(doc, second, SERVER);
    expect(doc.getMap('agencies').has('b')).toBe(false);
    applyAsReceived(doc, first, SERVER);
    expect(doc.getMap('agencies').toJSON()).toEqual({ a: 1, b: 2 });
    const copy = new Y.Doc();
    for (const { update } of heard) Y.applyUpdate(copy, update);
    expect(copy.getMap('agencies').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('throws on bytes that are not an update, tells nobody, and keeps the listeners', () => {
    const doc = new Y.Doc();
    const heard = listen(doc);
    expect(() => applyAsReceived(doc, new Uint8Array([9, 200, 1, 7]), SERVER)).toThrow();
    expect(heard).toHaveLength(0);
    doc.getMap('agencies').set('a', 1);
    expect(heard).toHaveLength(1);
  });

  it('when an observer throws after the update applied, listeners still get what was applied', () => {
    const update = Y.encodeStateAsUpdate(boardWithAgencies(2));
    const doc = new Y.Doc();
    doc.getMap('agencies').observe(() => {
      throw new Error('observer failed');
    });
    const heard = listen(doc);
    expect(() => applyAsReceived(doc, update, SERVER)).toThrow('observer failed');
    expect(heard).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, heard[0]?.update ?? new Uint8Array());
    expect(copy.getMap('agencies').size).toBe(2);
  });

  it('applies as usual on a doc nobody listens to', () => {
    const doc = new Y.Doc();
    applyAsReceived(doc, Y.encodeStateAsUpdate(boardWithAgencies(2)), SERVER);
    expect(doc.getMap('agencies').size).toBe(2);
  });
});
