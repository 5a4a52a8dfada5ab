import { describe, expect, it } from 'vitest';
import { CURRENCY_LABELS } from '../model/currency.ts';
import { INTEGRATION_LABELS, LEVEL_LABELS } from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { AWKWARD_NAME, sampleBoard } from './fixtures/sampleBoard.ts';
import { parseXml } from './fixtures/xml.ts';
import { boardToGraphml } from './graphml.ts';

type Data = { key: string; '#text'?: string };
type Key = { id: string; for: string; 'attr.name'?: string };

describe('GraphML export', () => {
  const board = sampleBoard();
  const graphml = parseXml(boardToGraphml(board), ['node', 'edge', 'key', 'data']).graphml;
  const keys: Key[] = graphml.key;
  /** Data of an element by the property name yEd and Gephi show. */
  const props = (element: { data: Data[] }): Record<string, string> =>
    Object.fromEntries(
      element.data
        .filter((d) => keys.find((k) => k.id === d.key)?.['attr.name'])
        .map((d) => [keys.find((k) => k.id === d.key)?.['attr.name'], d['#text'] ?? '']),
    );

  it('declares every data key it uses', () => {
    const used = [...graphml.graph.node, ...graphml.graph.edge].flatMap((e: { data: Data[] }) => e.data.map((d) => d.key));
    expect(new Set(used).size).toBeGreaterThan(0);
    for (const key of used) expect(keys.map((k) => k.id)).toContain(key);
  });

  it('has a node for every agency with its name and attributes, names with markup and line breaks intact', () => {
    expect(graphml.graph.node.map((n: { id: string; data: Data[] }) => [n.id, props(n).Name])).toEqual(
      board.agencies.map((a) => [a.id, a.name]),
    );
    expect(graphml.graph.node.map((n: { data: Data[] }) => props(n).Name)).toContain(AWKWARD_NAME);
    for (const [i, agency] of board.agencies.entries()) {
      expect(props(graphml.graph.node[i])).toMatchObject({
        Sector: SECTOR_LABELS[agency.sector],
        Description: agency.description,
        Values: agency.values.map((v) => CURRENCY_LABELS[v]).join('; '),
      });
    }
  });

  it('labels and places each node for yEd', () => {
    for (const [i, agency] of board.agencies.entries()) {
      const shape = graphml.graph.node[i].data.find((d: Data) => d.key === 'n_graphics')['y:ShapeNode'];
      expect(shape['y:NodeLabel']).toBe(agency.name);
      expect(shape['y:Geometry']).toMatchObject({ x: String(agency.position.x), y: String(agency.position.y) });
    }
  });

  it('has an edge for every relationship with its attributes as typed properties', () => {
    expect(graphml.graph.edgedefault).toBe('undirected');
    expect(graphml.graph.edge.map((e: Record<string, string>) => [e.id, e.source, e.target])).toEqual(
      board.relationships.map((r) => [r.id, r.source, r.target]),
    );
    expect(keys.find((k) => k['attr.name'] === 'Degree of integration')).toMatchObject({ for: 'edge', 'attr.type': 'int' });
    for (const [i, rel] of board.relationships.entries()) {
      expect(props(graphml.graph.edge[i])).toMatchObject({
        'Degree of integration': String(rel.integration),
        Integration: INTEGRATION_LABELS[rel.integration],
        Level: LEVEL_LABELS[rel.level],
        Notes: rel.notes,
      });
    }
  });

  it("has each side's rating of integration and whether the sides disagree", () => {
    expect(keys.find((k) => k['attr.name'] === 'Sides disagree')).toMatchObject({ for: 'edge', 'attr.type': 'boolean' });
    const rated = board.relationships.findIndex((r) => r.integrationFromSource !== null);
    expect(props(graphml.graph.edge[rated])).toMatchObject({
      "From's rating of integration": INTEGRATION_LABELS[2],
      "To's rating of integration": INTEGRATION_LABELS[4],
      'Sides disagree': 'true',
    });
  });
});
