/** Loads axe-core from the test server (once) and runs it on an element with the WCAG 2.2 AA tags. */
declare global {
  interface Window {
    axe: {
      run: (context: Element, options: object) => Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }>;
    };
  }
}
interface AxeResult {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

let loading: Promise<void> | undefined;
function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = reject;
    document.head.append(script);
  });
  return loading;
}

/** Runs axe; returns violations as readable lines, and prints the incomplete ones. */
export async function axeViolations(element: Element, label: string): Promise<string[]> {
  await loadAxe();
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  for (const item of results.incomplete) console.log(`axe incomplete (${label}): ${item.id}: ${item.help} (${item.nodes.length} nodes)`);
  return results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
