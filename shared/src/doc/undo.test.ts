import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAgency, moveAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, type BoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { readBoard } from './readBoard.ts';
import { createBoardUndo } from './undo.ts';

function names(doc: BoardDoc): string[] {
  return readBoard(doc).board.agencies.map((a) => a.name).sort();
}

describe('createBoardUndo', () => {
  it('undoes and redoes this person’s own edits', () => {
    const doc = createBoardDoc();
    const undo = createBoardUndo(doc);
    const id = addAgency(doc, { name: 'Hospice' });
    undo.stopCapturing();
    updateAgency(doc, id, { name: 'St Anne’s Hospice' });
    expect(undo.canUndo()).toBe(true);
    undo.undo();
    expect(names(doc)).toEqual(['Hospice']);
    undo.undo();
    expect(names(doc)).toEqual([]);
    undo.redo();
    expect(names(doc)).toEqual(['Hospice']);
    undo.destroy();
  });

  it('does not undo a colleague’s edit applied with another origin', () => {
    const doc = createBoardDoc();
    const colleague = openBoardDoc();
    applyBoardUpdate(colleague, encodeBoard(doc));
    const undo = createBoardUndo(doc);

    addAgency(doc, { name: 'Mine' });
    undo.stopCapturing();
    addAgency(colleague, { name: 'Theirs' });
    applyBoardUpdate(doc, Y.encodeStateAsUpdate(yDocOf(colleague), Y.encodeStateVector(yDocOf(doc))), 'provider');
    expect(names(doc)).toEqual(['Mine', 'Theirs']);

    undo.undo();
    expect(names(doc)).toEqual(['Theirs']);
    expect(undo.canUndo()).toBe(false);
    undo.destroy();
  });

  describe('a step held open (a drag)', () => {
    afterEach(() => vi.useRealTimers());

    it('is undone in one go, even with a long pause inside it, and is not merged with the edit before it', () => {
      vi.useFakeTimers();
      const doc = createBoardDoc();
      const undo = createBoardUndo(doc);
      const id = addAgency(doc, { name: 'Hospice', position: { x: 0, y: 0 } });
      const position = () => readBoard(doc).board.agencies[0]?.position;

      undo.beginStep();
      moveAgency(doc, id, { x: 10, y: 10 });
      vi.advanceTimersByTime(2000);
      moveAgency(doc, id, { x: 40, y: 40 });
      undo.endStep();
      moveAgency(doc, id, { x: 99, y: 99 });

      undo.undo();
      expect(position()).toEqual({ x: 40, y: 40 });
      undo.undo();
      expect(position()).toEqual({ x: 0, y: 0 });
      expect(names(doc)).toEqual(['Hospice']);
      undo.destroy();
    });
  });
});
