// Text for a terminal or a CI log. Data can hold control characters (an ESC sequence can erase
// the line above and print a green "OK", a carriage return can overwrite a message) and bidi
// controls (which make a line read differently from what it holds): each is shown as an escape
// one can read, `\x1b`, `\u202e`. Line breaks and tabs of our own messages stay as they are.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
