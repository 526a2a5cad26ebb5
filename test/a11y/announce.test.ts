import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode } from '@web/test-runner-commands';
import type { MassageSelector } from '../../src/massage-selector.js';
import { answerAll, answerStep, defaultSelector, shadow, stressedDeskWorker } from '../support/index.js';

interface AxNode {
  role: string;
  name: string;
  focused?: boolean;
  level?: number;
  children?: AxNode[];
}

describe('what assistive technology gets', () => {
  it('announces each step and the result by moving focus to a heading, as Chromium’s accessibility tree shows', async () => {
    const element = await defaultSelector();
    await answerStep(element, ['none']);
    let tree = (await a11ySnapshot({})) as unknown as AxNode;
    let focused = findAccessibilityNode<AxNode>(tree, (node) => !!node.focused);
    expect(focused).to.include({ role: 'heading', name: 'Step 2 of 8' });

    await answerAll(element, stressedDeskWorker); // from step 2 on
    tree = (await a11ySnapshot({})) as unknown as AxNode;
    focused = findAccessibilityNode<AxNode>(tree, (node) => !!node.focused);
    // The result's heading is the technique's name, introduced by "Your Recommended Technique": one announcement gives both.
    expect(focused).to.include({ role: 'heading', name: 'Your Recommended Technique Swedish Massage', level: 2 });
  });

  it('exposes the question, and every answer as a native checkbox named by its label', async () => {
    const element = await defaultSelector();
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    expect(findAccessibilityNode<AxNode>(tree, (node) => node.name.startsWith('Before we start'))).to.not.equal(null);
    const boxes: AxNode[] = [];
    findAccessibilityNode<AxNode>(tree, (node) => (node.role === 'checkbox' && boxes.push(node), false));
    const labels = [...shadow(element).querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(boxes.map((box) => box.name)).to.deep.equal(labels);
    expect(labels).to.include('None of these');
  });

  it('does not move anything when the visitor prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await defaultSelector();
    for (const node of shadow(element).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(
        style.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
        node.tagName,
      ).to.equal(true);
      expect(style.animationName, node.tagName).to.equal('none');
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('speaks the rules file’s language', async () => {
    const element = (await fixture(
      html`<massage-selector
        ><script type="application/json">
          {
            "version": 1,
            "lang": "es",
            "strings": {
              "title": "Cuéntanos",
              "progress": "Paso {step} de {total}",
              "next": "Siguiente",
              "finish": "Ver mi recomendación"
            },
            "questions": [
              { "id": "animo", "type": "single", "text": "¿Cómo te sientes?", "options": [{ "id": "tenso", "label": "Tenso" }] }
            ],
            "techniques": [
              {
                "id": "sueco",
                "name": "Masaje sueco",
                "description": "d",
                "pressure": "p",
                "target": "t",
                "bestFor": "b",
                "deep": false,
                "sessionMinutes": [60]
              }
            ],
            "rules": [
              { "id": "tenso", "when": { "question": "animo", "equals": "tenso" }, "score": { "sueco": 1 }, "reason": "Estás tenso." }
            ]
          }
        </script></massage-selector
      >`,
    )) as MassageSelector;
    await element.updateComplete;
    expect(shadow(element).querySelector('section')!.lang).to.equal('es');
    expect(shadow(element).querySelector('h3.step')!.textContent).to.equal('Paso 1 de 1');
    expect(shadow(element).querySelector('button[type=submit]')!.textContent).to.equal('Ver mi recomendación');
  });
});
