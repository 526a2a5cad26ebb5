// The editor's unsaved draft, kept in this browser so that a reload or a closed tab loses no edits.
// Storage can be missing or refused (private browsing, blocked site data): then there is no draft, never an error.
const key = 'massage-selector-playground:draft';

/** The saved draft, `{ start, text }` (the file it began from and the editor's text), or null. */
export function readDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null');
    return typeof draft?.start === 'string' && typeof draft?.text === 'string' ? draft : null;
  } catch {
    return null;
  }
}

/** Keeps the editor's text for the next visit. */
export function saveDraft(draft) {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Refused or full: the page works on, only without a draft.
  }
}

/** Forgets the draft: the editor holds the file as it was loaded, or the owner discarded the edits. */
export function forgetDraft() {
  try {
    localStorage.removeItem(key);
  } catch {
    // Refused: there was nothing stored to forget.
  }
}
