export { boardToCsv, AGENCY_COLUMNS, EXCHANGE_COLUMNS, RELATIONSHIP_COLUMNS, type BoardCsv } from './csv.ts';
export { boardFromCsv, type CsvFiles } from './csvImport.ts';
export { boardToGexf } from './gexf.ts';
export { boardToGraphml } from './graphml.ts';
export { ImportError, describeProblem, type ImportProblem } from './importError.ts';
export { JSON_FORMAT, JSON_MIGRATIONS, boardToJson, parseBoardJson, type BoardJson, type JsonMigration } from './json.ts';
export { boardFromKumu } from './kumu.ts';
