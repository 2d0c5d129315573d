import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from './errors';

/** Reads and parses one YAML file; malformed YAML becomes a ContentError naming file and line. */
export async function readYamlFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ContentError(`${file}: cannot read the file (${(error as Error).message})`);
  }
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      throw new ContentError(`${file}: malformed YAML: ${error.message}`);
    }
    throw error;
  }
}
