export { agenciesCsv, boardToCsv, exchangesCsv, relationshipsCsv } from './csv.ts';
export { boardFromCsv } from './csvImport.ts';
export { EXPORT_FILES, exportFileName, fileBase, type ExportFile, type ExportFileId } from './exportFiles.ts';
export { boardToGexf } from './gexf.ts';
export { boardToGraphml } from './graphml.ts';
export { ImportError, describeProblem, type ImportProblem } from './importError.ts';
export { JSON_FORMAT, boardToJson, parseBoardJson } from './json.ts';
export { boardFromKumu } from './kumu.ts';
export { escapeXml } from './xml.ts';
