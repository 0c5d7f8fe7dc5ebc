// Checks that no two modules of src/ import each other, however indirectly:
// static imports, `export … from`, type imports and dynamic import() all
// count (a cycle through a type or a chunk is a cycle of the design all the
// same). Prints each cycle found; exits 1 if any.
//   node test/tools/check-cycles.mjs
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';

const root = resolve('src');
const files = readdirSync(root, {recursive: true})
  .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => join(root, f));
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Each module's imports of other modules of src/. */
const graph = new Map(
  files.map((file) => {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const targets = [...source.matchAll(SPECIFIER)].map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts'))).filter((t) => files.includes(t));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: a component of more than one module is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(node) {
  state.set(node, {index, low: index, onStack: true});
  index++;
  stack.push(node);
  for (const next of graph.get(node)) {
    if (!state.has(next)) {
      visit(next);
      state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
    } else if (state.get(next).onStack) {
      state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node).includes(node)) cycles.push(component);
  }
}
for (const file of files) if (!state.has(file)) visit(file);

for (const cycle of cycles)
  console.log(
    `cycle: ${cycle
      .map((f) => relative(root, f))
      .sort()
      .join(' ↔ ')}`,
  );
console.log(
  cycles.length
    ? `check-cycles: ${cycles.length} cycle(s) among ${files.length} modules of src/`
    : `check-cycles: OK, no cycle among ${files.length} modules of src/`,
);
process.exitCode = cycles.length ? 1 : 0;
