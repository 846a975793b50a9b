import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Arrows point inward (STYLE.md): each layer may import only the layers listed here.
const allowed: Record<string, string[]> = {
  contracts: ['contracts'],
  config: ['config', 'contracts'],
  db: ['db'],
  core: ['core', 'contracts', 'db'],
  integrations: ['integrations', 'contracts', 'config'],
  server: ['server', 'core', 'contracts', 'db', 'config', 'integrations'],
  worker: ['worker', 'core', 'contracts', 'db', 'config', 'integrations'],
  web: ['web', 'contracts'],
};

// The domain knows nothing of HTTP, SMTP or payment providers.
const forbiddenPackages: Record<string, RegExp> = {
  core: /^(fastify|@fastify\/|better-auth|nodemailer|stripe|react)/,
  contracts: /^(fastify|@fastify\/|drizzle-orm|pg$|@electric-sql\/|better-auth|nodemailer|stripe)/,
  web: /^(fastify|@fastify\/|drizzle-orm|pg$|@electric-sql\/|better-auth\/adapters|nodemailer|stripe)/,
};

const root = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('architecture', () => {
  const files = sourceFiles(root);

  it('finds the layers it checks', () => {
    const layers = new Set(files.map((f) => path.relative(root, f).split(path.sep)[0]));
    for (const layer of ['contracts', 'core', 'db', 'server']) expect(layers).toContain(layer);
  });

  it('keeps every import pointing inward', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = path.relative(root, file).split(path.sep)[0]!;
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep)[0]!;
          const permitted = allowed[layer];
          if (permitted && !permitted.includes(target)) {
            violations.push(`${path.relative(root, file)} imports ${target}/ (${spec})`);
          }
        } else if (forbiddenPackages[layer]?.test(spec)) {
          violations.push(`${path.relative(root, file)} imports package ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
