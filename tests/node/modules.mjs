// The two wasm builds as the node tests load them. Node >= 18 would try
// fetch() on a file path, so the binaries are handed over directly.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// `lede`: the API of build/web/lede.js (the page's, ES module);
// `nodeModule`: the CommonJS build build/wasm/lede_node.js, with analyzeJson.
export async function loadModules() {
  const { createLede } = await import(path.join(root, 'build/web/lede.js'));
  const lede = await createLede({ wasmBinary: readFileSync(path.join(root, 'build/web/lede_web.wasm')) });
  const createLedeModule = createRequire(import.meta.url)(path.join(root, 'build/wasm/lede_node.js'));
  const nodeModule = await createLedeModule({ wasmBinary: readFileSync(path.join(root, 'build/wasm/lede_node.wasm')) });
  return { lede, nodeModule };
}
