import { z } from 'zod';

/** Poxton's continuum of integration, an ordered scale. */
export const INTEGRATION_DEGREES = [1, 2, 3, 4] as const;
export const IntegrationSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Integration = z.infer<typeof IntegrationSchema>;
export const INTEGRATION_LABELS: Record<Integration, string> = {
  1: 'Communication',
  2: 'Co-ordination',
  3: 'Collaboration',
  4: 'Integration',
};
export const INTEGRATION_MEANINGS: Record<Integration, string> = {
  1: 'informing each other of separate actions',
  2: "working separately, but mindful of each other's actions",
  3: 'working together in a cohesive way',
  4: 'working together as one agency',
};

export const PARTNERSHIP_KINDS = ['coordinating', 'cooperative'] as const;
export const PartnershipKindSchema = z.enum(PARTNERSHIP_KINDS);
export type PartnershipKind = z.infer<typeof PartnershipKindSchema>;
export const PARTNERSHIP_KIND_LABELS: Record<PartnershipKind, string> = {
  coordinating: 'Coordinating',
  cooperative: 'Cooperative',
};
export const PARTNERSHIP_KIND_MEANINGS: Record<PartnershipKind, string> = {
  coordinating:
    'partners agree the problem, the solution and how; someone manages the joint work; high maintenance',
  cooperative:
    'each pursues its own goals through reciprocal exchange; low maintenance; builds trust',
};

export const FORMALITIES = ['realigned', 'formal', 'informal'] as const;
export const FormalitySchema = z.enum(FORMALITIES);
export type Formality = z.infer<typeof FormalitySchema>;
export const FORMALITY_LABELS: Record<Formality, string> = {
  realigned: 'Realigned boundaries',
  formal: 'Formal',
  informal: 'Informal',
};
export const FORMALITY_MEANINGS: Record<Formality, string> = {
  realigned: 'organisational boundaries have been redrawn around the joint work',
  formal: 'a contract, protocol or framework agreement',
  informal: 'liaison, consultation or an unwritten agreement',
};

export const DIRECTIONS = ['horizontal', 'vertical'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof DirectionSchema>;
export const DIRECTION_LABELS: Record<Direction, string> = {
  horizontal: 'Horizontal',
  vertical: 'Vertical',
};
export const DIRECTION_MEANINGS: Record<Direction, string> = {
  horizontal: 'between different agencies or care groups',
  vertical: 'within one organisation or along a care pathway',
};

export const LEVELS = ['operational', 'strategic', 'policy'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;
export const LEVEL_LABELS: Record<Level, string> = {
  operational: 'Operational',
  strategic: 'Strategic',
  policy: 'Policy',
};
export const LEVEL_MEANINGS: Record<Level, string> = {
  operational: 'front-line staff and day-to-day work',
  strategic: 'managers planning services together',
  policy: 'boards and leaders setting direction',
};

export const TRUST_LEVELS = ['unknown', 'low', 'moderate', 'high'] as const;
export const TrustSchema = z.enum(TRUST_LEVELS);
export type Trust = z.infer<typeof TrustSchema>;
export const TRUST_LABELS: Record<Trust, string> = {
  unknown: 'Not known',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};
/** Trust as steps on a scale, so two sides' trust can be compared; "not known" is no step. */
export const TRUST_STEPS: Record<Trust, number | null> = { unknown: null, low: 1, moderate: 2, high: 3 };

/**
 * One agency's own rating of the degree of integration, beside the agreed one; null until that
 * side has rated it. Defaults to null so relationships saved before schema 2 read cleanly.
 */
export const OwnIntegrationSchema = IntegrationSchema.nullable().default(null);

/** A relationship between two agencies (an edge). */
export const RelationshipSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  integration: IntegrationSchema,
  kind: PartnershipKindSchema,
  formality: FormalitySchema,
  direction: DirectionSchema,
  level: LevelSchema,
  /** The source agency's own rating of the degree of integration. */
  integrationFromSource: OwnIntegrationSchema,
  /** The target agency's own rating of the degree of integration. */
  integrationFromTarget: OwnIntegrationSchema,
  /** How far the source agency trusts the target. */
  trustFromSource: TrustSchema.default('unknown'),
  /** How far the target agency trusts the source. */
  trustFromTarget: TrustSchema.default('unknown'),
  // A field with a default may be left out of the doc while it holds it (LEFT_OUT_WHEN_DEFAULT).
  notes: z.string().max(10000).default(''),
  /** Ids of the board goals this relationship serves. */
  goalIds: z.array(z.string()).default(() => []),
});
export type Relationship = z.infer<typeof RelationshipSchema>;
export type RelationshipFields = Omit<Relationship, 'id' | 'source' | 'target'>;

export function createRelationship(
  id: string,
  source: string,
  target: string,
  fields: Partial<RelationshipFields> = {},
): Relationship {
  return RelationshipSchema.parse({
    id,
    source,
    target,
    integration: 1,
    kind: 'cooperative',
    formality: 'informal',
    direction: 'horizontal',
    level: 'operational',
    // The rest read as their schema's default.
    ...fields,
  });
}

/** The same key for a pair of agencies in either order: two agencies have one relationship. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Whether an exchange flows between the two agencies of this relationship, one way or the other. */
export function flowsAlong(rel: Pick<Relationship, 'source' | 'target'>, ex: { from: string; to: string }): boolean {
  return (ex.from === rel.source && ex.to === rel.target) || (ex.from === rel.target && ex.to === rel.source);
}
