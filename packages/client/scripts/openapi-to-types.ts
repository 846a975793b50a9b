import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript types of an OpenAPI document, as committed in src/schema.d.ts. */
export async function openApiToTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return `// Generated from Roster's OpenAPI document by \`npm run client:generate\`; do not edit.\n${astToString(ast)}`;
}
