import type { Partnership } from '@partnermap/shared/model';
import { drawOverview, drawsFar, type OverviewContext } from './drawOverview.ts';
import { SceneParts, overviewScene, viewBox, type MapMode, type OverviewAgencyInput, type OverviewLineInput, type OverviewScene, type Viewport } from './scene.ts';
import { changedCells } from './sceneChanges.ts';

/**
 * The overview's painter: what it is told (the map, the view, the look) and what it paints from
 * that. The same object paints in a worker, on a canvas handed over to it, or on the page itself
 * where workers cannot paint; either way it hears of the map as changes, never the whole map again.
 */

/** Things with an id, added or altered (`set`) and removed; `reset` starts the list afresh. */
export interface ListChanges<T extends { id: string }> {
  reset: boolean;
  set: T[];
  removed: string[];
}

export type PainterMessage =
  | { kind: 'map'; agencies: ListChanges<OverviewAgencyInput>; lines: ListChanges<OverviewLineInput> }
  | { kind: 'view'; viewport: Viewport; width: number; height: number; ratio: number }
  | { kind: 'look'; mode: MapMode; partnerships: readonly Partnership[]; selectedPartnershipId: string | undefined; drawnLines: ReadonlySet<string> | undefined };

/**
 * What a paint did: how many agencies are on the canvas, whether all of it or only the changed
 * part was painted again, and when (ms since 1970: a worker's clock and the page's start apart).
 */
export interface PaintReport {
  drawn: number;
  repaint: 'all' | 'changed' | 'none';
  at: number;
}

/** What the canvas shows, so that a change to the map under the same view repaints only where it changed. */
interface Painted {
  scene: OverviewScene;
  viewport: Viewport;
  width: number;
  height: number;
  ratio: number;
  far: boolean;
}

/** A list kept by id in the order first heard of, changed in place. */
export class KeptList<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private list: T[] | undefined = [];

  apply(changes: ListChanges<T>): void {
    if (changes.reset) this.byId.clear();
    for (const id of changes.removed) this.byId.delete(id);
    // An altered thing keeps its place: Map.set on a key it holds does not move it.
    for (const x of changes.set) this.byId.set(x.id, x);
    this.list = undefined;
  }

  get all(): readonly T[] {
    return (this.list ??= [...this.byId.values()]);
  }
}

interface Surface {
  width: number;
  height: number;
  getContext(kind: '2d'): OverviewContext | null;
}

export class OverviewPainter {
  private readonly agencies = new KeptList<OverviewAgencyInput>();
  private readonly lines = new KeptList<OverviewLineInput>();
  private view: Extract<PainterMessage, { kind: 'view' }> | undefined;
  private look: Extract<PainterMessage, { kind: 'look' }> | undefined;
  private readonly parts = new SceneParts();
  private painted: Painted | undefined;

  receive(message: PainterMessage): void {
    if (message.kind === 'map') {
      this.agencies.apply(message.agencies);
      this.lines.apply(message.lines);
    } else if (message.kind === 'view') this.view = message;
    else this.look = message;
  }

  /** Paints what it has been told on the canvas; nothing before it knows the view and the look. */
  paint(canvas: Surface): PaintReport | undefined {
    const ctx = canvas.getContext('2d');
    if (!this.view || !this.look || !ctx) return undefined;
    const { viewport, width, height, ratio } = this.view;
    const { mode, partnerships, selectedPartnershipId, drawnLines } = this.look;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      this.painted = undefined;
    }
    const { x, y, zoom } = viewport;
    const only = mode === 'detail' ? { lines: drawnLines ?? new Set<string>() } : undefined;
    const scene = overviewScene(this.agencies.all, this.lines.all, viewBox(viewport, { width, height }), zoom, only, { all: partnerships, selectedId: selectedPartnershipId }, this.parts);
    const far = drawsFar(scene, zoom);
    const last = this.painted;
    const sameView = !!last && last.width === width && last.height === height && last.ratio === ratio && last.far === far && last.viewport.x === x && last.viewport.y === y && last.viewport.zoom === zoom;
    const dirty = last && sameView ? changedCells(last.scene, scene, viewport, { width, height }) : undefined;
    this.painted = { scene, viewport, width, height, ratio, far };
    // Undefined cells (another view, or most of the canvas changed) mean painting it all again.
    if (dirty?.empty) return { drawn: scene.agencies.length, repaint: 'none', at: performance.timeOrigin + performance.now() };
    drawOverview(ctx, scene, { viewport, size: { width, height }, ratio, far }, dirty);
    return { drawn: scene.agencies.length, repaint: dirty ? 'changed' : 'all', at: performance.timeOrigin + performance.now() };
  }
}

/** Whether the things changed are most of the list: then it is cheaper to send it whole. */
const mostOf = (changed: readonly unknown[], list: readonly unknown[]) => changed.length > list.length / 2;

/**
 * The changes that bring a list last sent (kept here, by id) up to `next`: things are compared by
 * identity, as the map keeps an unchanged agency or relationship as the same object. Most of
 * the list changed, or its order, and the whole list is sent afresh.
 */
export class SentList<T extends { id: string }> {
  private sent = new Map<string, T>();
  /** The list last sent, in its order (the order of `sent` too). */
  private last: readonly T[] = [];

  changes(next: readonly T[]): ListChanges<T> {
    const changes = this.alteredInPlace(next) ?? this.anyChanges(next);
    this.last = next;
    return changes;
  }

  /**
   * The usual change, things altered where they are (a move, an edit, a selection), found by
   * walking the list beside the last one: no lookups by id, which for every agency and
   * relationship of a big board cost a millisecond of each colleague's edit.
   */
  private alteredInPlace(next: readonly T[]): ListChanges<T> | undefined {
    const last = this.last;
    if (next.length !== last.length) return undefined;
    const set: T[] = [];
    for (let i = 0; i < next.length; i++) {
      const x = next[i]!;
      const was = last[i]!;
      if (x === was) continue;
      if (x.id !== was.id) return undefined;
      set.push(x);
    }
    // Most of it changed: the general path sends it whole.
    if (mostOf(set, next)) return undefined;
    for (const x of set) this.sent.set(x.id, x);
    return { reset: false, set, removed: [] };
  }

  private anyChanges(next: readonly T[]): ListChanges<T> {
    const sent = this.sent;
    const nextIds = new Set<string>();
    for (const x of next) nextIds.add(x.id);
    const removed: string[] = [];
    const keptOrder: string[] = [];
    for (const id of sent.keys()) (nextIds.has(id) ? keptOrder : removed).push(id);
    const set: T[] = [];
    // The other side keeps what it has in place and adds new things at the end: any other order
    // has to be sent whole.
    let inOrder = true;
    let k = 0;
    let added = false;
    for (const x of next) {
      const was = sent.get(x.id);
      if (was === undefined) {
        set.push(x);
        added = true;
        continue;
      }
      if (added || keptOrder[k] !== x.id) inOrder = false;
      k++;
      if (was !== x) set.push(x);
    }
    if (!inOrder || mostOf(set, next)) {
      this.sent = new Map(next.map((x) => [x.id, x]));
      return { reset: true, set: [...next], removed: [] };
    }
    for (const id of removed) sent.delete(id);
    for (const x of set) sent.set(x.id, x);
    return { reset: false, set, removed };
  }
}
