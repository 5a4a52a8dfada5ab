import { z } from 'zod';

/** Sectors seen in the partnership literature (DOMAIN.md: Agency). */
export const SECTORS = [
  'nhs-acute',
  'nhs-primary-care',
  'nhs-mental-health',
  'nhs-community',
  'social-care',
  'housing',
  'local-government',
  'voluntary-community',
  'police-justice',
  'education',
  'private-independent',
  'people-carers',
  'other',
] as const;

export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const SECTOR_LABELS: Record<Sector, string> = {
  'nhs-acute': 'Health: acute (NHS)',
  'nhs-primary-care': 'Health: primary care (NHS)',
  'nhs-mental-health': 'Health: mental health (NHS)',
  'nhs-community': 'Health: community (NHS)',
  'social-care': 'Social care',
  housing: 'Housing',
  'local-government': 'Local government',
  'voluntary-community': 'Voluntary and community',
  'police-justice': 'Police and justice',
  education: 'Education',
  'private-independent': 'Private / independent sector',
  'people-carers': 'People who use services and carers',
  other: 'Other',
};
