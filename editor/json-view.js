// The JSON view: the rules file as text, with line numbers, for owners who want it. Kept in step with the
// forms both ways: an edit here reaches the forms once it pauses.
import { EditorView, basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';

/** A JSON editor in `parent`; `onChange(text)` hears the owner's edits (not `set`'s). */
export function jsonView(parent, onChange) {
  let applying = false;
  let timer;
  const view = new EditorView({
    parent,
    doc: '',
    extensions: [
      basicSetup,
      json(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Rules file as JSON' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged || applying) return;
        clearTimeout(timer);
        timer = setTimeout(() => onChange(view.state.doc.toString()), 300);
      }),
    ],
  });
  // Keyboard users can scroll the view without going into the text (axe: scrollable-region-focusable).
  view.scrollDOM.tabIndex = 0;
  view.scrollDOM.setAttribute('aria-label', 'Rules file as JSON, scrollable');
  return {
    /** Shows `text` (the forms changed the rules). */
    set(text) {
      if (text === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      applying = false;
    },
    /** Puts the cursor on a line and column and focuses the view. */
    goTo(line, column) {
      const at = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      const pos = Math.min(at.from + column - 1, at.to);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
  };
}
