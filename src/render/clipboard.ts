/**
 * OSC 52: asks the terminal to put a text on the system clipboard. It works over SSH and in tmux
 * (with `set-clipboard on`); a terminal that does not support it ignores the sequence, which is
 * why the text is always printed too.
 */
export function clipboardSequence(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
