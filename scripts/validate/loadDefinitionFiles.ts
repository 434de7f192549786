import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface DefinitionFile {
  file: string;
  body?: unknown;
  parseError?: string;
}

/** Every *.json file under the given folders (tsconfig files aside), parsed; a file that is not JSON carries its parse error. */
export function loadDefinitionFiles(roots: readonly string[], cwd = process.cwd()): DefinitionFile[] {
  const files: DefinitionFile[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else if (path.endsWith('.json') && !basename(path).startsWith('tsconfig')) {
      const file = relative(cwd, path);
      try {
        files.push({ file, body: JSON.parse(readFileSync(path, 'utf8')) });
      } catch (error) {
        files.push({ file, parseError: (error as Error).message });
      }
    }
  };
  for (const root of roots) visit(root);
  return files;
}

export function fileId(file: string): string {
  return basename(file, '.json');
}
