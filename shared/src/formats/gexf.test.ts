import { describe, expect, it } from 'vitest';
import { CURRENCY_LABELS } from '../model/currency.ts';
import { INTEGRATION_LABELS } from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { AWKWARD_NAME, sampleBoard } from './fixtures/sampleBoard.ts';
import { parseXml } from './fixtures/xml.ts';
import { boardToGexf } from './gexf.ts';

type AttValue = { for: string; value: string };

function values(element: { attvalues: { attvalue: AttValue[] } }): Record<string, string> {
  return Object.fromEntries(element.attvalues.attvalue.map((v) => [v.for, v.value]));
}

describe('GEXF export', () => {
  const board = sampleBoard();
  const gexf = parseXml(boardToGexf(board), ['node', 'edge', 'attribute', 'attvalue', 'attributes']).gexf;
  const graph = gexf.graph;
  const declared = (kind: string) =>
    graph.attributes.find((a: { class: string }) => a.class === kind).attribute.map((a: { id: string }) => a.id);

  it('carries the board title', () => {
    expect(gexf.meta.title).toBe(board.meta.title);
  });

  it('has a node for every agency, labelled with its name even when the name holds markup and line breaks', () => {
    expect(graph.nodes.node.map((n: { id: string; label: string }) => [n.id, n.label])).toEqual(
      board.agencies.map((a) => [a.id, a.name]),
    );
    expect(graph.nodes.node.map((n: { label: string }) => n.label)).toContain(AWKWARD_NAME);
  });

  it('gives every node its sector, description, values and partnerships as declared columns', () => {
    for (const [i, agency] of board.agencies.entries()) {
      const node = graph.nodes.node[i];
      expect(values(node)).toMatchObject({
        sector: SECTOR_LABELS[agency.sector],
        description: agency.description,
        values: agency.values.map((v) => CURRENCY_LABELS[v]).join('; '),
      });
      expect(Object.keys(values(node)).every((k) => declared('node').includes(k))).toBe(true);
      expect(node['viz:position']).toEqual({ x: String(agency.position.x), y: String(-agency.position.y), z: '0' });
    }
    const partnershipName = board.partnerships[0]?.name ?? '';
    const members = board.partnerships[0]?.memberIds ?? [];
    for (const [i, agency] of board.agencies.entries()) {
      expect(values(graph.nodes.node[i]).partnerships === partnershipName).toBe(members.includes(agency.id));
    }
  });

  it('has an edge for every relationship, weighted by integration, with its attributes', () => {
    expect(graph.defaultedgetype).toBe('undirected');
    expect(graph.edges.edge.map((e: Record<string, string>) => [e.id, e.source, e.target, e.weight])).toEqual(
      board.relationships.map((r) => [r.id, r.source, r.target, String(r.integration)]),
    );
    for (const [i, rel] of board.relationships.entries()) {
      const edge = graph.edges.edge[i];
      expect(values(edge)).toMatchObject({
        integration: String(rel.integration),
        integration_label: INTEGRATION_LABELS[rel.integration],
        notes: rel.notes,
      });
      expect(Object.keys(values(edge)).every((k) => declared('edge').includes(k))).toBe(true);
      const exchanges = board.exchanges.filter((e) => e.relationshipId === rel.id);
      for (const ex of exchanges) expect(values(edge).exchanges).toContain(CURRENCY_LABELS[ex.currency]);
      if (exchanges.length === 0) expect(values(edge).exchanges).toBe('');
    }
  });

  it("carries each side's rating of integration and marks a disagreement as a boolean column", () => {
    const decl = graph.attributes.find((a: { class: string }) => a.class === 'edge').attribute;
    expect(decl.find((a: { id: string }) => a.id === 'disagreement')).toMatchObject({ type: 'boolean' });
    const rated = board.relationships.findIndex((r) => r.integrationFromSource !== null);
    expect(values(graph.edges.edge[rated])).toMatchObject({
      integration_source: INTEGRATION_LABELS[2],
      integration_target: INTEGRATION_LABELS[4],
      disagreement: 'true',
    });
    const unrated = board.relationships.findIndex((r) => r.integrationFromSource === null);
    expect(values(graph.edges.edge[unrated])).toMatchObject({ integration_source: '', disagreement: 'false' });
  });
});
