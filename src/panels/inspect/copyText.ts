// Copies text to the clipboard. The Clipboard API needs a secure context and, in some browsers, a
// permission; where it fails the caller selects the text instead so Ctrl+C / ⌘C copies it.

export type CopyState = 'idle' | 'copied' | 'manual';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects all text inside `element`, for a manual copy. */
export function selectContents(element: Element): void {
  const selection = window.getSelection();
  if (selection === null) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
