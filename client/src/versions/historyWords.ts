import {
  DIRECTION_LABELS,
  FORMALITY_LABELS,
  INTEGRATION_LABELS,
  LEVEL_LABELS,
  PARTNERSHIP_KIND_LABELS,
  PARTNERSHIP_MODEL_LABELS,
  SECTOR_LABELS,
  TRUST_LABELS,
} from '@partnermap/shared/model';
import type { FieldHistoryEntry } from '@partnermap/shared/protocol';

/** What each field is called in a sentence, and its stored values' labels. */
const FIELDS: Record<string, { words: string; labels?: Record<string, string> }> = {
  integration: { words: 'Degree', labels: INTEGRATION_LABELS },
  integrationFromSource: { words: "One side's own rating", labels: INTEGRATION_LABELS },
  integrationFromTarget: { words: "The other side's own rating", labels: INTEGRATION_LABELS },
  kind: { words: 'Kind', labels: PARTNERSHIP_KIND_LABELS },
  formality: { words: 'Formality', labels: FORMALITY_LABELS },
  direction: { words: 'Direction', labels: DIRECTION_LABELS },
  level: { words: 'Level', labels: LEVEL_LABELS },
  trustFromSource: { words: 'Trust', labels: TRUST_LABELS },
  trustFromTarget: { words: 'Trust', labels: TRUST_LABELS },
  sector: { words: 'Sector', labels: SECTOR_LABELS },
  model: { words: 'Model', labels: PARTNERSHIP_MODEL_LABELS },
  name: { words: 'Name' },
  description: { words: 'Description' },
  contact: { words: 'Contact' },
  notes: { words: 'Notes' },
  values: { words: 'What it values' },
  goalIds: { words: 'Goals served' },
  memberIds: { words: 'Members' },
};

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });

/** "Degree changed to Collaboration by Sam, 3 March": who changed what, in one line. */
export function historyLine(entry: FieldHistoryEntry, now = new Date()): string {
  const when = new Date(entry.at);
  const date = when.getFullYear() === now.getFullYear() ? DAY.format(when) : `${DAY.format(when)} ${when.getFullYear()}`;
  const by = entry.name ? ` by ${entry.name}` : '';
  if (entry.field === 'added') return `Added${by}, ${date}`;
  const field = FIELDS[entry.field];
  const words = field?.words ?? entry.field;
  const label = field?.labels?.[entry.value];
  // Long text and lists are not repeated: the field shows its value.
  const value = label ?? (entry.value.length > 0 && entry.value.length <= 40 && !entry.value.startsWith('[') ? `“${entry.value}”` : undefined);
  return `${words} changed${value ? ` to ${value}` : ''}${by}, ${date}`;
}
