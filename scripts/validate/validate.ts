import { checkDefinitionFiles } from './checkDefinitionFiles';
import { calendarWarnings } from './calendarWarnings';
import { loadDefinitionFiles } from './loadDefinitionFiles';

// `npm run validate [folders…]`: every definition and ruleset file, one line per problem.
const roots = process.argv.slice(2);
const files = loadDefinitionFiles(roots.length ? roots : ['definitions', 'rules']);
const errors = checkDefinitionFiles(files);
for (const error of errors) console.log(`${error.file}: ${error.path}: ${error.message}`);
if (errors.length > 0) {
  console.error(`${errors.length} error(s) in ${files.length} file(s)`);
  process.exit(1);
}
for (const warning of calendarWarnings(files)) console.log(`warning: ${warning}`);
console.log(`${files.length} definition file(s) valid`);
