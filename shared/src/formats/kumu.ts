import { CURRENT_SCHEMA_VERSION } from '../doc/migrations.ts';
import { newId } from '../doc/boardDoc.ts';
import { AgencySchema, type Agency, type Position } from '../model/agency.ts';
import { createBoardMeta, type Board } from '../model/board.ts';
import { createRelationship, pairKey, RelationshipSchema, type Relationship } from '../model/relationship.ts';
import type { Sector } from '../model/sector.ts';
import { ImportError, isObject, parseJsonFile, refuseIfProblems, zodProblems, type ImportProblem } from './importError.ts';
import { integrityProblems } from './integrity.ts';
import { gridPositions } from './layout.ts';
import { VOCABULARIES, matchTerm, normalise } from './vocabulary.ts';

/**
 * Words in a Kumu element type or tag that name one of our sectors, checked in order (so
 * "community mental health" is mental health, not community). Anything else is 'other'.
 */
const SECTOR_WORDS: [RegExp, Sector][] = [
  [/\bmental health\b/, 'nhs-mental-health'],
  [/\b(hospital|acute|a ?& ?e)\b/, 'nhs-acute'],
  [/\b(gp|primary care|general practice|pharmacy)\b/, 'nhs-primary-care'],
  [/\b(social care|social services|social work)\b/, 'social-care'],
  [/\bhousing\b/, 'housing'],
  [/\b(voluntary|charity|third sector|community group|vcs|vcse)\b/, 'voluntary-community'],
  [/\b(community (health|nursing|services))\b/, 'nhs-community'],
  [/\b(council|local authority|local government)\b/, 'local-government'],
  [/\b(police|probation|justice|prison|court)\b/, 'police-justice'],
  [/\b(school|college|education|university)\b/, 'education'],
  [/\b(private|independent|business|company)\b/, 'private-independent'],
  [/\b(carer|carers|service user|service users|patient|people who use)\b/, 'people-carers'],
];

/**
 * Reads a Kumu JSON export ({elements, connections}, with fields at the top level as in a
 * blueprint or under `attributes` as in an export) into a new board, all or nothing.
 * Connections name their elements by id or by label; two connections between the same pair
 * (Kumu's A→B and B→A) become one relationship.
 */
export function boardFromKumu(text: string, title = 'Imported from Kumu'): Board {
  const raw = parseJsonFile(text);
  if (!isObject(raw) || !Array.isArray(raw.elements)) {
    throw new ImportError([{ where: 'elements', message: 'expected a Kumu export with a list of elements' }]);
  }
  const connections = raw.connections ?? [];
  if (!Array.isArray(connections)) throw new ImportError([{ where: 'connections', message: 'expected a list' }]);

  const problems: ImportProblem[] = [];
  const agencies = readElements(raw.elements, mapPositions(raw.maps), problems);
  const relationships = readConnections(connections, agencies, problems);
  refuseIfProblems(problems);
  const board: Board = {
    meta: createBoardMeta({ title, schemaVersion: CURRENT_SCHEMA_VERSION }),
    goals: [],
    agencies: agencies.map((a) => a.agency),
    relationships,
    exchanges: [],
    partnerships: [],
  };
  refuseIfProblems(integrityProblems(board));
  return board;
}

interface ReadElement {
  kumuId: string | undefined;
  agency: Agency;
}

function readElements(elements: unknown[], placed: Map<string, Position>, problems: ImportProblem[]): ReadElement[] {
  const out: ReadElement[] = [];
  const unplaced = elements.filter((e) => !placed.has(text(field(e, '_id', 'id')))).length;
  // Below everything Kumu placed, so the new grid does not land on top of it.
  const top = placed.size ? Math.max(...[...placed.values()].map((p) => p.y)) + 200 : 0;
  const grid = gridPositions(unplaced).map((p) => ({ x: p.x, y: p.y + top }));
  elements.forEach((element, i) => {
    const at = `elements[${i}]`;
    if (!isObject(element)) return void problems.push({ where: at, message: 'expected an object' });
    const kumuId = text(field(element, '_id', 'id')) || undefined;
    const label = text(field(element, 'label', 'name'));
    if (!label) return void problems.push({ where: `${at}.label`, message: 'every element needs a label' });
    const type = text(field(element, 'element type', 'type'));
    const tags = list(field(element, 'tags'));
    const sector = guessSector([type, ...tags]);
    const notes = [
      text(field(element, 'description')),
      sector === 'other' && type ? `Kumu type: ${type}` : '',
      tags.length ? `Tags: ${tags.join(', ')}` : '',
    ];
    const position = (kumuId && placed.get(kumuId)) || grid.shift() || { x: 0, y: 0 };
    const parsed = AgencySchema.safeParse({
      id: newId(),
      name: label,
      sector,
      description: notes.filter(Boolean).join('\n'),
      contact: text(field(element, 'contact', 'lead')),
      values: [],
      position: { x: Math.round(position.x), y: Math.round(position.y) },
    });
    if (parsed.success) out.push({ kumuId, agency: parsed.data });
    else problems.push(...zodProblems(parsed.error, at).map((p) => ({ ...p, where: p.where.replace('.name', '.label') })));
  });
  return out;
}

function readConnections(connections: unknown[], elements: ReadElement[], problems: ImportProblem[]): Relationship[] {
  const byId = new Map(elements.flatMap((e) => (e.kumuId ? [[e.kumuId, e.agency.id] as const] : [])));
  const byLabel = new Map<string, string | null>();
  for (const e of elements) {
    const key = normalise(e.agency.name);
    byLabel.set(key, byLabel.has(key) ? null : e.agency.id);
  }
  const byPair = new Map<string, { rel: Relationship; at: string }>();
  connections.forEach((connection, i) => {
    const at = `connections[${i}]`;
    if (!isObject(connection)) return void problems.push({ where: at, message: 'expected an object' });
    const [source, target] = (['from', 'to'] as const).map((end) => {
      const ref = text(connection[end]);
      const id = byId.get(ref) ?? byLabel.get(normalise(ref));
      if (!ref) problems.push({ where: `${at}.${end}`, message: 'is missing' });
      else if (id === null) problems.push({ where: `${at}.${end}`, message: `"${ref}" is the label of more than one element; use its id` });
      else if (!id) problems.push({ where: `${at}.${end}`, message: `no element with id or label "${ref}"` });
      return id ?? undefined;
    });
    if (!source || !target) return;
    if (source === target) return void problems.push({ where: at, message: 'an agency cannot have a relationship with itself' });
    const type = text(field(connection, 'connection type', 'type'));
    const integration = matchTerm(VOCABULARIES.integration, type);
    const kind = matchTerm(VOCABULARIES.kind, type);
    const notes = [integration || kind || !type ? '' : `Kumu type: ${type}`, text(field(connection, 'description'))];
    const pair = pairKey(source, target);
    const earlier = byPair.get(pair)?.rel;
    if (earlier) {
      // Kumu draws A→B and B→A as two connections; the board holds one relationship per pair.
      earlier.integration = Math.max(earlier.integration, integration ?? 1) as Relationship['integration'];
      earlier.notes = [earlier.notes, ...notes].filter(Boolean).join('\n');
      return;
    }
    const rel = { ...createRelationship(newId(), source, target), ...(integration && { integration }), ...(kind && { kind }) };
    rel.notes = notes.filter(Boolean).join('\n');
    byPair.set(pair, { rel, at });
  });
  const relationships: Relationship[] = [];
  for (const { rel, at } of byPair.values()) {
    const parsed = RelationshipSchema.safeParse(rel);
    // Only the notes can fail here (too long): the other fields come from our own vocabulary.
    if (parsed.success) relationships.push(parsed.data);
    else problems.push({ where: `${at}.description`, message: parsed.error.issues.map((x) => x.message).join('; ') });
  }
  return relationships;
}

/** Positions from the first map of a Kumu project export, by element id, when it has them. */
function mapPositions(maps: unknown): Map<string, Position> {
  const out = new Map<string, Position>();
  const first = Array.isArray(maps) ? maps[0] : undefined;
  const placements = isObject(first) && Array.isArray(first.elements) ? first.elements : [];
  for (const p of placements) {
    if (!isObject(p) || !isObject(p.position)) continue;
    const { x, y } = p.position;
    if (typeof p.element === 'string' && Number.isFinite(x) && Number.isFinite(y)) {
      out.set(p.element, { x: x as number, y: y as number });
    }
  }
  return out;
}

export function guessSector(terms: readonly string[]): Sector {
  for (const t of terms) {
    const exact = matchTerm(VOCABULARIES.sector, t);
    if (exact) return exact;
  }
  for (const t of terms) {
    const words = normalise(t);
    const found = SECTOR_WORDS.find(([pattern]) => pattern.test(words));
    if (found) return found[1];
  }
  return 'other';
}

/** A field at the top level (blueprint) or under `attributes` (export), by its first present name. */
function field(item: unknown, ...names: string[]): unknown {
  if (!isObject(item)) return undefined;
  const attributes = isObject(item.attributes) ? item.attributes : {};
  for (const name of names) {
    if (item[name] !== undefined && item[name] !== null) return item[name];
    if (attributes[name] !== undefined && attributes[name] !== null) return attributes[name];
  }
  return undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  return text(value).split(/[|,]/).map((s) => s.trim()).filter(Boolean);
}
