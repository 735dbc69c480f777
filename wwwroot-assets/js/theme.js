// Light or dark: the user's last choice (kept in this browser), else the system's preference.
// Applying a mode marks <html data-theme> for the stylesheet and tells the charts to restyle.

const key = 'dashboard-theme';

export function initial() {
    const stored = globalThis.localStorage?.getItem(key);
    if (stored === 'dark' || stored === 'light') {
        return stored;
    }
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function apply(mode, remember) {
    document.documentElement.dataset.theme = mode;
    if (remember) {
        globalThis.localStorage?.setItem(key, mode);
    }
    document.dispatchEvent(new CustomEvent('dashboard-theme', { detail: mode }));
}
