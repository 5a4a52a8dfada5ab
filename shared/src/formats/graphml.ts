import type { Board } from '../model/board.ts';
import { INTEGRATION_LABELS } from '../model/relationship.ts';
import { AGENCY_COLUMNS, RELATIONSHIP_COLUMNS, indexBoard, networkColumns, type NetworkColumn } from './columns.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

const TYPES = { string: 'string', integer: 'int', boolean: 'boolean' } as const;
const NODE_SIZE = { width: 180, height: 60 };

/**
 * GraphML with every field as a declared key (yEd and Gephi show them as properties/columns),
 * plus yEd's own node and edge graphics so the map opens laid out and labelled in yEd.
 */
export function boardToGraphml(board: Board): string {
  const index = indexBoard(board);
  const nodeColumns = networkColumns(AGENCY_COLUMNS, index);
  const edgeColumns = networkColumns(RELATIONSHIP_COLUMNS, index);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    `  <key${xmlAttributes({ id: 'g_title', for: 'graph', 'attr.name': 'Title', 'attr.type': 'string' })}/>`,
    `  <key${xmlAttributes({ id: 'n_name', for: 'node', 'attr.name': AGENCY_COLUMNS.name.title, 'attr.type': 'string' })}/>`,
    ...keys('n', 'node', nodeColumns),
    ...keys('e', 'edge', edgeColumns),
    '  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="board" edgedefault="undirected">',
    `    <data key="g_title">${escapeXml(board.meta.title)}</data>`,
    ...board.agencies.flatMap((a) => [
      `    <node${xmlAttributes({ id: a.id })}>`,
      `      <data key="n_name">${escapeXml(a.name)}</data>`,
      ...data('n', nodeColumns, a),
      '      <data key="n_graphics"><y:ShapeNode>' +
        `<y:Geometry${xmlAttributes({ x: a.position.x, y: a.position.y, ...NODE_SIZE })}/>` +
        `<y:NodeLabel>${escapeXml(a.name)}</y:NodeLabel>` +
        '</y:ShapeNode></data>',
      '    </node>',
    ]),
    ...board.relationships.flatMap((r) => [
      `    <edge${xmlAttributes({ id: r.id, source: r.source, target: r.target })}>`,
      ...data('e', edgeColumns, r),
      '      <data key="e_graphics"><y:PolyLineEdge>' +
        `<y:LineStyle${xmlAttributes({ type: 'line', width: r.integration, color: '#555555' })}/>` +
        '<y:Arrows source="none" target="none"/>' +
        `<y:EdgeLabel>${escapeXml(INTEGRATION_LABELS[r.integration])}</y:EdgeLabel>` +
        '</y:PolyLineEdge></data>',
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

function keys<T>(prefix: string, kind: 'node' | 'edge', columns: NetworkColumn<T>[]): string[] {
  return columns.map(
    (c) => `  <key${xmlAttributes({ id: `${prefix}_${c.id}`, for: kind, 'attr.name': c.title, 'attr.type': TYPES[c.type] })}/>`,
  );
}

function data<T>(prefix: string, columns: NetworkColumn<T>[], item: T): string[] {
  return columns.map((c) => `      <data key="${prefix}_${c.id}">${escapeXml(c.value(item))}</data>`);
}
