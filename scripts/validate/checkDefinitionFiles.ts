import { crossCheck, validate, type Definition } from '../../runtime/definitions';
import { fileId, type DefinitionFile } from './loadDefinitionFiles';

export interface FileError {
  file: string;
  path: string;
  message: string;
}

/** Each file on its own, then the valid ones together: references, reachability, facts, template fields. */
export function checkDefinitionFiles(files: readonly DefinitionFile[]): FileError[] {
  const errors: FileError[] = [];
  const valid: { file: string; definition: Definition }[] = [];
  for (const { file, body, parseError } of files) {
    if (parseError !== undefined) {
      errors.push({ file, path: '/', message: `is not valid JSON: ${parseError}` });
      continue;
    }
    const problems = validate(body);
    errors.push(...problems.map((p) => ({ file, ...p })));
    if (problems.length > 0) continue;
    const definition = body as Definition;
    if (definition.id !== fileId(file)) {
      errors.push({ file, path: '/id', message: `"${definition.id}" does not match the file name` });
    }
    valid.push({ file, definition });
  }
  const fileOf = new Map(valid.map((v) => [`${v.definition.kind}/${v.definition.id}`, v.file]));
  for (const problem of crossCheck(valid.map((v) => v.definition))) {
    errors.push({
      file: fileOf.get(`${problem.kind}/${problem.id}`) ?? `${problem.kind}/${problem.id}`,
      path: problem.path,
      message: problem.message,
    });
  }
  return errors;
}
