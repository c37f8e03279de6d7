/** Control characters and backslashes: browsers treat `/\evil` like `//evil`. */
function hasUnsafeCharacters(value: string): boolean {
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || code < 0x20 || code === 0x7f) {
      return true;
    }
  }
  return false;
}

/**
 * Where to go after login: only a path on this site. Anything else (another origin,
 * protocol-relative `//evil`, backslash tricks, the login pages themselves) falls back to home,
 * so a crafted link cannot send a user elsewhere after they signed in.
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (
    typeof target !== 'string' ||
    !target.startsWith('/') ||
    target.startsWith('//') ||
    hasUnsafeCharacters(target)
  ) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(target, 'https://keten.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'https://keten.invalid' || url.pathname.startsWith('/login')) {
    return fallback;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
