/**
 * Text ↔ base64url (RFC 4648 §5, no padding), through UTF-8 so any name or
 * note survives. Links carry it in the fragment, which browsers never send to
 * a server.
 */

export function textToBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** undefined when the input is not base64url or not UTF-8. */
export function base64UrlToText(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return undefined;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
