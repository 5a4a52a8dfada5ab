import * as Y from 'yjs';
import { random as seeded } from '@partnermap/shared/doc/fixtures/random.ts';
import { craftUpdate, type CraftedBlock, type CraftedContent, type CraftedStruct, type Ref } from '@partnermap/shared/doc/fixtures/craftUpdate.ts';

/** A seeded generator, so that a failing run can be replayed from its seed. */
export const random = (seed: number): (() => number) => seeded(seed).next;

export type Mutation = 'intact' | 'flip' | 'truncate' | 'splice' | 'duplicate' | 'reorder' | 'parent' | 'noise';
export const MUTATIONS: readonly Mutation[] = ['intact', 'flip', 'truncate', 'splice', 'duplicate', 'reorder', 'parent', 'noise'];

/** One hostile (or, for `intact`, honest) update made from the corpus by the named mutation. */
export function mutate(corpus: Uint8Array[], mutation: Mutation, rnd: () => number): Uint8Array {
  const pick = () => corpus[Math.floor(rnd() * corpus.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  const base = pick();
  switch (mutation) {
    case 'intact':
      return base;
    case 'flip': {
      const out = Uint8Array.from(base);
      for (let n = 1 + int(3); n > 0; n--) out[int(out.length)]! ^= 1 << int(8);
      return out;
    }
    case 'truncate':
      return base.slice(0, int(base.length));
    case 'splice': {
      const other = pick();
      return Uint8Array.from([...base.slice(0, int(base.length)), ...other.slice(int(other.length))]);
    }
    case 'noise':
      return Uint8Array.from({ length: 1 + int(64) }, () => int(256));
    default:
      return restructure(base, mutation, rnd);
  }
}

/** Decodes a real update into structs, changes them, and writes them back by hand. */
function restructure(update: Uint8Array, mutation: 'duplicate' | 'reorder' | 'parent', rnd: () => number): Uint8Array {
  const int = (n: number) => Math.floor(rnd() * n);
  const blocks = toBlocks(update);
  const block = blocks[int(blocks.length)];
  if (!block || block.structs.length === 0) return update;
  const i = int(block.structs.length);
  if (mutation === 'duplicate') {
    block.structs.splice(i, 0, block.structs[i]!);
    if (rnd() < 0.3) blocks.push({ ...block, structs: [...block.structs] });
  } else if (mutation === 'reorder') {
    const j = int(block.structs.length);
    [block.structs[i], block.structs[j]] = [block.structs[j]!, block.structs[i]!];
    if (rnd() < 0.3) blocks.reverse();
  } else {
    const struct = block.structs[i]!;
    const ref: Ref = rnd() < 0.5 ? [block.client, block.clock + block.structs.length + int(10)] : [int(1 << 20), int(100)];
    const roots = ['agencies', 'meta', 'review', 'goals', 'nowhere'];
    const choice = int(4);
    block.structs[i] = {
      content: struct.content,
      key: struct.key ?? 'k',
      ...(choice === 0 ? { parent: ref } : choice === 1 ? { origin: ref } : choice === 2 ? { rightOrigin: ref } : { parent: roots[int(roots.length)]! }),
    };
  }
  return craftUpdate(blocks);
}

function toBlocks(update: Uint8Array): CraftedBlock[] {
  const blocks: CraftedBlock[] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    let block = blocks.at(-1);
    if (!block || block.client !== s.id.client) {
      block = { client: s.id.client, clock: s.id.clock, structs: [] };
      blocks.push(block);
    }
    block.structs.push(toStruct(s));
  }
  return blocks;
}

function toStruct(s: Y.Item | Y.GC | Y.Skip): CraftedStruct {
  if (!(s instanceof Y.Item)) return { content: { gc: s.length } };
  const ref = (id: Y.ID | null): Ref | undefined => (id ? [id.client, id.clock] : undefined);
  const parent = typeof s.parent === 'string' ? s.parent : s.parent instanceof Y.ID ? ref(s.parent) : undefined;
  return {
    ...(s.origin ? { origin: ref(s.origin) } : {}),
    ...(s.rightOrigin ? { rightOrigin: ref(s.rightOrigin) } : {}),
    ...(parent ? { parent } : {}),
    ...(s.parentSub !== null ? { key: s.parentSub } : {}),
    content: toContent(s.content),
  };
}

function toContent(c: Y.Item['content']): CraftedContent {
  if (c instanceof Y.ContentAny) return { any: c.arr };
  if (c instanceof Y.ContentDeleted) return { deleted: c.len };
  if (c instanceof Y.ContentString) return { string: c.str };
  if (c instanceof Y.ContentType) return c.type instanceof Y.Map ? { map: true } : { type: 0 };
  return { any: [null] };
}
