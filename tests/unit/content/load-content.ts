// Reads content/ straight from disk, the same files Astro's glob loaders read,
// so content rules can be tested without a build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const contentRoot = join(import.meta.dirname, '../../../content');

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

export interface ContentFile<T = unknown> {
  file: string;
  data: T;
  body: string;
}

export function readMdx(sub: string): ContentFile[] {
  return walk(join(contentRoot, sub), '.mdx')
    .sort()
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path}: no frontmatter`);
      return { file: relative(contentRoot, path), data: parse(match[1] ?? ''), body: match[2] ?? '' };
    });
}

export function readYaml(sub: string): ContentFile[] {
  return walk(join(contentRoot, sub), '.yaml')
    .sort()
    .map((path) => ({ file: relative(contentRoot, path), data: parse(readFileSync(path, 'utf8')), body: '' }));
}

export function readIdeas(): Record<string, { text: string; source: string }> {
  return parse(readFileSync(join(contentRoot, 'ideas.yaml'), 'utf8'));
}
