import { z } from 'zod';

/** The Audit Commission's (1998) structural models, least to most formal, plus managed networks. */
export const PARTNERSHIP_MODELS = [
  'steering-group',
  'co-located-staff',
  'virtual-organisation',
  'separate-organisation',
  'managed-network',
] as const;
export const PartnershipModelSchema = z.enum(PARTNERSHIP_MODELS);
export type PartnershipModel = z.infer<typeof PartnershipModelSchema>;
export const PARTNERSHIP_MODEL_LABELS: Record<PartnershipModel, string> = {
  'steering-group': 'Steering group',
  'co-located-staff': 'Co-located staff',
  'virtual-organisation': "'Virtual' organisation",
  'separate-organisation': 'Separate organisation',
  'managed-network': 'Managed network',
};
export const PARTNERSHIP_MODEL_MEANINGS: Record<PartnershipModel, string> = {
  'steering-group': 'a steering group without dedicated staff or budget',
  'co-located-staff': 'staff from partner organisations work together, each still managed by its employer',
  'virtual-organisation': 'its own name and identity, but one partner employs the staff and holds the money',
  'separate-organisation': 'a separate organisation with its own legal identity',
  'managed-network':
    'a managed clinical network (one condition, along the pathway), managed care network (multi-agency) or obligate network (remote areas linked to larger centres)',
};

/** A named group of agencies (a container on the map). An agency can be in several. */
export const PartnershipSchema = z.object({
  id: z.string().min(1),
  name: z.string().max(200),
  model: PartnershipModelSchema,
  // A field with a default may be left out of the doc while it holds it (LEFT_OUT_WHEN_DEFAULT).
  description: z.string().max(5000).default(''),
  memberIds: z.array(z.string()),
  goalIds: z.array(z.string()).default(() => []),
});
export type Partnership = z.infer<typeof PartnershipSchema>;
export type PartnershipFields = Omit<Partnership, 'id' | 'memberIds'>;

export function createPartnership(
  id: string,
  memberIds: string[],
  fields: Partial<PartnershipFields> = {},
): Partnership {
  return PartnershipSchema.parse({
    id,
    name: '',
    model: 'steering-group',
    memberIds,
    // The rest read as their schema's default.
    ...fields,
  });
}
