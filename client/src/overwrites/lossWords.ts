import type { Overwrite } from '@partnermap/shared/doc';
import {
  CURRENCY_LABELS,
  INTEGRATION_LABELS,
  PARTNERSHIP_KIND_LABELS,
  agencyNames,
  type Board,
  type Currency,
  type Integration,
  type PartnershipKind,
} from '@partnermap/shared/model';

/** A loss told to the person who lost the work: what happened, and their work to copy back. */
export interface LossWords {
  headline: string;
  /** This person's lost work, as text to copy. */
  lost: string;
}

const FIELD_WORDS: Record<string, Record<string, string>> = {
  agencies: { name: 'name', description: 'description', contact: 'contact' },
  relationships: { notes: 'notes' },
  exchanges: { description: 'description' },
  partnerships: { name: 'name', description: 'description' },
  goals: { outcome: 'wording' },
  meta: { title: 'board title', definition: 'definition of partnership' },
};

const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Which thing the field belongs to, as the board shows it now. */
function thing(loss: Extract<Overwrite, { kind: 'text' }>, board: Board): string {
  const nameOf = agencyNames(board);
  switch (loss.root) {
    case 'agencies':
      return loss.field === 'name' ? 'an agency' : `agency ${quoted(nameOf(loss.id))}`;
    case 'relationships': {
      const r = board.relationships.find((x) => x.id === loss.id);
      return r ? `the relationship between ${nameOf(r.source)} and ${nameOf(r.target)}` : 'a relationship';
    }
    case 'exchanges':
      return 'an exchange';
    case 'partnerships': {
      const p = board.partnerships.find((x) => x.id === loss.id);
      return loss.field === 'name' || !p ? 'a partnership' : `partnership ${quoted(p.name)}`;
    }
    case 'goals':
      return 'a goal';
    case 'meta':
      return 'the board';
  }
}

/**
 * Plain words for a loss: who replaced what, or what was dropped and why. `who` is the colleague's
 * name from presence, or undefined when they have left and were never seen.
 */
export function lossWords(loss: Overwrite, board: Board, who: string | undefined): LossWords {
  const someone = who ?? 'A colleague';
  if (loss.kind === 'text') {
    const field = FIELD_WORDS[loss.root]?.[loss.field] ?? loss.field;
    const of = loss.root === 'meta' ? '' : ` of ${thing(loss, board)}`;
    const now = loss.now ? `; it now reads ${quoted(loss.now)}` : '';
    return {
      headline: `${someone} changed the ${field}${of} at the same time as you, and their text was kept${now}. Your text is below to copy.`,
      lost: loss.lost,
    };
  }
  const l = loss.lost;
  const removedName = (id: unknown, name: unknown) => (loss.missing.includes(String(id)) ? str(name) || 'an agency' : undefined);
  if (loss.root === 'relationships') {
    const gone = removedName(l.source, l.sourceName) ?? removedName(l.target, l.targetName) ?? 'An agency';
    const pair = `${str(l.sourceName) || 'an agency'} and ${str(l.targetName) || 'an agency'}`;
    const degree = INTEGRATION_LABELS[l.integration as Integration] ?? '';
    const kind = PARTNERSHIP_KIND_LABELS[l.kind as PartnershipKind] ?? '';
    const notes = str(l.notes) ? ` Notes: ${str(l.notes)}` : '';
    return {
      headline: `The relationship you added between ${pair} is no longer on the board: ${gone} was removed by ${who ?? 'a colleague'} while you were apart.`,
      lost: `${pair}: ${[degree, kind].filter(Boolean).join(', ').toLowerCase()}.${notes}`,
    };
  }
  const gone = removedName(l.from, l.fromName) ?? removedName(l.to, l.toName) ?? 'its relationship';
  const what = `${str(l.fromName) || 'An agency'} gives ${str(l.toName) || 'an agency'} ${(CURRENCY_LABELS[l.currency as Currency] ?? '').toLowerCase()}${str(l.description) ? `: ${str(l.description)}` : ''}`;
  return {
    headline: `The exchange you added (${what}) is no longer on the board: ${gone} was removed by ${who ?? 'a colleague'} while you were apart.`,
    lost: what,
  };
}
