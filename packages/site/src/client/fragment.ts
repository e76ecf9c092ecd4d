// The fragment of the page's address, which anyone can write by hand or in a link: `#%`, a cut
// UTF-8 sequence or `#%zz` cannot be decoded, and must not stop the page's script.

/** The decoded fragment of an address (without `#`), or undefined when it cannot be decoded. */
export function decodedFragment(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}
