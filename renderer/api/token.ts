const KEY = 'virtdesk.token';

/**
 * The headless server prints a URL ending in ?token=...; keep the token for this tab only and take it
 * out of the address bar, so it does not end up in history, bookmarks or screenshots, while a reload
 * still finds it.
 */
export function takeAccessToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token then lives only as long as this page.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
