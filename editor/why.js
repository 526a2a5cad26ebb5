// Why this result: for the preview's answers, which rules fired, each technique's score, what a safety rule
// excluded, and how a tie was broken.
import { html } from 'lit';
import { recommend } from '../lib/index.js';

/** The "why" panel for the preview's last answers (`last`), under valid `rules`. */
export function whyView(rules, last) {
  if (!rules || !last) return html`<p class="hint">Answer the preview's questions: this shows why it gives its result.</p>`;
  const result = recommend(rules, last.answers);
  const fired = new Set(result.fired);
  const names = new Map([...rules.techniques, ...(rules.addOns ?? [])].map((item) => [item.id, item.name || item.id]));
  const safety = (rules.safety ?? []).filter((rule) => fired.has(rule.id));
  const scoring = rules.rules.filter((rule) => fired.has(rule.id));
  const ranked = result.technique ? [result.technique, ...result.alternatives] : [];
  const scored = new Set(ranked.map((technique) => technique.id));
  const outcome =
    result.status === 'refer'
      ? result.urgent
        ? 'Get medical help now (no recommendation).'
        : 'See a doctor first (no recommendation).'
      : `${names.get(result.technique.id)} with ${result.technique.score} points.`;
  const tie = ranked[1] && ranked[1].score === ranked[0].score;
  return html`<p><strong>Result:</strong> ${outcome}</p>
    ${
      tie
        ? html`<p>
            Tie at ${ranked[0].score} points with ${names.get(ranked[1].id)}: it went to
            ${ranked[0].deep === ranked[1].deep ? 'the technique listed first' : 'the one without deep pressure'}.
          </p>`
        : ''
    }
    <h3>Rules that fired</h3>
    ${
      safety.length || scoring.length
        ? html`<ul>
            ${safety.map(
              (rule) =>
                html`<li>
                  Safety rule <code>${rule.id}</code>:
                  ${rule.action === 'exclude' ? `never ${rule.exclude?.map((id) => names.get(id) ?? id).join(', ')}` : rule.action}
                </li>`,
            )}
            ${scoring.map(
              (rule) =>
                html`<li>
                  <code>${rule.id}</code>:
                  ${Object.entries(rule.score)
                    .map(([id, points]) => `${points > 0 ? '+' : ''}${points} ${names.get(id) ?? id}`)
                    .join(', ')}
                  — “${rule.reason}”
                </li>`,
            )}
          </ul>`
        : html`<p>None: ${result.status === 'refer' ? 'a red flag ends the questions.' : 'the gentlest technique is the start.'}</p>`
    }
    ${
      result.status === 'recommended'
        ? html`<h3>Scores</h3>
            <ol>
              ${ranked.map((technique) => html`<li>${names.get(technique.id)}: ${technique.score}</li>`)}
            </ol>
            ${
              rules.techniques.some((t) => !scored.has(t.id))
                ? html`<p>
                    No points:
                    ${
                      rules.techniques
                        .filter((t) => !scored.has(t.id) && !result.excluded.includes(t.id))
                        .map((t) => names.get(t.id))
                        .join(', ') || 'none'
                    }.
                    ${result.excluded.length ? `Excluded by safety: ${result.excluded.map((id) => names.get(id) ?? id).join(', ')}.` : ''}
                  </p>`
                : ''
            }`
        : ''
    }`;
}
