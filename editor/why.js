// Why this result: for the preview's answers, which rules fired, every technique's and add-on's score, what
// each safety rule excluded, and how a tie was broken — worked out from the rules the way the engine does.
import { html, nothing } from 'lit';
import { recommend } from '../lib/index.js';

/** Every item's points from the scoring rules that fired (the engine's tally, for all of them, not only the top three). */
function tally(rules, fired) {
  const points = new Map();
  for (const rule of rules.rules) {
    if (!fired.has(rule.id)) continue;
    for (const [id, score] of Object.entries(rule.score)) if (Number.isFinite(score)) points.set(id, (points.get(id) ?? 0) + score);
  }
  return points;
}

const pointsWords = (n) => `${n} point${n === 1 || n === -1 ? '' : 's'}`;

/** How the engine chose among the techniques that share the top score (`tied`, best first), in words. */
function tieWords(best, tied, names) {
  if (best.score <= 0)
    return 'No rule gave points to a technique that is left, so it starts gently: the first technique without deep pressure in your file.';
  const others = tied.filter((t) => t.id !== best.id).map((t) => names.get(t.id));
  const deepOnes = tied.filter((t) => t.deep && t.id !== best.id);
  const gentleRivals = tied.filter((t) => !t.deep && t.id !== best.id);
  let how;
  if (!best.deep && deepOnes.length && !gentleRivals.length) how = 'the one without deep pressure';
  else if (!best.deep && deepOnes.length) how = 'the ones without deep pressure first, then the one listed first in your file';
  else how = 'the one listed first in your file';
  return `Tie at ${pointsWords(best.score)} with ${others.join(', ')}: it went to ${how}.`;
}

/** The "why" panel for the preview's last answers (`last`), under valid `rules`. */
export function whyView(rules, last) {
  if (!rules || !last) return html`<p class="hint">Answer the preview's questions: this shows why it gives its result.</p>`;
  const result = recommend(rules, last.answers);
  const fired = new Set(result.fired);
  const items = [...rules.techniques, ...(rules.addOns ?? [])];
  const names = new Map(items.map((item) => [item.id, item.name || item.id]));
  const nameOf = (id) => names.get(id) ?? id;
  const safety = (rules.safety ?? []).filter((rule) => fired.has(rule.id));
  const scoring = rules.rules.filter((rule) => fired.has(rule.id));
  const points = tally(rules, fired);
  const excluded = new Set(result.excluded);
  const excludedBy = (id) => safety.filter((rule) => rule.action === 'exclude' && rule.exclude?.includes(id)).map((rule) => rule.id);
  // Deep techniques left out with no rule naming them: the engine's fail-safe (an unanswered red-flag question, or
  // an exclusion naming an id that is in no list).
  const failSafe = result.excluded.filter((id) => !excludedBy(id).length);
  const redFlags = (rules.questions ?? []).flatMap((question) =>
    (question.options ?? [])
      .filter((option) => option.redFlag && [result.answers[question.id]].flat().includes(option.id))
      .map((option) => `${option.label} (${question.text || question.id})`),
  );

  let outcome;
  if (result.status === 'refer') {
    const by = safety.find((rule) => rule.action === (result.urgent ? 'emergency' : 'refer'));
    outcome = `${result.urgent ? 'Get medical help now' : 'See a doctor first'}, no recommendation and no booking: ${
      by ? `safety rule ${by.id}` : redFlags.length ? `red flag ${redFlags.join(', ')}` : 'every technique is excluded'
    }.`;
  } else outcome = `${nameOf(result.technique.id)}, with ${pointsWords(result.technique.score)}.`;

  const rows = rules.techniques.map((t) => {
    const state = excluded.has(t.id)
      ? `excluded${excludedBy(t.id).length ? ` by ${excludedBy(t.id).join(', ')}` : ' (fail-safe)'}`
      : result.technique?.id === t.id
        ? 'recommended'
        : result.alternatives.some((a) => a.id === t.id)
          ? 'also worth a look'
          : '';
    return { id: t.id, name: nameOf(t.id), deep: t.deep, score: points.get(t.id) ?? 0, state };
  });
  const best = result.technique ? rows.find((row) => row.id === result.technique.id) : null;
  const tied = best ? rows.filter((row) => !excluded.has(row.id) && row.score === best.score) : [];
  const addOnRows = (rules.addOns ?? []).map((a) => ({
    name: nameOf(a.id),
    score: points.get(a.id) ?? 0,
    state: excluded.has(a.id)
      ? `excluded by ${excludedBy(a.id).join(', ')}`
      : result.addOns.some((each) => each.id === a.id)
        ? 'recommended'
        : '',
  }));

  return html`<p class="why-result"><strong>Result:</strong> ${outcome}</p>
    ${best && (tied.length > 1 || best.score <= 0) ? html`<p class="why-tie">${tieWords(best, tied, names)}</p>` : nothing}
    <h3>Rules that fired</h3>
    ${
      safety.length || scoring.length || redFlags.length
        ? html`<ul class="why-fired">
            ${redFlags.map((flag) => html`<li>Red flag: ${flag} — the questions end with a referral.</li>`)}
            ${safety.map(
              (rule) =>
                html`<li>
                  Safety rule <code>${rule.id}</code>:
                  ${
                    rule.action === 'exclude'
                      ? `never ${(rule.exclude ?? []).map(nameOf).join(', ')}`
                      : rule.action === 'refer'
                        ? 'see a doctor first'
                        : 'get medical help now'
                  }
                  — “${rule.message}”
                </li>`,
            )}
            ${scoring.map(
              (rule) =>
                html`<li>
                  <code>${rule.id}</code>:
                  ${Object.entries(rule.score)
                    .map(([id, score]) => `${score > 0 ? '+' : ''}${score} ${nameOf(id)}`)
                    .join(', ')}
                  — “${rule.reason}”
                </li>`,
            )}
          </ul>`
        : html`<p>None of your rules fired for these answers.</p>`
    }
    ${
      failSafe.length
        ? html`<p class="why-failsafe">
            Left out to be safe: ${failSafe.map(nameOf).join(', ')} (deep pressure needs every red-flag question answered, and an exclusion
            that names an unknown id leaves out every deep technique).
          </p>`
        : nothing
    }
    ${
      result.status === 'recommended'
        ? html`<table class="why-scores">
            <caption>
              Scores
            </caption>
            <thead>
              <tr>
                <th scope="col">Technique</th>
                <th scope="col">Points</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) =>
                  html`<tr>
                    <th scope="row">${row.name}${row.deep ? ' (deep)' : ''}</th>
                    <td>${row.score}</td>
                    <td>${row.state}</td>
                  </tr>`,
              )}
              ${addOnRows.map(
                (row) =>
                  html`<tr>
                    <th scope="row">${row.name} (add-on)</th>
                    <td>${row.score}</td>
                    <td>${row.state}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }`;
}
