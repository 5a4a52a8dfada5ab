import type { Board } from '../model/board.ts';
import { AGENCY_COLUMNS, RELATIONSHIP_COLUMNS, indexBoard, networkColumns, type NetworkColumn } from './columns.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

/**
 * GEXF 1.3 for Gephi: agencies as nodes and relationships as undirected edges, every field as
 * a declared attribute (a Data Laboratory column), weight = degree of integration, and the
 * board's layout as viz positions.
 */
export function boardToGexf(board: Board, exportedAt: Date = new Date()): string {
  const index = indexBoard(board);
  const nodeColumns = networkColumns(AGENCY_COLUMNS, index);
  const edgeColumns = networkColumns(RELATIONSHIP_COLUMNS, index);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${xmlAttributes({ lastmodifieddate: exportedAt.toISOString().slice(0, 10) })}>`,
    '    <creator>Partnermap</creator>',
    `    <title>${escapeXml(board.meta.title)}</title>`,
    `    <description>${escapeXml(board.meta.definition)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
    ...board.agencies.flatMap((a) => [
      `      <node${xmlAttributes({ id: a.id, label: a.name })}>`,
      ...attvalues(nodeColumns, a),
      // Gephi's y axis points up, the board's down.
      `        <viz:position${xmlAttributes({ x: a.position.x, y: -a.position.y, z: 0 })}/>`,
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...board.relationships.flatMap((r) => [
      `      <edge${xmlAttributes({ id: r.id, source: r.source, target: r.target, weight: r.integration })}>`,
      ...attvalues(edgeColumns, r),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

function declarations<T>(kind: 'node' | 'edge', columns: NetworkColumn<T>[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map((c) => `      <attribute${xmlAttributes({ id: c.id, title: c.title, type: c.type })}/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(columns: NetworkColumn<T>[], item: T): string[] {
  return [
    '        <attvalues>',
    ...columns.map((c) => `          <attvalue${xmlAttributes({ for: c.id, value: c.value(item) })}/>`),
    '        </attvalues>',
  ];
}
