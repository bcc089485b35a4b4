const KEY = 'virtdesk.token';

/** The token this page connected with, for handing on to a console window of its own. */
let current: string | null = null;

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
    current = fromUrl;
    return fromUrl;
  }
  try {
    current = sessionStorage.getItem(KEY);
  } catch {
    current = null;
  }
  return current;
}

/**
 * A new tab starts with its own session storage, so a console window gets the token in its URL (and
 * takes it out of the address bar again, above). Null in Electron, which needs none.
 */
export function accessToken(): string | null {
  return current;
}
