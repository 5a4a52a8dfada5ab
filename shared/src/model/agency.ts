import { z } from 'zod';
import { CurrencySchema } from './currency.ts';
import { SectorSchema } from './sector.ts';

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof PositionSchema>;

/** An independent body on the map (a node). */
export const AgencySchema = z.object({
  id: z.string().min(1),
  name: z.string().max(200),
  sector: SectorSchema,
  // A field with a default may be left out of the doc while it holds it (LEFT_OUT_WHEN_DEFAULT).
  description: z.string().max(5000).default(''),
  /** Contact or lead person, free text. */
  contact: z.string().max(500).default(''),
  /** The currencies that count for this agency. */
  values: z.array(CurrencySchema).default(() => []),
  position: PositionSchema,
});
export type Agency = z.infer<typeof AgencySchema>;

export type AgencyFields = Omit<Agency, 'id'>;

export function createAgency(id: string, fields: Partial<AgencyFields> = {}): Agency {
  return AgencySchema.parse({
    id,
    name: '',
    sector: 'other',
    position: { x: 0, y: 0 },
    // The rest read as their schema's default.
    ...fields,
  });
}

/** What an agency is called on screen before someone has named it. */
export const UNNAMED_AGENCY = 'Unnamed agency';

/** An agency's name where a person reads it; `unnamed` stands in for an empty or missing one. */
export function agencyName(agency: { name: string } | undefined, unnamed = UNNAMED_AGENCY): string {
  return agency?.name || unnamed;
}

/**
 * Agency names by id for a whole board, looked up once rather than searched per use. Exports
 * pass `unnamed = ''`: a blank cell, rather than a name nobody gave. The index is built on the
 * first lookup: views make this on every change of a big board and often look nothing up.
 */
export function agencyNames(
  board: { agencies: readonly { id: string; name: string }[] },
  unnamed = UNNAMED_AGENCY,
): (id: string) => string {
  const { agencies } = board;
  let byId: Map<string, { name: string }> | undefined;
  return (id) => agencyName((byId ??= new Map(agencies.map((a) => [a.id, a]))).get(id), unnamed);
}
